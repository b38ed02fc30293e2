/** Read + map: a dump's records and its stories folder → everything to import, with the reading problems noted. */
import { rowsOf, type EfRecords } from './read.ts';
import { shownRecords } from './display.ts';
import { int } from './fields.ts';
import { DECISIONS, decide } from '../../actions/import-efiction-report.ts';
import { chapterText, type ChapterText } from './chapter-text.ts';
import { mapAuthors } from './map-authors.ts';
import { mapStories } from './map-stories.ts';
import { tagLookups, type TagMaps } from './map-tags.ts';
import { mapFavorites, mapReviews, mapSeries, shownInSeries } from './map-social.ts';
import { mapChallenges } from './map-challenges.ts';
import type { EncodingChoice } from '../decode.ts';
import type { EfictionPlan } from '../../actions/import-efiction.ts';

/** Options of a plan. */
export interface PlanOptions { storiesDir: string | null; encoding: EncodingChoice; maps: TagMaps }

// How a chapter file's encoding is named in the report, for the encodings that are not UTF-8.
const LEGACY_ENCODINGS: Record<string, string> = { 'windows-1252': 'windows-1252', 'iso-8859-1': 'latin1', mixed: 'UTF-8 and windows-1252 lines' };

/**
 * The plan, the warnings found while reading (missing chapter files, skipped tables), and the decisions taken for
 * readers and authors (report DECISIONS → the records each applies to). Every field is read as eFiction showed it.
 */
export function planImport(stored: EfRecords, o: PlanOptions): { plan: EfictionPlan; warnings: string[]; decisions: Record<string, string[]> } {
  const r = shownRecords(stored);
  const warnings = [...r.warnings];
  const decisions: Record<string, string[]> = {};
  const texts = new Map<string, ChapterText>();
  for (const ch of rowsOf(r, 'chapters')) {
    const t = chapterText(ch, o.storiesDir, o.encoding);
    texts.set(ch.chapid ?? '', t);
    if (t.problem) warnings.push(t.problem + (t.html === null ? ' (imported with a placeholder text)' : ''));
    const legacy = t.encoding === 'dump' ? undefined : LEGACY_ENCODINGS[t.encoding];
    if (legacy && t.html !== null) decide(decisions, DECISIONS.legacyEncoding, `chapter ${ch.chapid} (file ${ch.uid}/${ch.chapid}.txt): ${legacy}`);
  }
  const lookups = tagLookups(r);
  const otherReviews = rowsOf(r, 'reviews').filter((x) => !['ST', 'SE'].includes((x.type ?? 'ST').trim().toUpperCase() || 'ST')).length;
  if (otherReviews) warnings.push(`${otherReviews} review(s) of an unknown type not imported`);
  const seriesInChallenges = rowsOf(r, 'series').filter((s) => (s.challenges ?? '').replace(/[\s,0]/g, '') !== '').length;
  if (seriesInChallenges) warnings.push(`${seriesInChallenges} series entered in challenges: collections hold works, so add their works by hand if wanted`);
  const otherFavorites = rowsOf(r, 'favorites').filter((f) => !['ST', 'AU', 'SE'].includes((f.type ?? '').trim().toUpperCase())).length;
  if (otherFavorites) warnings.push(`${otherFavorites} favorite(s) of an unknown type not imported`);
  if (rowsOf(r, 'inseries').some((m) => Number(m.subseriesid) > 0)) warnings.push('sub-series cannot nest in Quire: each sub-series is imported as a series of its own, and its stories are also placed in the parent series at its position');
  const series = mapSeries(r);
  for (const s of series) if (s.warning) warnings.push(s.warning);
  const stories = mapStories(r, lookups, o.maps, texts);
  const titles = new Map(stories.map((s) => [s.oldId, s.work.title]));
  const story = (sid: string) => `story ${sid} "${titles.get(sid) ?? '?'}"`;
  for (const s of stories) {
    if (!s.validated) decide(decisions, DECISIONS.draftStory, story(s.oldId));
    for (const c of s.chapters) if (c.draft) decide(decisions, DECISIONS.draftChapter, `${story(s.oldId)}: chapter ${c.oldId}${c.input.title ? ` "${c.input.title}"` : ''}`);
    if (s.rating.membersOnly) decide(decisions, DECISIONS.membersOnly, `${story(s.oldId)}: rated ${s.rating.name}`);
    if (!s.rating.mapped) decide(decisions, DECISIONS.unmappedRating, `${story(s.oldId)}: rated "${s.rating.name}"`);
  }
  const unmapped = new Map<string, number>();
  for (const s of stories) if (!s.rating.mapped) unmapped.set(s.rating.name, (unmapped.get(s.rating.name) ?? 0) + 1);
  for (const [name, n] of unmapped) warnings.push(`the rating "${name}" has no mapping: ${n} story(ies) imported as Not Rated; map it with --rating-map`);
  for (const m of rowsOf(r, 'inseries')) if (int(m.sid) > 0 && !shownInSeries(m)) decide(decisions, DECISIONS.pendingSeries, `${story(m.sid ?? '')} in series ${m.seriesid}`);
  const coAuthored = new Set(stories.filter((s) => s.coAuthorOldIds.length > 0).map((s) => s.oldId));
  const reviews = mapReviews(r, coAuthored);
  for (const x of reviews) {
    if (x.chapterDeleted) decide(decisions, DECISIONS.deletedChapterReview, `review ${x.oldId} of ${story(x.storyOldId)}`);
    if (x.reply !== null && x.replyBy === 'the author') decide(decisions, DECISIONS.coAuthorReply, `review ${x.oldId} of ${story(x.storyOldId)}`);
  }
  return {
    decisions,
    plan: {
      authors: mapAuthors(r),
      categories: [...lookups.categories.values()],
      stories,
      reviews,
      favorites: mapFavorites(r),
      series,
      challenges: mapChallenges(r, lookups),
    },
    warnings,
  };
}
