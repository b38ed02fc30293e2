/**
 * A work blurb, the listing markup of the OTW contract: `li#work_{id}.work.blurb.group.user-{uid}` with
 * `p.datetime`, `ul.tags.commas`, `blockquote.userstuff.summary` and `dl.stats`, so readers' muting CSS
 * and AO3 userscripts work on Quire listings.
 */
import { html, raw, type Html } from './html.ts';
import { tagWorksPath, workPath, seriesPath } from '../urls.ts';
import { creatorLinks } from './byline.ts';
import { chapterCountLabel, isComplete } from '../../domain/work.ts';
import { LANGUAGES } from '../../domain/languages.ts';
import { readingMinutes } from '../../domain/reading-time.ts';
import type { WorkBlurb } from '../../actions/list-works.ts';
import type { TagRef } from '../../storage/tags.ts';
import type { PageContext } from './page.ts';
import { markItem } from './mark-button.ts';
import { hole } from '../page-holes.ts';
import { t, formatNumber, formatDate, currentLocale } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';
import { tagNameLang } from './work-meta.ts';
import { langAttributes } from '../../i18n/lang-attributes.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** AO3's blurb date: "7 Mar 2024" (UTC) in English, the reader's language's short date otherwise ("7 mar 2024"). */
export function blurbDate(ms: number): string {
  if (currentLocale() !== 'en') return formatDate(ms, { day: 'numeric', month: 'short', year: 'numeric' });
  const d = new Date(ms);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "~25 min", "~1 h 5 min": a work's estimated reading time, '' under a minute. */
function readingTime(words: number): string {
  const minutes = readingMinutes(words);
  if (minutes === 0) return '';
  return minutes < 60 ? t('work.blurb.reading_minutes', { minutes }) : t('work.blurb.reading_hours', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

const RATING_CLASS: Record<string, string> = {
  'general audiences': 'rating-general-audience', 'teen and up audiences': 'rating-teen', mature: 'rating-mature', explicit: 'rating-explicit', 'not rated': 'rating-notrated',
};
const CATEGORY_CLASS: Record<string, string> = {
  'f/f': 'category-femslash', 'f/m': 'category-het', gen: 'category-gen', 'm/m': 'category-slash', multi: 'category-multi', other: 'category-other',
};
const CATEGORY_SYMBOL: Record<string, string> = { 'category-femslash': '♀♀', 'category-het': '♀♂', 'category-gen': '○', 'category-slash': '♂♂', 'category-multi': '⚥', 'category-other': '?' };

/** One square of the required-tags summary: a short symbol for the eye, the full name for everyone. */
const symbol = (cls: string, sign: string, text: string, lang: Html | '' = '') =>
  html`<li><span class="${cls}" title="${text}"${lang}><span class="symbol" aria-hidden="true">${sign}</span><span class="text">${text}</span></span></li>`;

function requiredTags(b: WorkBlurb): Html {
  const rated = b.tags.rating[0]?.name;
  const ratingCls = RATING_CLASS[(rated ?? 'Not Rated').toLowerCase()] ?? 'rating-other';
  const rating = rated ?? t('work.blurb.not_rated');
  const warnings = b.tags.warning.map((t) => t.name);
  const optedOut = warnings.some((w) => /choose not to/i.test(w));
  const none = warnings.length > 0 && warnings.every((w) => /no archive warnings/i.test(w));
  const warningCls = optedOut ? 'warning-choosenotto warnings' : none ? 'warning-no warnings' : warnings.length ? 'warning-yes warnings' : 'warning-no warnings';
  const categories = b.tags.category.map((t) => t.name);
  const categoryCls = categories.length === 0 ? 'category-none' : categories.length > 1 ? 'category-multi' : CATEGORY_CLASS[categories[0]!.toLowerCase()] ?? 'category-other';
  const complete = isComplete(b.work.chapterCount, b.work.expectedChapters);
  return html`<ul class="required-tags">
${symbol(`${ratingCls} rating`, rating.slice(0, 1).toUpperCase(), rating, rated ? tagNameLang(rated) : '')}
${symbol(warningCls, optedOut ? '?' : none ? '–' : '!', warnings.join(', ') || t('work.blurb.no_warnings'), warnings.length && warnings.every((w) => tagNameLang(w)) ? html` lang="en"` : '')}
${symbol(`${categoryCls} category`, CATEGORY_SYMBOL[categoryCls] ?? '–', categories.join(', ') || t('work.blurb.no_category'))}
${symbol(complete ? 'complete-yes iswip' : 'complete-no iswip', complete ? '✓' : '…', complete ? t('work.blurb.complete') : t('work.blurb.in_progress'))}
</ul>`;
}

const tagItems = (cls: string, tags: TagRef[], strong = false) =>
  tags.map((tag) => {
    const link = html`<a class="tag" href="${tagWorksPath(tag.name)}"${tagNameLang(tag.name)}>${tag.name}</a>`;
    return html`<li class="${cls}">${strong ? html`<strong>${link}</strong>` : link}</li>`;
  });

/** Stats of a blurb, with the estimated reading time. */
function stats(b: WorkBlurb): Html {
  const w = b.work;
  const language = LANGUAGES.find((l) => l.code === w.language);
  const reading = readingTime(w.wordCount);
  const n = formatNumber;
  return html`<dl class="stats">
<dt class="language">${t('work.meta.language')}</dt><dd class="language" lang="${w.language}">${language?.name ?? w.language}</dd>
<dt class="words">${t('work.stats.words')}</dt><dd class="words">${n(w.wordCount)}</dd>
${reading ? html`<dt class="reading-time">${t('work.blurb.reading_time')}</dt><dd class="reading-time">${reading}</dd>` : ''}
<dt class="chapters">${t('work.stats.chapters')}</dt><dd class="chapters">${chapterCountLabel(w.chapterCount, w.expectedChapters)}</dd>
<dt class="comments">${t('work.stats.comments')}</dt><dd class="comments">${n(w.comments)}</dd>
<dt class="kudos">${t('work.stats.kudos')}</dt><dd class="kudos">${n(w.kudos)}</dd>
<dt class="bookmarks">${t('work.stats.bookmarks')}</dt><dd class="bookmarks">${n(w.bookmarks)}</dd>
<dt class="hits">${t('work.stats.hits')}</dt><dd class="hits">${n(w.hits)}</dd>
</dl>`;
}

/** A member's Mark for Later / Mark as Read button under a blurb (`ctx` gives the form its token and return path). */
export const markList = (ctx: PageContext, workId: number, marked: boolean | undefined, title: string): Html | '' => {
  const item = markItem(ctx, workId, marked, title);
  return item && html`<ul class="actions mark">${item}</ul>`;
};

/** The button, or in a members' template its hole (page-holes.ts), noting what filling it will need. */
const markBlock = (b: WorkBlurb, ctx: PageContext | undefined): Html | '' => {
  if (!ctx) return '';
  ctx.templateMarks?.set(b.work.id, { workId: b.work.id, title: b.work.title, visibility: b.work.visibility, creatorIds: b.creators.map((c) => c.userId) });
  return hole(ctx, `mark-${b.work.id}`, () => markList(ctx, b.work.id, b.marked, b.work.title));
};

/**
 * One blurb. `lockUrl` is the restricted-work icon; `extra` (e.g. a search excerpt) goes before the stats; with the
 * page's `ctx`, a member also gets the Mark for Later button after them.
 */
export function workBlurb(b: WorkBlurb, lockUrl: string, extra: Html | '' = '', ctx?: PageContext): Html {
  const w = b.work;
  const classes = ['work', 'blurb', 'group', ...b.creators.map((c) => `user-${c.userId}`)].join(' ');
  const updated = w.updatedAt ?? w.publishedAt ?? w.createdAt;
  const tags = [...tagItems('warnings', b.tags.warning, true), ...tagItems('relationships', b.tags.relationship), ...tagItems('characters', b.tags.character), ...tagItems('freeforms', b.tags.freeform)];
  return html`<li id="work_${w.id}" class="${classes}" role="article">
<div class="header module">
<h4 class="heading"><a href="${workPath(w.id)}"${langAttributes(w.language)}>${w.title}</a>${b.creators.length ? html` ${tHtml('work.blurb.by', { creators: creatorLinks(b.creators) })}` : ''}${w.visibility === 'registered' ? html` <img src="${lockUrl}" alt="${t('work.restricted.alt')}" title="${t('work.restricted.title')}" width="15" height="15" class="restricted">` : ''}${w.visibility === 'draft' ? html` <span class="draft-label">${t('work.draft.label')}</span>` : ''}</h4>
<h5 class="fandoms heading"><span class="landmark">${t('work.blurb.fandoms')}</span> ${b.tags.fandom.map((t, i) => html`${i ? ', ' : ''}<a class="tag" href="${tagWorksPath(t.name)}">${t.name}</a>`)}</h5>
${requiredTags(b)}
<p class="datetime"><time datetime="${new Date(updated).toISOString().slice(0, 10)}">${blurbDate(updated)}</time></p>
</div>
${tags.length ? html`<h6 class="landmark heading">${t('work.blurb.tags')}</h6><ul class="tags commas">${tags}</ul>` : html`<ul class="tags commas"></ul>`}
${w.summaryHtml ? html`<h6 class="landmark heading">${t('work.blurb.summary')}</h6><blockquote class="userstuff summary"${langAttributes(w.language)}>${raw(w.summaryHtml)}</blockquote>` : ''}
${b.series.length ? html`<h6 class="landmark heading">${t('work.blurb.series')}</h6><ul class="series">${b.series.map((s) => html`<li>${tHtml('work.blurb.series_part', { n: html`<strong>${formatNumber(s.position)}</strong>`, series: html`<a href="${seriesPath(s.seriesId)}">${s.title}</a>` })}</li>`)}</ul>` : ''}
${extra}
${stats(b)}
${markBlock(b, ctx)}
</li>`;
}

/**
 * A list of blurbs under a hidden "Listing Works" heading (AO3's), so blurb headings (h4) follow the page's h2.
 * The contract's `li role="article"` children make the `ol` a run of articles rather than a list, so the list
 * role is dropped (`role="none"`) and assistive technology announces each work as an article.
 */
export function workList(blurbs: readonly WorkBlurb[], lockUrl: string, empty: string, ctx?: PageContext): Html {
  if (blurbs.length === 0) return html`<p class="empty">${empty}</p>`;
  return html`<h3 class="landmark heading">${t('work.blurb.listing')}</h3>
<ol class="work index group" role="none">${blurbs.map((b) => workBlurb(b, lockUrl, '', ctx))}</ol>`;
}
