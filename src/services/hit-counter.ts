/**
 * Hits without a database write per page view: visits are buffered in memory (de-duplicated, services/write-buffer.ts)
 * and flushed in batches, one transaction per flush. work_visits' primary key decides what is new, so several app nodes
 * flushing the same visitor still count one hit.
 */
import type { Database } from '../storage/db.ts';
import { insertVisits, pruneVisits, type Visit } from '../storage/work-visits.ts';
import { addToCounters } from '../storage/works.ts';
import { addDailyHits } from '../storage/work-daily-stats.ts';
import { dayNumber } from '../domain/visits.ts';
import { createWriteBuffer } from './write-buffer.ts';

/** Counts hits on works. */
export interface HitCounter {
  /** Notes a visit; no I/O (a full buffer starts a flush in the background). */
  record(workId: number, visitorKey: string, day: number): void;
  /** Writes the buffered visits; resolves to the number of hits added. Flushes run one after another. */
  flush(): Promise<number>;
  /** Visits waiting for the next flush. */
  readonly pending: number;
}

/** Tuning and seams of a hit counter. */
export interface HitCounterOptions {
  /** Flush as soon as this many visits are buffered. */
  maxPending?: number;
  now?: () => number;
  /** Reports a failed background flush (its visits are kept for the next one). */
  onError?: (error: unknown) => void;
}

/** A counter writing to `db`. */
export function createHitCounter(db: Database, options: HitCounterOptions = {}): HitCounter {
  const now = options.now ?? Date.now;
  const buffer = createWriteBuffer<Visit, number>({
    maxPending: options.maxPending ?? 1000,
    // A visitor seen again the same day is the same hit.
    merge: (waiting) => waiting,
    nothing: 0,
    onError: options.onError ?? (() => undefined),
    async write(visits) {
      // Yesterday's visits stay: a visitor reading across midnight is recognised on both sides of it.
      const keepFrom = dayNumber(now()) - 1;
      const batch = visits.filter((v) => v.day >= keepFrom);
      if (batch.length === 0) return 0;
      return db.transaction(async (tx) => {
        const added = await insertVisits(tx, batch);
        const perWork = new Map<number, number>();
        for (const a of added) perWork.set(a.workId, (perWork.get(a.workId) ?? 0) + a.hits);
        for (const [workId, hits] of perWork) await addToCounters(tx, workId, { hits });
        // The same hits by day, for authors' statistics charts.
        await addDailyHits(tx, added);
        await pruneVisits(tx, keepFrom);
        return added.reduce((sum, a) => sum + a.hits, 0);
      });
    },
  });
  return {
    record(workId, visitorKey, day) {
      buffer.add(`${workId} ${day} ${visitorKey}`, { workId, visitorKey, day });
    },
    flush: () => buffer.flush(),
    get pending() {
      return buffer.pending;
    },
  };
}
