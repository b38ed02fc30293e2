/** The edit forms filled from what is stored: tag lists rebuilt as typed text, stored HTML put back for the rich-text fields. */
import type { WorkForEdit } from '../../actions/edit-work.ts';
import type { ChapterRecord } from '../../storage/chapters.ts';
import { isoDay } from '../../domain/work.ts';
import { formatPublishAt } from '../../domain/schedule.ts';
import type { WorkFormValues, ChapterFormValues } from './work-form.ts';

const names = (tags: readonly { name: string }[]) => tags.map((t) => t.name).join(', ');

/** The work form's values for a stored work. */
export function workFormValuesOf(e: WorkForEdit): WorkFormValues {
  const w = e.work;
  return {
    title: w.title, summary: w.summaryHtml, notes: w.notesHtml, end_notes: w.endNotesHtml, beta_credits: w.betaCredits,
    beta_logins: e.betaLogins.join(', '), co_creators: e.coCreatorLogins.join(', '),
    rating: e.tags.rating[0]?.name ?? '', warnings: e.tags.warning.map((t) => t.name), categories: e.tags.category.map((t) => t.name),
    fandom: names(e.tags.fandom), relationship: names(e.tags.relationship), character: names(e.tags.character), freeform: names(e.tags.freeform),
    language: w.language, expected_chapters: w.expectedChapters === null ? '?' : String(w.expectedChapters),
    published_on: w.publishedAt === null ? '' : isoDay(w.publishedAt), visibility: e.visibility, series_title: e.seriesTitle,
    collection_names: e.collectionNames.join(', '), recipients: e.recipients, new_fandom_media: '',
    comment_permission: e.comments.permission, moderate_comments: e.comments.moderated ? '1' : '',
  };
}

/** The chapter form's values for a stored chapter (the body as the author typed it, in its format; its schedule in `zone`). */
export function chapterFormValuesOf(c: ChapterRecord, zone: string): ChapterFormValues {
  return {
    chapter_title: c.title, chapter_summary: c.summaryHtml, chapter_notes: c.notesHtml, chapter_end_notes: c.endNotesHtml,
    body: c.bodySource, body_format: c.bodyFormat, publish_at: c.status === 'scheduled' && c.publishAt !== null ? formatPublishAt(c.publishAt, zone) : '',
    silent: c.silent ? '1' : '',
  };
}
