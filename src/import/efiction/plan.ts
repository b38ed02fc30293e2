/** Read + map: a dump's records and its stories folder → everything to import, with the reading problems noted. */
import { rowsOf, type EfRecords } from './read.ts';
import { chapterText, type ChapterText } from './chapter-text.ts';
import { mapAuthors } from './map-authors.ts';
import { mapStories } from './map-stories.ts';
import { tagLookups, type TagMaps } from './map-tags.ts';
import { mapFavorites, mapReviews, mapSeries } from './map-social.ts';
import type { EncodingChoice } from '../decode.ts';
import type { EfictionPlan } from '../../actions/import-efiction.ts';

/** Options of a plan. */
export interface PlanOptions { storiesDir: string | null; encoding: EncodingChoice; maps: TagMaps }

/** The plan and the warnings found while reading (missing chapter files, skipped tables). */
export function planImport(r: EfRecords, o: PlanOptions): { plan: EfictionPlan; warnings: string[] } {
  const warnings = [...r.warnings];
  const texts = new Map<string, ChapterText>();
  for (const ch of rowsOf(r, 'chapters')) {
    const t = chapterText(ch, o.storiesDir, o.encoding);
    texts.set(ch.chapid ?? '', t);
    if (t.problem) warnings.push(t.problem + (t.html === null ? ' (imported with a placeholder text)' : ''));
  }
  const lookups = tagLookups(r);
  const seriesReviews = rowsOf(r, 'reviews').filter((x) => x.type === 'SE').length;
  if (seriesReviews) warnings.push(`${seriesReviews} series review(s) not imported: Quire has no comments on series`);
  const challenges = rowsOf(r, 'challenges').length;
  if (challenges) warnings.push(`${challenges} challenge(s) not imported: this archive has no collections`);
  const otherFavorites = rowsOf(r, 'favorites').filter((f) => f.type !== 'ST').length;
  if (otherFavorites) warnings.push(`${otherFavorites} favorite author(s)/series not imported: Quire bookmarks works only`);
  if (rowsOf(r, 'inseries').some((m) => Number(m.subseriesid) > 0)) warnings.push('sub-series are not nested in Quire; their stories stay in their own series');
  return {
    plan: {
      authors: mapAuthors(r),
      categories: [...lookups.categories.values()],
      stories: mapStories(r, lookups, o.maps, texts),
      reviews: mapReviews(r),
      favorites: mapFavorites(r),
      series: mapSeries(r),
    },
    warnings,
  };
}
