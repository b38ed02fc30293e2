/** Read + map: a dump's records and its stories folder → everything to import, with the reading problems noted. */
import { rowsOf, type EfRecords } from './read.ts';
import { chapterText, type ChapterText } from './chapter-text.ts';
import { mapAuthors } from './map-authors.ts';
import { mapStories } from './map-stories.ts';
import { tagLookups, type TagMaps } from './map-tags.ts';
import { mapFavorites, mapReviews, mapSeries } from './map-social.ts';
import { mapChallenges } from './map-challenges.ts';
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
  const otherReviews = rowsOf(r, 'reviews').filter((x) => !['ST', 'SE'].includes((x.type ?? 'ST').trim().toUpperCase() || 'ST')).length;
  if (otherReviews) warnings.push(`${otherReviews} review(s) of an unknown type not imported`);
  const seriesInChallenges = rowsOf(r, 'series').filter((s) => (s.challenges ?? '').replace(/[\s,0]/g, '') !== '').length;
  if (seriesInChallenges) warnings.push(`${seriesInChallenges} series entered in challenges: collections hold works, so add their works by hand if wanted`);
  const otherFavorites = rowsOf(r, 'favorites').filter((f) => !['ST', 'AU', 'SE'].includes((f.type ?? '').trim().toUpperCase())).length;
  if (otherFavorites) warnings.push(`${otherFavorites} favorite(s) of an unknown type not imported`);
  if (rowsOf(r, 'inseries').some((m) => Number(m.subseriesid) > 0)) warnings.push('sub-series cannot nest in Quire: each sub-series is imported as a series of its own, and its stories are also placed in the parent series at its position');
  const series = mapSeries(r);
  for (const s of series) if (s.warning) warnings.push(s.warning);
  return {
    plan: {
      authors: mapAuthors(r),
      categories: [...lookups.categories.values()],
      stories: mapStories(r, lookups, o.maps, texts),
      reviews: mapReviews(r),
      favorites: mapFavorites(r),
      series,
      challenges: mapChallenges(r, lookups),
    },
    warnings,
  };
}
