/** Batched writes in power-of-two slices, so however long a batch is, only a handful of distinct SQL texts are ever prepared. */

const SLICES = [256, 128, 64, 32, 16, 8, 4, 2, 1];

/** Calls `each` on consecutive slices of `rows` (sizes 256, 128, … 1), one after another. */
export async function inSlices<T>(rows: readonly T[], each: (slice: readonly T[]) => Promise<void>): Promise<void> {
  let at = 0;
  for (const size of SLICES) {
    while (rows.length - at >= size) {
      await each(rows.slice(at, at + size));
      at += size;
    }
  }
}
