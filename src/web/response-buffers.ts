/**
 * Reusable buffers for members' filled pages. A member's page is assembled per request (page-holes.ts); in a fresh
 * buffer each time, tens of KB per response waited for V8's next collection to be freed, and under load those
 * waiting buffers grew the process's native heap by ~20 MB that it kept afterwards. A buffer here goes back to the
 * pool once the response has been handed to the operating system ('finish'); a response that ends otherwise (the
 * client went away mid-write) leaves its buffer to the garbage collector, since the socket may still hold it.
 */
import type { ServerResponse } from 'node:http';

/** Pages up to this size are filled in a pooled buffer; larger ones get their own. */
export const POOLED_BYTES = 256 * 1024;
/** The most bytes of UTF-8 one UTF-16 unit can take (a surrogate pair, two units, takes 4): `units × 3` bytes hold any text. */
export const UTF8_BYTES_PER_UNIT = 3;

/** Buffers kept between responses (one per response in flight, up to this many). */
const KEPT = 16;

const free: Buffer[] = [];

/** A buffer of `size` bytes (uninitialized) for a response, returned to the pool when `res` finishes. */
export function responseBuffer(size: number, res: ServerResponse): Buffer {
  if (size > POOLED_BYTES) return Buffer.allocUnsafe(size);
  const slab = free.pop() ?? Buffer.allocUnsafeSlow(POOLED_BYTES);
  res.once('finish', () => {
    if (free.length < KEPT) free.push(slab);
  });
  return slab.subarray(0, size);
}

/** How many buffers wait in the pool (for tests). */
export const pooledBuffers = (): number => free.length;

/**
 * A rendered page's UTF-8 bytes for `res`: a page whose bound (UTF8_BYTES_PER_UNIT) fits a pooled buffer is written
 * into one unmeasured (Buffer.from measures the rope, then walks it again to encode); a larger one gets its own.
 */
export function encodedPage(text: string, res: ServerResponse): Buffer {
  const bound = text.length * UTF8_BYTES_PER_UNIT;
  if (bound > POOLED_BYTES) return Buffer.from(text);
  const out = responseBuffer(bound, res);
  return out.subarray(0, out.write(text));
}
