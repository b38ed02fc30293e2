/**
 * The report of an eFiction import: counts per kind (created now, already there from an earlier run), warnings, and
 * the decisions taken for the archive's readers and authors (what was kept from readers, what changed name), each
 * with the records it applied to.
 */

/** Counts for one kind of record. */
export interface KindCount { imported: number; existing: number; failed: number }

/** What an import did. */
export interface EfictionReport {
  counts: Record<string, KindCount>;
  encodings: Record<string, number>;
  warnings: string[];
  /** Decision (one of DECISIONS) → the records it was taken for; its count is the list's length. */
  decisions: Record<string, string[]>;
}

/** Every decision the import may take, as the report names it. */
export const DECISIONS = {
  draftStory: 'stories awaiting validation (validated = 0): imported as drafts',
  draftChapter: 'chapters awaiting validation (validated = 0): imported as draft chapters, not posted',
  pendingSeries: "series entries awaiting the series owner's approval (inseries.confirmed = 0): left out of the series",
  membersOnly: 'stories under a members-only rating (ratingwarning 4): imported as registered-only works',
  unmappedRating: 'stories whose rating has no mapping: imported as Not Rated (give --rating-map to map it)',
  deletedChapterReview: 'reviews of a chapter that was deleted: kept as comments on the whole work',
  legacyEncoding: 'chapter files read as windows-1252 or latin1 (not UTF-8)',
  penName: 'pen names that are not valid logins (pen name → login); members may still log in with the pen name',
  coAuthorReply: 'author responses on stories with several authors: credited to "the author" (eFiction does not record which one replied)',
} as const;

/** An empty report. */
export const newReport = (): EfictionReport => ({ counts: {}, encodings: {}, warnings: [], decisions: {} });

/** Adds one to a kind's counter. */
export function count(report: EfictionReport, kind: string, what: keyof KindCount, n = 1): void {
  const c = (report.counts[kind] ??= { imported: 0, existing: 0, failed: 0 });
  c[what] += n;
}

/** Notes that `decision` was taken for `item`. */
export function decide(decisions: Record<string, string[]>, decision: string, item: string): void {
  (decisions[decision] ??= []).push(item);
}
