/** Batched writes in power-of-two slices, so however long a batch is, only a handful of distinct SQL texts are ever prepared. */

/** Calls `each` on consecutive slices of `rows` (sizes `largest`, a power of two, then its halves down to 1), one after another. */
export async function inSlices<T>(rows: readonly T[], each: (slice: readonly T[]) => Promise<void>, largest = 256): Promise<void> {
  let at = 0;
  for (let size = largest; size >= 1; size >>= 1) {
    while (rows.length - at >= size) {
      await each(rows.slice(at, at + size));
      at += size;
    }
  }
}
