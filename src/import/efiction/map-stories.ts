/** eFiction stories and chapters → works to import (pure: chapter texts are passed in). */
import { rowsOf, type EfRecords } from './read.ts';
import { dayOf, int, parseEfDate } from './fields.ts';
import { storyTags, type TagLookups, type TagMaps } from './map-tags.ts';
import { LIMITS, type ChapterInput, type WorkInput } from '../../domain/work.ts';
import type { ChapterText } from './chapter-text.ts';

/** A story ready to save. */
export interface StoryPlan {
  oldId: string;
  ownerOldId: string;
  coAuthorOldIds: string[];
  work: WorkInput;
  /** `draft`: the chapter was awaiting validation (`validated = 0`), so eFiction showed it to nobody but its authors. */
  chapters: Array<{ oldId: string; input: ChapterInput; draft: boolean }>;
  /** eFiction's dates to the second (its `datetime` or Unix seconds), kept as they were, not as a day. */
  publishedAt: number | null;
  updatedAt: number | null;
  hits: number;
  validated: boolean;
  /** eFiction's rating name, whether a mapping knew it, and whether eFiction limited it to registered members. */
  rating: { name: string; mapped: boolean; membersOnly: boolean };
  warnings: string[];
}

/** The placeholder text of a chapter whose text could not be found, so the numbering of later chapters holds. */
export const MISSING_TEXT = '<p>[The text of this chapter was missing from the eFiction archive it was imported from.]</p>';

/** Story plans; `texts` maps chapid → its text. Text too long for a field moves to the top of chapter 1, never cut. */
export function mapStories(r: EfRecords, lookups: TagLookups, maps: TagMaps, texts: Map<string, ChapterText>): StoryPlan[] {
  const coAuthors = new Map<string, string[]>();
  for (const c of rowsOf(r, 'coauthors')) (coAuthors.get(c.sid ?? '') ?? coAuthors.set(c.sid ?? '', []).get(c.sid ?? '')!).push(c.uid ?? '');
  const rows = rowsOf(r, 'chapters');
  const chaptersOf = new Map<string, typeof rows>();
  for (const ch of rows) (chaptersOf.get(ch.sid ?? '') ?? chaptersOf.set(ch.sid ?? '', []).get(ch.sid ?? '')!).push(ch);
  return rowsOf(r, 'stories').map((s) => {
    const sid = s.sid ?? '';
    const warnings: string[] = [];
    const chapters = (chaptersOf.get(sid) ?? []).sort((a, b) => int(a.inorder) - int(b.inorder) || int(a.chapid) - int(b.chapid));
    const tags = storyTags({ catid: s.catid, charid: s.charid, classes: s.classes, rid: s.rid }, lookups, maps);
    const publishedAt = parseEfDate(s.date);
    const updatedAt = parseEfDate(s.updated);
    let summary = s.summary ?? '';
    let notes = s.storynotes ?? '';
    const overflow: string[] = [];
    if (summary.length > LIMITS.summary) { overflow.push(`<p><strong>Summary:</strong></p>${summary}`); summary = ''; warnings.push(`story ${sid}: the summary is longer than ${LIMITS.summary} characters; it was moved to the top of chapter 1`); }
    if (notes.length > LIMITS.notes) { overflow.push(`<p><strong>Story notes:</strong></p>${notes}`); notes = ''; warnings.push(`story ${sid}: the story notes are longer than ${LIMITS.notes} characters; they were moved to the top of chapter 1`); }
    const completed = s.completed === '1';
    const membersOnly = lookups.membersOnly.has((s.rid ?? '').trim());
    const work: WorkInput = {
      title: (s.title ?? '').trim() || 'Untitled', summary, notes, endNotes: '', betaCredits: '', betaLogins: [], coCreatorLogins: [],
      rating: tags.rating, warnings: tags.warnings, categories: [],
      tags: { fandom: tags.fandoms, relationship: [], character: tags.characters, freeform: tags.freeforms },
      // A rating eFiction kept from guests keeps the work from them too: access is never widened.
      language: 'en', expectedChapters: completed ? Math.max(1, chapters.length) : null, publishedOn: dayOf(publishedAt), visibility: membersOnly ? 'registered' : 'public', seriesTitle: '',
    };
    const plans = chapters.map((ch, i) => {
      const text = texts.get(ch.chapid ?? '');
      let body = text?.html ?? MISSING_TEXT;
      if (i === 0 && overflow.length) body = `${overflow.join('\n')}\n<hr>\n${body}`;
      let notes = ch.notes ?? '';
      let endNotes = ch.endnotes ?? '';
      // Over-long chapter notes go into the text itself, at the place eFiction showed them.
      if (notes.length > LIMITS.notes) { body = `${notes}\n<hr>\n${body}`; notes = ''; warnings.push(`chapter ${ch.chapid}: its notes are too long for the notes field; they open the chapter text`); }
      if (endNotes.length > LIMITS.notes) { body = `${body}\n<hr>\n${endNotes}`; endNotes = ''; warnings.push(`chapter ${ch.chapid}: its end notes are too long for the end notes field; they close the chapter text`); }
      const input = { title: (ch.title ?? '').trim().slice(0, LIMITS.chapterTitle), summary: '', notes, endNotes, body, format: 'html' as const };
      return { oldId: ch.chapid ?? '', input, draft: (ch.validated ?? '1').trim() === '0' };
    });
    if (plans.length === 0) warnings.push(`story ${sid} "${work.title}" has no chapters: skipped`);
    const hits = int(s.count) || chapters.reduce((n, ch) => n + int(ch.count), 0);
    return { oldId: sid, ownerOldId: s.uid ?? '', coAuthorOldIds: (coAuthors.get(sid) ?? []).filter((u) => u !== s.uid), work, chapters: plans, publishedAt, updatedAt, hits, validated: s.validated !== '0', rating: { name: tags.ratingName, mapped: tags.ratingMapped, membersOnly }, warnings };
  });
}
