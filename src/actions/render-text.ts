/** Turning what an author typed into stored, sanitized HTML with its word count. */
import { renderBody, renderInline } from '../domain/text-format.ts';
import { countWords } from '../domain/word-count.ts';
import { SANITIZER_VERSION } from '../domain/sanitize.ts';
import type { WorkInput, ChapterInput } from '../domain/work.ts';
import type { WorkFields } from '../storage/works.ts';
import type { ChapterFields } from '../storage/chapters.ts';

/** The stored form of the work-level text fields. Summaries and notes are rich text, like AO3's. */
export function renderWorkText(w: WorkInput): WorkFields {
  return {
    title: w.title.trim(),
    summaryHtml: renderInline(w.summary, 'html'),
    notesHtml: renderInline(w.notes, 'html'),
    endNotesHtml: renderInline(w.endNotes, 'html'),
    betaCredits: w.betaCredits.trim(),
    language: w.language,
    expectedChapters: w.expectedChapters,
    visibility: w.visibility,
    sanitizerVersion: SANITIZER_VERSION,
  };
}

/** The stored form of a chapter: its source kept as typed, its HTML rendered and counted. */
export function renderChapterText(c: ChapterInput): ChapterFields {
  const bodyHtml = renderBody(c.body, c.format);
  return {
    title: c.title.trim(),
    summaryHtml: renderInline(c.summary, 'html'),
    notesHtml: renderInline(c.notes, 'html'),
    endNotesHtml: renderInline(c.endNotes, 'html'),
    bodySource: c.body,
    bodyFormat: c.format,
    bodyHtml,
    wordCount: countWords(bodyHtml),
    sanitizerVersion: SANITIZER_VERSION,
  };
}
