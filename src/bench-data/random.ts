/**
 * Seeded randomness for the benchmark data generator: a small fast PRNG (mulberry32, seeded through splitmix32)
 * and the few distributions a realistic archive needs. Deterministic: the same seed always gives the same draws.
 */

/** Mixes two integers into a 32-bit seed, so each work can get its own independent stream from (seed, index). */
export function mixSeed(a: number, b: number): number {
  let x = (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xc2b2ae35)) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x21f0aaad);
  x = Math.imul(x ^ (x >>> 15), 0x735a2d97);
  return (x ^ (x >>> 15)) >>> 0;
}

/** A seeded pseudo-random stream. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = mixSeed(seed >>> 0, 0x5eed) || 1;
  }
  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [lo, hi] inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** A standard normal draw (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }
  /** A log-normal draw with the given median and shape sigma (heavy right tail). */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }
}

/** Draws ranks 0…n-1 with P(k) ∝ 1/(k+q)^s (Zipf–Mandelbrot; q = 1 is plain Zipf): rank 0 the most common. */
export class Zipf {
  private readonly cdf: Float64Array;
  constructor(n: number, s = 1.0, q = 1) {
    if (n < 1) throw new Error('Zipf needs at least one rank');
    this.cdf = new Float64Array(n);
    let sum = 0;
    for (let k = 0; k < n; k++) this.cdf[k] = sum += 1 / Math.pow(k + q, s);
    for (let k = 0; k < n; k++) this.cdf[k]! /= sum;
  }
  get size(): number {
    return this.cdf.length;
  }
  /** One rank. */
  draw(rng: Rng): number {
    const u = rng.next();
    let lo = 0;
    let hi = this.cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cdf[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** `count` distinct ranks (fewer if the ranks run out). */
  distinct(rng: Rng, count: number): number[] {
    const out = new Set<number>();
    const want = Math.min(count, this.cdf.length);
    for (let tries = 0; out.size < want && tries < want * 20; tries++) out.add(this.draw(rng));
    return [...out];
  }
}
