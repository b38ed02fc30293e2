/**
 * Members' reading history without a database write per page view: visits wait in a write buffer (the hit
 * counter's, services/write-buffer.ts) and reach the readings table in batches, one transaction per flush.
 * `quire serve` flushes on the hit counter's interval and at shutdown; tests await `flush()`.
 */
import type { Database } from '../storage/db.ts';
import { addVisits, type ReadingVisits } from '../storage/readings.ts';
import { createWriteBuffer } from './write-buffer.ts';

/** Records members' visits to works. */
export interface ReadingRecorder {
  /** Notes a visit at `at`; `finished` when it showed the work's last chapter or the whole work. No I/O. */
  record(userId: number, workId: number, at: number, finished: boolean): void;
  /** Writes the buffered visits; resolves to the number of (member, work) entries written. */
  flush(): Promise<number>;
  /** Entries waiting for the next flush. */
  readonly pending: number;
}

const later = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

/** A recorder writing to `db`. */
export function createReadingRecorder(db: Database, options: { maxPending?: number; onError?: (error: unknown) => void } = {}): ReadingRecorder {
  const buffer = createWriteBuffer<ReadingVisits, number>({
    maxPending: options.maxPending ?? 1000,
    merge: (a, b) => ({ ...a, at: Math.max(a.at, b.at), count: a.count + b.count, finishedAt: later(a.finishedAt, b.finishedAt) }),
    nothing: 0,
    onError: options.onError ?? (() => undefined),
    async write(batch) {
      await db.transaction((tx) => addVisits(tx, batch));
      return batch.length;
    },
  });
  return {
    record(userId, workId, at, finished) {
      buffer.add(`${userId} ${workId}`, { userId, workId, at, count: 1, finishedAt: finished ? at : null });
    },
    flush: () => buffer.flush(),
    get pending() {
      return buffer.pending;
    },
  };
}
