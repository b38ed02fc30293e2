/**
 * Hits without a database write per page view: visits are buffered in memory (de-duplicated) and flushed in
 * batches, one transaction per flush. work_visits' primary key decides what is new, so several app nodes
 * flushing the same visitor still count one hit.
 */
import type { Database } from '../storage/db.ts';
import { insertVisits, pruneVisits, type Visit } from '../storage/work-visits.ts';
import { addToCounters } from '../storage/works.ts';
import { dayNumber } from '../domain/visits.ts';

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
  const maxPending = options.maxPending ?? 1000;
  const now = options.now ?? Date.now;
  const onError = options.onError ?? (() => undefined);
  let buffer = new Map<string, Visit>();
  let queue: Promise<unknown> = Promise.resolve();
  let fullFlushQueued = false;

  async function flushOnce(): Promise<number> {
    fullFlushQueued = false;
    // Yesterday's visits stay: a visitor reading across midnight is recognised on both sides of it.
    const keepFrom = dayNumber(now()) - 1;
    const batch = [...buffer.values()].filter((v) => v.day >= keepFrom);
    buffer = new Map();
    if (batch.length === 0) return 0;
    try {
      return await db.transaction(async (tx) => {
        const added = await insertVisits(tx, batch);
        for (const [workId, hits] of added) await addToCounters(tx, workId, { hits });
        await pruneVisits(tx, keepFrom);
        return [...added.values()].reduce((a, b) => a + b, 0);
      });
    } catch (error) {
      // Keep the visits for the next try, but never let a database outage grow the buffer without bound.
      for (const v of batch) if (buffer.size < maxPending * 10) buffer.set(keyOf(v), v);
      throw error;
    }
  }

  function flush(): Promise<number> {
    const run = queue.then(flushOnce);
    queue = run.catch(() => undefined);
    return run;
  }

  return {
    record(workId, visitorKey, day) {
      const visit = { workId, visitorKey, day };
      const key = keyOf(visit);
      if (buffer.has(key)) return;
      buffer.set(key, visit);
      if (buffer.size >= maxPending && !fullFlushQueued) {
        fullFlushQueued = true;
        flush().catch(onError);
      }
    },
    flush,
    get pending() {
      return buffer.size;
    },
  };
}

const keyOf = (v: Visit) => `${v.workId} ${v.day} ${v.visitorKey}`;
