/**
 * Writes without a database round trip per page view: items are gathered in memory under a key (a repeat is
 * merged into the waiting item) and written in batches, one flush after another. A full buffer starts a flush in
 * the background; a failed flush keeps its items for the next one, bounded so an outage cannot grow memory
 * without limit. The hit counter and the reading history both use it.
 */

/** A buffer of pending writes. */
export interface WriteBuffer<T, R> {
  /** Notes an item; no I/O (a full buffer starts a flush in the background). */
  add(key: string, item: T): void;
  /** Writes what is buffered; flushes run one after another. */
  flush(): Promise<R>;
  /** Items waiting for the next flush. */
  readonly pending: number;
}

/** How a buffer merges and writes its items. */
export interface WriteBufferOptions<T, R> {
  /** Flush as soon as this many items are buffered. */
  maxPending: number;
  /** The item kept when `next` arrives for a key already waiting. */
  merge: (waiting: T, next: T) => T;
  /** Writes one batch (never empty). */
  write: (batch: T[]) => Promise<R>;
  /** What a flush with nothing to write resolves to. */
  nothing: R;
  /** Reports a failed background flush. */
  onError: (error: unknown) => void;
}

/** A buffer with these rules. */
export function createWriteBuffer<T, R>(options: WriteBufferOptions<T, R>): WriteBuffer<T, R> {
  const { maxPending, merge, write, nothing, onError } = options;
  let buffer = new Map<string, T>();
  let queue: Promise<unknown> = Promise.resolve();
  let fullFlushQueued = false;

  const put = (key: string, item: T) => {
    const waiting = buffer.get(key);
    buffer.set(key, waiting === undefined ? item : merge(waiting, item));
  };

  async function flushOnce(): Promise<R> {
    fullFlushQueued = false;
    const batch = buffer;
    buffer = new Map();
    if (batch.size === 0) return nothing;
    try {
      return await write([...batch.values()]);
    } catch (error) {
      // Keep the items for the next try (merged with any that arrived meanwhile), within a bound.
      for (const [key, item] of batch) if (buffer.size < maxPending * 10 || buffer.has(key)) put(key, item);
      throw error;
    }
  }

  function flush(): Promise<R> {
    const run = queue.then(flushOnce);
    queue = run.catch(() => undefined);
    return run;
  }

  return {
    add(key, item) {
      put(key, item);
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
