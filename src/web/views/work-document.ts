/** Pieces shared by the print and plain versions of a work: plain-text byline, metadata, chapter headings. */
import { html, type Html } from './html.ts';
import { chapterCountLabel, isComplete, isoDay } from '../../domain/work.ts';
import { LANGUAGES } from '../../domain/languages.ts';
import { creditName } from '../../domain/pseud.ts';
import type { WorkPage } from '../../actions/read-work.ts';
import type { ChapterRecord } from '../../storage/chapters.ts';
import type { TagKind } from '../../domain/tag-list.ts';
import { chapterTitleAfterNumber } from '../../domain/chapter-heading.ts';
import { t, formatNumber, currentLocale } from '../../i18n/translate.ts';
import { textDirection } from '../../i18n/locales.ts';
import { tagNameLang } from './work-meta.ts';

/** Where a printed copy came from (printed at its foot, since the URL bar is not on paper). */
export interface WorkSource {
  siteName: string;
  url: string;
}

const KINDS: TagKind[] = ['rating', 'warning', 'category', 'fandom', 'relationship', 'character', 'freeform'];

/** "writer, co_writer" as text. */
export const bylineText = (p: WorkPage): string => p.creators.map(creditName).join(', ');

/** The document title: "Title by writer". */
export const documentTitle = (p: WorkPage): string => t('work.document.title', { title: p.work.title, creators: bylineText(p) });

/** Tags, language, series and dates as text (no links: this is for paper and old readers). */
export function metadataText(p: WorkPage): Html {
  const w = p.work;
  const language = LANGUAGES.find((l) => l.code === w.language)?.name ?? w.language;
  const published = w.publishedAt ?? w.createdAt;
  const row = (label: string, value: string | Html) => (String(value) ? html`<dt>${label}</dt><dd>${value}</dd>` : '');
  // AO3's own rating and warning names are English whatever the page's language (work-meta.ts tagNameLang).
  const names = (tags: readonly { name: string }[]) => html`${tags.map((tag, i) => {
    const lang = tagNameLang(tag.name);
    return html`${i ? ', ' : ''}${lang ? html`<span${lang}>${tag.name}</span>` : tag.name}`;
  })}`;
  return html`<dl class="work-meta">
${KINDS.map((kind) => row(t(`work.document.${kind}`), p.tags[kind].length ? names(p.tags[kind]) : ''))}
${row(t('work.meta.language'), language)}
${p.series.map((s) => row(t('work.meta.series'), t('work.meta.series_part', { n: s.position, series: s.title })))}
${row(t('work.stats.published'), isoDay(published))}
${w.chapterCount > 1 ? row(isComplete(w.chapterCount, w.expectedChapters) ? t('work.stats.completed') : t('work.stats.updated'), isoDay(w.updatedAt ?? published)) : ''}
${row(t('work.stats.words'), formatNumber(w.wordCount))}
${row(t('work.stats.chapters'), chapterCountLabel(w.chapterCount, w.expectedChapters))}
</dl>`;
}

/** "Chapter 2: The Storm", or '' for the only, untitled chapter of a one-shot. */
export function chapterHeading(p: WorkPage, c: ChapterRecord, n: number): string {
  if (p.chapters.length === 1 && (p.work.expectedChapters ?? 1) === 1 && !c.title) return '';
  const after = chapterTitleAfterNumber(n, c.title);
  return after ? t('work.document.chapter_heading', { n, title: after }) : t('work.chapter.numbered', { n });
}

/** `lang` and `dir` of a print or plain version's `<html>`: the reader's language (the work's own text carries its own). */
export const documentLang = (): Html => html` lang="${currentLocale()}" dir="${textDirection(currentLocale())}"`;

/** "Posted on Site: URL", the printed copy's source line. */
export const postedOn = (source: WorkSource): string => t('work.document.posted_on', { site: source.siteName, url: source.url });

/** The `<head>` of the print and plain versions; `extra` adds e.g. a stylesheet link. */
export const documentHead = (p: WorkPage, extra: Html | '' = ''): Html => html`<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${documentTitle(p)}</title>
${extra}</head>`;
