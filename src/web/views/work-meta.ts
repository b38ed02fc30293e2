/** The work's metadata block (`dl.work.meta.group`) and its stats (`dl.stats`), in the OTW markup. */
import { html, type Html } from './html.ts';
import { chapterCountLabel, isComplete, isoDay } from '../../domain/work.ts';
import { LANGUAGES } from '../../domain/languages.ts';
import { tagWorksPath, seriesPath } from '../urls.ts';
import { collectionPath } from '../collection-urls.ts';
import type { TagRef } from '../../storage/tags.ts';
import type { TagKind } from '../../domain/tag-list.ts';
import type { WorkPage } from '../../actions/read-work.ts';
import { t, formatNumber, currentLocale } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';
import { AO3_TAXONOMY } from '../../domain/taxonomy.ts';

/** "Rating:" / "Ratings:": the row label of a kind of tag, singular for one tag (AO3's labels in English). */
export const tagRowLabel = (kind: TagKind, count: number): string => t(`work.meta.${kind}`, { count });

const AO3_NAMES = new Set([...AO3_TAXONOMY.ratings, ...AO3_TAXONOMY.warnings].map((x) => x.name));

/**
 * ` lang="en"` on one of AO3's own rating and warning names in an interface in another language. Tags are shown as
 * written in every interface language (fans' tools read them, and they are the tags' addresses); AO3's names are
 * English, and say so to screen readers. English pages keep AO3's markup as it is.
 */
export const tagNameLang = (name: string): Html | '' => (AO3_NAMES.has(name) && currentLocale() !== 'en' ? html` lang="en"` : '');

/** A row of tag links: `dt`/`dd` with class "<kind> tags". */
function tagRow(kind: TagKind, tags: TagRef[]): Html | '' {
  if (tags.length === 0) return '';
  const cls = `${kind} tags`;
  const label = tagRowLabel(kind, tags.length);
  return html`<dt class="${cls}">${label}</dt>
<dd class="${cls}"><ul class="commas">${tags.map((tag) => html`<li><a class="tag" href="${tagWorksPath(tag.name)}"${tagNameLang(tag.name)}>${tag.name}</a></li>`)}</ul></dd>`;
}

/** The `dl.stats` of a work (also used inside blurbs' stats styling). */
export function workStats(p: Pick<WorkPage, 'work'>): Html {
  const w = p.work;
  const posted = w.chapterCount;
  const complete = isComplete(posted, w.expectedChapters);
  const published = w.publishedAt ?? w.createdAt;
  const updated = w.updatedAt ?? published;
  const showUpdate = posted > 1 || w.expectedChapters !== 1;
  return html`<dl class="stats">
<dt class="published">${t('work.stats.published')}</dt><dd class="published">${isoDay(published)}</dd>
${showUpdate ? (complete ? html`<dt class="status">${t('work.stats.completed')}</dt><dd class="status">${isoDay(updated)}</dd>` : html`<dt class="status">${t('work.stats.updated')}</dt><dd class="status">${isoDay(updated)}</dd>`) : ''}
<dt class="words">${t('work.stats.words')}</dt><dd class="words">${formatNumber(w.wordCount)}</dd>
<dt class="chapters">${t('work.stats.chapters')}</dt><dd class="chapters">${chapterCountLabel(posted, w.expectedChapters)}</dd>
<dt class="comments">${t('work.stats.comments')}</dt><dd class="comments">${formatNumber(w.comments)}</dd>
<dt class="kudos">${t('work.stats.kudos')}</dt><dd class="kudos">${formatNumber(w.kudos)}</dd>
<dt class="bookmarks">${t('work.stats.bookmarks')}</dt><dd class="bookmarks">${formatNumber(w.bookmarks)}</dd>
<dt class="hits">${t('work.stats.hits')}</dt><dd class="hits">${formatNumber(w.hits)}</dd>
</dl>`;
}

/** The whole metadata block. */
export function workMeta(p: WorkPage): Html {
  const language = LANGUAGES.find((l) => l.code === p.work.language);
  return html`<div class="wrapper"><dl class="work meta group">
${(['rating', 'warning', 'category', 'fandom', 'relationship', 'character', 'freeform'] as const).map((k) => tagRow(k, p.tags[k]))}
<dt class="language">${t('work.meta.language')}</dt><dd class="language" lang="${p.work.language}">${language?.name ?? p.work.language}</dd>
${p.series.length ? html`<dt class="series">${t('work.meta.series')}</dt><dd class="series">${p.series.map((s) => html`<span class="series"><span class="position">${tHtml('work.meta.series_part', { n: s.position, series: html`<a href="${seriesPath(s.seriesId)}">${s.title}</a>` })}</span></span> `)}</dd>` : ''}
${p.collections?.length ? html`<dt class="collections">${t('work.meta.collections')}</dt><dd class="collections">${p.collections.map((c, i) => html`${i ? ', ' : ''}<a href="${collectionPath(c.name)}">${c.title}</a>`)}</dd>` : ''}
<dt class="stats">${t('work.meta.stats')}</dt><dd class="stats">${workStats(p)}</dd>
</dl></div>`;
}
