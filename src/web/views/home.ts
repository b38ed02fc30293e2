/** The front page: the site's tagline, ways in (fandoms by media, most kudos this week) and the latest updates. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { hole } from '../page-holes.ts';
import { workList } from './work-blurb.ts';
import { mediaCard } from './fandom-index.ts';
import { tagWorksPath, workPath } from '../urls.ts';
import { creatorLinks } from './byline.ts';
import { langAttributes } from '../../i18n/lang-attributes.ts';
import type { HomeLists, KudosOfWeek } from '../../actions/home.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';

/** What the home page says under the site's name when the admins have not written a tagline. */
export const defaultTagline = (): string => t('home.tagline');

/** One line of the week's most kudos: the work, its creators and fandoms, and its kudos this week. */
function kudosItem({ blurb: b, kudos }: KudosOfWeek): Html {
  const fandoms = b.tags.fandom;
  const title = html`<a href="${workPath(b.work.id)}"${langAttributes(b.work.language)}>${b.work.title}</a>`;
  return html`<li>${b.creators.length ? tHtml('home.kudos.work_by', { work: title, creators: creatorLinks(b.creators) }) : title}
${fandoms.length ? html`<span class="fandoms">${tHtml('home.kudos.in', { fandoms: html`${fandoms.map((f, i) => html`${i ? t('common.list.separator') : ''}<a class="tag" href="${tagWorksPath(f.name)}">${f.name}</a>`)}` })}</span>` : ''}
<span class="count">${t('home.kudos.count', { count: kudos })}</span></li>`;
}

/** The member's greeting on the front page (a hole of the members' template). */
export const homeWelcome = (login: string): Html => html`<p>${tHtml('home.welcome', { name: html`<a href="/users/${login}">${login}</a>` })}</p>`;

/** The front page. */
export function homePage(ctx: PageContext, lists: HomeLists): Html {
  const viewer = ctx.viewer;
  const next = viewer
    ? hole(ctx, 'welcome', () => homeWelcome(viewer.login))
    : html`<p>${tHtml('home.join', { create: html`<a href="/users/new">${t('home.join.create')}</a>`, login: html`<a href="/users/login">${t('home.join.log_in')}</a>` })}</p>`;
  return layout(ctx, t('home.title'), html`<div class="home-page">
<section class="home-intro" aria-labelledby="home-heading">
<h1 id="home-heading">${ctx.siteName}</h1>
<p class="site-tagline">${ctx.look?.site_tagline || defaultTagline()}</p>
${next}
<p class="home-onward"><a href="/works">${t('home.browse_all')}</a> <a href="/media">${t('home.by_media')}</a> <a href="/works/search">${t('home.search')}</a></p>
</section>
<section class="home-fandoms" aria-labelledby="fandoms-heading">
<h2 id="fandoms-heading">${t('home.fandoms')}</h2>
${lists.media.length ? html`<ul class="media">${lists.media.map((m) => mediaCard(m, 3, false))}</ul>` : html`<p>${t('home.fandoms.none')}</p>`}
<p><a href="/media">${t('home.fandoms.all')}</a></p>
</section>
<section class="home-kudos" aria-labelledby="kudos-heading">
<h2 id="kudos-heading">${t('home.kudos.heading')}</h2>
${lists.kudosWeek.length ? html`<ol class="kudos-week">${lists.kudosWeek.map(kudosItem)}</ol>` : html`<p>${t('home.kudos.none')}</p>`}
</section>
<section class="recent-works" aria-labelledby="recent-heading">
<h2 id="recent-heading">${t('home.recent')}</h2>
${workList(lists.recent, ctx.asset('lock.svg'), t('home.recent.none'), ctx)}
<p><a href="/works">${t('home.browse_all')}</a></p>
</section>
</div>`);
}
