/**
 * Turning what an author typed into stored, sanitized HTML with its word count. The texts of one form go to the
 * renderer together, so a long chapter is rendered (and counted) off the event loop and short ones inline.
 */
import { SANITIZER_VERSION } from '../domain/sanitize.ts';
import type { WorkInput, ChapterInput } from '../domain/work.ts';
import type { WorkFields } from '../storage/works.ts';
import type { ChapterFields } from '../storage/chapters.ts';
import type { TextRenderer } from '../services/text-render-pool.ts';

/** The stored form of the work-level text fields. Summaries and notes are rich text, like AO3's. */
export async function renderWorkText(texts: TextRenderer, w: WorkInput): Promise<WorkFields> {
  const [summary, notes, endNotes] = await texts.render([
    { source: w.summary, format: 'html' },
    { source: w.notes, format: 'html' },
    { source: w.endNotes, format: 'html' },
  ], { field: 'notes' });
  return {
    title: w.title.trim(),
    summaryHtml: summary!.html,
    notesHtml: notes!.html,
    endNotesHtml: endNotes!.html,
    betaCredits: w.betaCredits.trim(),
    language: w.language,
    expectedChapters: w.expectedChapters,
    visibility: w.visibility,
    sanitizerVersion: SANITIZER_VERSION,
  };
}

/** The stored form of a chapter: its source kept as typed, its HTML rendered and counted. */
export async function renderChapterText(texts: TextRenderer, c: ChapterInput): Promise<ChapterFields> {
  const [body, summary, notes, endNotes] = await texts.render([
    { source: c.body, format: c.format, countWords: true },
    { source: c.summary, format: 'html' },
    { source: c.notes, format: 'html' },
    { source: c.endNotes, format: 'html' },
  ], { field: 'body' });
  return {
    title: c.title.trim(),
    summaryHtml: summary!.html,
    notesHtml: notes!.html,
    endNotesHtml: endNotes!.html,
    bodySource: c.body,
    bodyFormat: c.format,
    bodyHtml: body!.html,
    wordCount: body!.words,
    sanitizerVersion: SANITIZER_VERSION,
  };
}
