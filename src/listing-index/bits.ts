/** Dense bitsets over work slots (one bit per slot in 32-bit words): the scratch space every listing query works in. */

/** A dense bitset; bit `s` of word `s >>> 5` is slot `s`. */
export type Bits = Uint32Array;

/** An empty bitset that can hold slots 0 … n-1. */
export const newBits = (n: number): Bits => new Uint32Array((n + 31) >>> 5);

/** Bits set in a 32-bit word (SWAR). */
export function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** target &= other (words past the end of `other` are zero). */
export function andInto(target: Bits, other: Bits): void {
  const n = Math.min(target.length, other.length);
  for (let i = 0; i < n; i++) target[i]! &= other[i]!;
  target.fill(0, n);
}

/** target &= ~other (words past the end of `other` are kept). */
export function andNotBits(target: Bits, other: Bits): void {
  const n = Math.min(target.length, other.length);
  for (let i = 0; i < n; i++) target[i]! &= ~other[i]!;
}

/** Slots set in `bits`, in increasing order. */
export function forEachBit(bits: Bits, fn: (slot: number) => void): void {
  for (let i = 0; i < bits.length; i++) {
    let w = bits[i]!;
    while (w !== 0) {
      const low = w & -w;
      fn((i << 5) + 31 - Math.clz32(low));
      w ^= low;
    }
  }
}

/** How many bits are set. */
export function countBits(bits: Bits): number {
  let n = 0;
  for (let i = 0; i < bits.length; i++) if (bits[i] !== 0) n += popcount32(bits[i]!);
  return n;
}
