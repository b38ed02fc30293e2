/** The report of an eFiction import: counts per kind (created now, already there from an earlier run) and warnings. */

/** Counts for one kind of record. */
export interface KindCount { imported: number; existing: number; failed: number }

/** What an import did. */
export interface EfictionReport {
  counts: Record<string, KindCount>;
  encodings: Record<string, number>;
  warnings: string[];
}

/** An empty report. */
export const newReport = (): EfictionReport => ({ counts: {}, encodings: {}, warnings: [] });

/** Adds one to a kind's counter. */
export function count(report: EfictionReport, kind: string, what: keyof KindCount, n = 1): void {
  const c = (report.counts[kind] ??= { imported: 0, existing: 0, failed: 0 });
  c[what] += n;
}
