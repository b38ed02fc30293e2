/**
 * The posting form's fields (AO3's names: `work[title]`, `chapter[content]` …), read from a request into
 * domain input, and the flat values the form re-renders with when something is wrong.
 */
import type { FastifyRequest } from 'fastify';
import { formField, formList } from '../respond.ts';
import { parseTagList } from '../../domain/tag-list.ts';
import { withoutBidiControls } from '../../domain/line-text.ts';
import { parseCollectionNames } from '../../domain/collections.ts';
import { BODY_FORMATS, type BodyFormat } from '../../domain/text-format.ts';
import type { WorkInput, ChapterInput, Visibility } from '../../domain/work.ts';

/** Every value the work form shows, as typed. Lists are kept as the text the author typed. */
export interface WorkFormValues {
  title: string; summary: string; notes: string; end_notes: string; beta_credits: string; beta_logins: string; co_creators: string;
  rating: string; warnings: string[]; categories: string[]; fandom: string; relationship: string; character: string; freeform: string;
  language: string; expected_chapters: string; published_on: string; visibility: string; series_title: string;
  collection_names: string;
  /** "Gift this work to": logins, pseuds or free-text names, comma-separated. */
  recipients: string;
  /** The media a fandom new to the archive is filed under ('' for Unsorted). */
  new_fandom_media: string;
  /** Who may comment (everyone, registered, nobody) and '1' when comments wait for approval. */
  comment_permission: string; moderate_comments: string;
}

/** The chapter part of a form, as typed. */
export interface ChapterFormValues {
  chapter_title: string; chapter_summary: string; chapter_notes: string; chapter_end_notes: string; body: string; body_format: string;
  publish_at: string; silent: string;
}

/** Reads the work fields of a posted form. */
export function readWorkValues(request: Pick<FastifyRequest, 'body'>): WorkFormValues {
  const f = (name: string) => formField(request, name);
  return {
    title: f('work[title]'), summary: f('work[summary]'), notes: f('work[notes]'), end_notes: f('work[endnotes]'),
    beta_credits: f('work[beta_credits]'), beta_logins: f('work[beta_logins]'), co_creators: f('work[co_creators]'),
    rating: f('work[rating_string]'), warnings: formList(request, 'work[archive_warning_strings][]'), categories: formList(request, 'work[category_strings][]'),
    fandom: f('work[fandom_string]'), relationship: f('work[relationship_string]'), character: f('work[character_string]'), freeform: f('work[freeform_string]'),
    language: f('work[language]') || 'en', expected_chapters: f('work[wip_length]'), published_on: f('work[published_on]'),
    visibility: f('work[visibility]') || 'public', series_title: f('work[series_title]'),
    collection_names: f('work[collection_names]'), recipients: f('work[recipients]'), new_fandom_media: f('work[new_fandom_media]'),
    comment_permission: f('work[comment_permission]'), moderate_comments: f('work[moderated_commenting_enabled]'),
  };
}

/** Reads the chapter fields of a posted form. */
export function readChapterValues(request: Pick<FastifyRequest, 'body'>): ChapterFormValues {
  const f = (name: string) => formField(request, name);
  return {
    chapter_title: f('chapter[title]'), chapter_summary: f('chapter[summary]'), chapter_notes: f('chapter[notes]'), chapter_end_notes: f('chapter[endnotes]'),
    body: f('chapter[content]'), body_format: f('chapter[format]') || 'html', publish_at: f('chapter[publish_at]'), silent: f('chapter[silent]'),
  };
}

const logins = (s: string) => s.split(/[,\s]+/).map((x) => x.trim().replace(/^@/, '')).filter(Boolean);

/** Domain input from the form values. */
export function toWorkInput(v: WorkFormValues): WorkInput {
  const expected = v.expected_chapters.trim();
  return {
    title: withoutBidiControls(v.title), summary: v.summary, notes: v.notes, endNotes: v.end_notes, betaCredits: v.beta_credits,
    betaLogins: logins(v.beta_logins), coCreatorLogins: logins(v.co_creators),
    rating: v.rating, warnings: v.warnings, categories: v.categories,
    tags: { fandom: parseTagList(v.fandom), relationship: parseTagList(v.relationship), character: parseTagList(v.character), freeform: parseTagList(v.freeform) },
    language: v.language, expectedChapters: expected === '' || expected === '?' ? null : Number(expected),
    publishedOn: v.published_on.trim(), visibility: (v.visibility === 'registered' ? 'registered' : 'public') as Visibility, seriesTitle: withoutBidiControls(v.series_title),
    collectionNames: parseCollectionNames(v.collection_names), recipients: v.recipients, newFandomMedia: v.new_fandom_media,
    // A form without the comment fields (an older page, a script) leaves the settings as they are.
    comments: v.comment_permission === '' ? undefined : { permission: v.comment_permission, moderated: v.moderate_comments === '1' },
  };
}

/** Domain input for a chapter from the form values. */
export function toChapterInput(v: ChapterFormValues): ChapterInput {
  const format = (BODY_FORMATS as readonly string[]).includes(v.body_format) ? (v.body_format as BodyFormat) : 'html';
  return { title: withoutBidiControls(v.chapter_title), summary: v.chapter_summary, notes: v.chapter_notes, endNotes: v.chapter_end_notes, body: v.body, format };
}
