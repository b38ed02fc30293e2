/** The fandom index: media types with their top fandoms, and each media type's fandoms A–Z with work counts. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { tagSlug, tagWorksPath } from '../urls.ts';
import { fandomLetter, lettersInOrder, OTHER_LETTER } from '../../domain/index-letters.ts';
import type { IndexedFandom, MediaSummary } from '../../actions/fandom-index.ts';
import type { PageContext } from './page.ts';
import { formatNumber, t } from '../../i18n/translate.ts';

/** The path of a media type's fandom list. */
export const mediaPath = (name: string) => `/media/${tagSlug(name)}/fandoms`;

const count = (n: number) => formatNumber(n);
const fandomCount = (n: number) => t('home.count.fandoms', { count: n });

/** Fandoms as tag links with their work counts. */
export const fandomList = (fandoms: readonly IndexedFandom[]): Html =>
  html`<ul class="tags index group">${fandoms.map((f) => html`<li><a class="tag" href="${tagWorksPath(f.name)}">${f.name}</a> <span class="count">(${count(f.works)})</span></li>`)}</ul>`;

/**
 * One media type: its name linking to all its fandoms, and the fandoms with the most works the viewer may see.
 * `level` is the heading level where it sits (2 on /media, 3 on the home page).
 */
export function mediaCard(m: MediaSummary, level: 2 | 3, withCount: boolean): Html {
  const heading = html`<a href="${mediaPath(m.name)}">${m.name}</a>${withCount ? html` <span class="count">(${fandomCount(m.fandoms)})</span>` : ''}`;
  return html`<li class="media-card">
${level === 2 ? html`<h2 class="heading">${heading}</h2>` : html`<h3 class="heading">${heading}</h3>`}
${m.top.length ? fandomList(m.top) : html`<p class="none">${m.fandoms ? t('home.media.no_works') : t('home.media.no_fandoms')}</p>`}
</li>`;
}

/** /media: every media type, with its number of fandoms and the fandoms with the most works. */
export function mediaIndexPage(ctx: PageContext, media: readonly MediaSummary[]): Html {
  return layout(ctx, t('home.fandoms'), html`<div class="media-index"><h1 class="heading">${t('home.fandoms')}</h1>
<p>${t('home.media.intro')}</p>
<ul class="media">${media.map((m) => mediaCard(m, 2, true))}</ul>
<p><a href="/works">${t('home.browse_all')}</a></p></div>`);
}

const letterId = (letter: string) => (letter === OTHER_LETTER ? 'letter-other' : `letter-${letter}`);
const letterName = (letter: string) => (letter === OTHER_LETTER ? t('home.letters.other') : letter);

/** Links to each letter's section; letters without fandoms are shown but are not links. */
function letterJump(present: ReadonlySet<string>): Html {
  return html`<nav class="letter-jump" id="letters" aria-label="${t('home.letters.landmark')}"><ul>${lettersInOrder().map((l) => present.has(l)
    ? html`<li><a href="#${letterId(l)}"${l === OTHER_LETTER ? html` aria-label="${letterName(l)}"` : ''}>${l}</a></li>`
    : html`<li><span class="none" aria-hidden="true">${l}</span></li>`)}</ul></nav>`;
}

/** /media/{name}/fandoms: the fandoms of one media type, A–Z with a letter jump, with their work counts. */
export function mediaFandomsPage(ctx: PageContext, media: string, fandoms: readonly IndexedFandom[]): Html {
  const groups = new Map<string, IndexedFandom[]>();
  for (const f of fandoms) {
    const letter = fandomLetter(f.name);
    groups.set(letter, [...(groups.get(letter) ?? []), f]);
  }
  const letters = lettersInOrder().filter((l) => groups.has(l));
  const heading = t('home.media.fandoms', { media });
  return layout(ctx, heading, html`<div class="media-fandoms"><h1 class="heading">${heading}</h1>
${fandoms.length ? html`<p>${t('home.media.count', { count: fandoms.length })}</p>
${letterJump(new Set(letters))}
${letters.map((l) => html`<section class="letter-group" aria-labelledby="${letterId(l)}">
<h2 class="letter" id="${letterId(l)}"${l === OTHER_LETTER ? html` aria-label="${letterName(l)}"` : ''}>${l}</h2>
${fandomList(groups.get(l)!)}
<p class="to-letters"><a href="#letters">${t('home.letters.back')}</a></p>
</section>`)}` : html`<p>${t('home.media.empty')}</p>`}
<p><a href="/media">${t('home.media.all')}</a></p></div>`);
}
