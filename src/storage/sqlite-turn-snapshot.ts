/**
 * The SQLite reader's reads in one turn of the event loop share one read transaction. Outside a transaction every
 * SELECT takes and drops the WAL's read lock, 6 µs of a point read's 8 (measured): a member's work page makes a
 * dozen reads. Requests handled in one turn arrived together, so one snapshot serves them all; the snapshot ends
 * at the turn's end, and before and after each of this process's own writes, so a write is read back at once and a
 * checkpoint is never held behind a reader. Another process's commit is seen from the next turn.
 */
import type { DatabaseSync } from 'node:sqlite';

/** The reader connection's per-turn snapshot. */
export interface TurnSnapshot {
  /** Makes sure the reader is inside this turn's read transaction. */
  enter(): void;
  /** Ends the snapshot now (before and after a write); the next read starts a fresh one. */
  end(): void;
  /** The database's data version as of this turn's snapshot: it moves with every commit since the last one. */
  dataVersion(): number;
}

export function turnSnapshot(reader: DatabaseSync): TurnSnapshot {
  const begin = reader.prepare('BEGIN');
  const commit = reader.prepare('COMMIT');
  const version = reader.prepare('PRAGMA data_version');
  let open = false;
  let known: number | undefined;
  const end = () => {
    // A failed statement may already have ended it.
    if (open && reader.isTransaction) commit.run();
    open = false;
    known = undefined;
  };
  const enter = () => {
    if (open) return;
    begin.run();
    open = true;
    setImmediate(end);
  };
  return {
    enter,
    end,
    dataVersion() {
      enter();
      known ??= Number((version.get() as { data_version: number }).data_version);
      return known;
    },
  };
}
