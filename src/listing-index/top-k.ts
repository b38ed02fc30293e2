/** The k first items of a stream in a given order, with a bounded max-heap: O(n log k), no full sort. */

/** Collects the `k` smallest items by `compare`. */
export class TopK<T> {
  private readonly heap: T[] = [];
  private readonly k: number;
  private readonly compare: (a: T, b: T) => number;
  constructor(k: number, compare: (a: T, b: T) => number) {
    this.k = k;
    this.compare = compare;
  }

  /** Offers an item. */
  push(item: T): void {
    const h = this.heap;
    if (this.k <= 0) return;
    if (h.length < this.k) {
      h.push(item);
      let i = h.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (this.compare(h[i]!, h[parent]!) <= 0) break;
        [h[i], h[parent]] = [h[parent]!, h[i]!];
        i = parent;
      }
      return;
    }
    if (this.compare(item, h[0]!) >= 0) return;
    h[0] = item;
    this.siftDown();
  }

  /** The kept items, first first. */
  sorted(): T[] {
    return [...this.heap].sort(this.compare);
  }

  private siftDown(): void {
    const h = this.heap;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < h.length && this.compare(h[l]!, h[worst]!) > 0) worst = l;
      if (r < h.length && this.compare(h[r]!, h[worst]!) > 0) worst = r;
      if (worst === i) return;
      [h[i], h[worst]] = [h[worst]!, h[i]!];
      i = worst;
    }
  }
}
