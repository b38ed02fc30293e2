/** The work's metadata block (`dl.work.meta.group`) and its stats (`dl.stats`), in the OTW markup. */
import { html, type Html } from './html.ts';
import { chapterCountLabel, isComplete, isoDay } from '../../domain/work.ts';
import { LANGUAGES } from '../../domain/languages.ts';
import { tagWorksPath, seriesPath } from '../urls.ts';
import { collectionPath } from '../collection-urls.ts';
import type { TagRef } from '../../storage/tags.ts';
import type { TagKind } from '../../domain/tag-list.ts';
import type { WorkPage } from '../../actions/read-work.ts';

const LABELS: Record<TagKind, [string, string]> = {
  rating: ['Rating', 'Ratings'], warning: ['Archive Warning', 'Archive Warnings'], category: ['Category', 'Categories'],
  fandom: ['Fandom', 'Fandoms'], relationship: ['Relationship', 'Relationships'], character: ['Character', 'Characters'], freeform: ['Additional Tags', 'Additional Tags'],
};

/** A row of tag links: `dt`/`dd` with class "<kind> tags". */
function tagRow(kind: TagKind, tags: TagRef[]): Html | '' {
  if (tags.length === 0) return '';
  const cls = `${kind} tags`;
  const label = LABELS[kind][tags.length === 1 ? 0 : 1];
  return html`<dt class="${cls}">${label}:</dt>
<dd class="${cls}"><ul class="commas">${tags.map((t) => html`<li><a class="tag" href="${tagWorksPath(t.name)}">${t.name}</a></li>`)}</ul></dd>`;
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
<dt class="published">Published:</dt><dd class="published">${isoDay(published)}</dd>
${showUpdate ? (complete ? html`<dt class="status">Completed:</dt><dd class="status">${isoDay(updated)}</dd>` : html`<dt class="status">Updated:</dt><dd class="status">${isoDay(updated)}</dd>`) : ''}
<dt class="words">Words:</dt><dd class="words">${w.wordCount.toLocaleString('en')}</dd>
<dt class="chapters">Chapters:</dt><dd class="chapters">${chapterCountLabel(posted, w.expectedChapters)}</dd>
<dt class="comments">Comments:</dt><dd class="comments">${w.comments.toLocaleString('en')}</dd>
<dt class="kudos">Kudos:</dt><dd class="kudos">${w.kudos.toLocaleString('en')}</dd>
<dt class="bookmarks">Bookmarks:</dt><dd class="bookmarks">${w.bookmarks.toLocaleString('en')}</dd>
<dt class="hits">Hits:</dt><dd class="hits">${w.hits.toLocaleString('en')}</dd>
</dl>`;
}

/** The whole metadata block. */
export function workMeta(p: WorkPage): Html {
  const language = LANGUAGES.find((l) => l.code === p.work.language);
  return html`<div class="wrapper"><dl class="work meta group">
${(['rating', 'warning', 'category', 'fandom', 'relationship', 'character', 'freeform'] as const).map((k) => tagRow(k, p.tags[k]))}
<dt class="language">Language:</dt><dd class="language" lang="${p.work.language}">${language?.name ?? p.work.language}</dd>
${p.series.length ? html`<dt class="series">Series:</dt><dd class="series">${p.series.map((s) => html`<span class="series"><span class="position">Part ${s.position} of <a href="${seriesPath(s.seriesId)}">${s.title}</a></span></span> `)}</dd>` : ''}
${p.collections?.length ? html`<dt class="collections">Collections:</dt><dd class="collections">${p.collections.map((c, i) => html`${i ? ', ' : ''}<a href="${collectionPath(c.name)}">${c.title}</a>`)}</dd>` : ''}
<dt class="stats">Stats:</dt><dd class="stats">${workStats(p)}</dd>
</dl></div>`;
}
