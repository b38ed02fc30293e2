/** Pieces shared by the print and plain versions of a work: plain-text byline, metadata, chapter headings. */
import { html, type Html } from './html.ts';
import { chapterCountLabel, isComplete, isoDay } from '../../domain/work.ts';
import { LANGUAGES } from '../../domain/languages.ts';
import { creditName } from '../../domain/pseud.ts';
import type { WorkPage } from '../../actions/read-work.ts';
import type { ChapterRecord } from '../../storage/chapters.ts';
import type { TagKind } from '../../domain/tag-list.ts';
import { chapterHeadingText } from '../../domain/chapter-heading.ts';

/** Where a printed copy came from (printed at its foot, since the URL bar is not on paper). */
export interface WorkSource {
  siteName: string;
  url: string;
}

const LABELS: [TagKind, string][] = [
  ['rating', 'Rating'], ['warning', 'Archive Warnings'], ['category', 'Categories'], ['fandom', 'Fandoms'],
  ['relationship', 'Relationships'], ['character', 'Characters'], ['freeform', 'Additional Tags'],
];

/** "writer, co_writer" as text. */
export const bylineText = (p: WorkPage): string => p.creators.map(creditName).join(', ');

/** The document title: "Title by writer". */
export const documentTitle = (p: WorkPage): string => `${p.work.title} by ${bylineText(p)}`;

/** Tags, language, series and dates as text (no links: this is for paper and old readers). */
export function metadataText(p: WorkPage): Html {
  const w = p.work;
  const language = LANGUAGES.find((l) => l.code === w.language)?.name ?? w.language;
  const published = w.publishedAt ?? w.createdAt;
  const row = (label: string, value: string) => (value ? html`<dt>${label}:</dt><dd>${value}</dd>` : '');
  return html`<dl class="work-meta">
${LABELS.map(([kind, label]) => row(label, p.tags[kind].map((t) => t.name).join(', ')))}
${row('Language', language)}
${p.series.map((s) => row('Series', `Part ${s.position} of ${s.title}`))}
${row('Published', isoDay(published))}
${w.chapterCount > 1 ? row(isComplete(w.chapterCount, w.expectedChapters) ? 'Completed' : 'Updated', isoDay(w.updatedAt ?? published)) : ''}
${row('Words', w.wordCount.toLocaleString('en'))}
${row('Chapters', chapterCountLabel(w.chapterCount, w.expectedChapters))}
</dl>`;
}

/** "Chapter 2: The Storm", or '' for the only, untitled chapter of a one-shot. */
export function chapterHeading(p: WorkPage, c: ChapterRecord, n: number): string {
  if (p.chapters.length === 1 && (p.work.expectedChapters ?? 1) === 1 && !c.title) return '';
  return chapterHeadingText(n, c.title);
}

/** The `<head>` of the print and plain versions; `extra` adds e.g. a stylesheet link. */
export const documentHead = (p: WorkPage, extra: Html | '' = ''): Html => html`<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${documentTitle(p)}</title>
${extra}</head>`;
