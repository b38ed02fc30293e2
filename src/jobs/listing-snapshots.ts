/**
 * The listing index snapshot clock of `quire serve`: every minute, a snapshot when enough changed since the last one
 * (listing-index/sync.ts decides), and one more at a clean shutdown if anything changed, so the next start reads it
 * and replays only the changes made since (listing-index/snapshot.ts).
 */
import type { ListingSync, SnapshotSaved } from '../listing-index/sync.ts';
import { startClock, type Log } from './clock.ts';

export const SNAPSHOT_CHECK_MS = 60 * 1000;

const said = (s: SnapshotSaved) => ({ path: s.path, bytes: s.bytes, works: s.works, seq: s.seq, copyMs: s.copyMs, writeMs: s.writeMs });

/** Starts the clock; the returned function stops it and writes a last snapshot if anything changed since the last. */
export function startSavingListingSnapshots(listing: ListingSync, log: Log, everyMs = SNAPSHOT_CHECK_MS): () => Promise<void> {
  const stopClock = startClock(everyMs, () => listing.saveSnapshotIfDue()
    .then((saved) => { if (saved) log.info(said(saved), 'listing index snapshot written'); })
    .catch((err) => log.error({ err }, 'writing the listing index snapshot failed')));
  return async () => {
    await stopClock();
    await listing.saveSnapshotIfChanged()
      .then((saved) => { if (saved) log.info(said(saved), 'listing index snapshot written at shutdown'); })
      .catch((err) => log.error({ err }, 'writing the listing index snapshot at shutdown failed'));
  };
}
