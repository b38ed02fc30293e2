/**
 * The V8 heap settings `quire serve` runs with. V8 sizes its heap for throughput: without pointer compression (as
 * Node is built) the young generation grows to 2 × 32 MB, and the old generation may grow to about four times what
 * is live before a full collection; the pages it grew to then stay mapped. With 100k works that made a server of
 * ~35 MB of live data hold 250–450 MB under load. A 2 MB semi-space and 25 % old-generation growth keep it near
 * 200 MB, for about a tenth of the throughput of the busiest pages (more frequent collections; BENCHMARKS.md,
 * "Server memory"). The young generation's size is read only when V8 starts, so the flags go on the command line:
 * `quire serve` restarts itself in place with them (same process id, via execve) unless the operator chose heap
 * sizes already, on the command line or in NODE_OPTIONS. The restart also caps glibc's malloc arenas at two
 * (unless MALLOC_ARENA_MAX is set): with an arena per thread, V8's and libuv's threads held ~20 MB of freed memory.
 * It also turns on Node's compile cache (unless NODE_COMPILE_CACHE is set): with the TypeScript of a file already
 * stripped there, Node never starts its type stripper, whose WebAssembly instance otherwise stays in the process (a
 * fresh process importing one .ts file: 20 MB more RSS without the cache, 2 MB with it warm; `quire serve` idle on
 * 100k works 159.5 → 150.6 MB, and the peak over the bench's tag, signed-in work and EPUB scenarios 203 → 182 MB).
 * The first start after a change fills it.
 * Last, it fixes glibc's mmap threshold at its initial 128 KB (unless MALLOC_MMAP_THRESHOLD_ or MALLOC_TRIM_THRESHOLD_
 * is set): by default the threshold rises to the size of any mapped block freed, after which blocks up to that size
 * come from the heap and stay resident once freed (peak RSS over five `npm run bench` scenarios 210 / 205 → 204 / 197 MB
 * in interleaved runs, throughput unchanged).
 * And it turns V8's mid-tier compiler, Maglev, off (unless the operator chose heap sizes): when a page's code first
 * gets hot under load, Maglev starts a compile job for each of its hundreds of functions at once, whose working memory
 * (seen with --trace-zone-stats: 78 jobs holding 19.6 MB together at the first signed-in work pages) is malloc'd in
 * pieces glibc then keeps: after them malloc_trim(0) could give back 11–25 MB. Hot code is still optimised by
 * TurboFan. Interleaved on 100k works, the peak over the bench's scenarios fell by 10–24 MB (SQLite 199/191/199 →
 * 175/177/177 MB, PostgreSQL 192/204/182 → 185/170/173 MB); server CPU per response moved within the runs' noise
 * (signed-in pages −5 to +3 %, guest pages up to +15 % in some runs and −10 % in others).
 */
import { fileURLToPath } from 'node:url';

/** What `quire serve` adds to Node's command line. */
export const SERVE_HEAP_FLAGS = ['--max-semi-space-size=2', '--heap-growing-percent=25', '--no-maglev'];

const CHOSEN = /^--(max-semi-space-size|heap-growing-percent|(no-)?maglev)\b/;

/** The arguments to run this process again with the serve heap flags, or null when it has them or others chosen. */
export function serveHeapArgs(execArgv: readonly string[], argv: readonly string[], nodeOptions = ''): string[] | null {
  if ([...execArgv, ...nodeOptions.split(/\s+/)].some((a) => CHOSEN.test(a))) return null;
  return [argv[0]!, ...SERVE_HEAP_FLAGS, ...execArgv, ...argv.slice(1)];
}

/** Where the compile cache lives: beside the project's other caches, under node_modules (the tests use it too). */
export const COMPILE_CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/quire-compile', import.meta.url));

/** glibc's initial mmap threshold, fixed (setting it alone would also fix the trim threshold, at the same 128 KB). */
const FIXED_MALLOC_THRESHOLDS = { MALLOC_MMAP_THRESHOLD_: '131072', MALLOC_TRIM_THRESHOLD_: '131072' };

/** The environment `quire serve` restarts with: the operator's, plus the defaults above for what they did not set. */
export const serveEnv = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
  MALLOC_ARENA_MAX: '2',
  ...(env.MALLOC_MMAP_THRESHOLD_ === undefined && env.MALLOC_TRIM_THRESHOLD_ === undefined ? FIXED_MALLOC_THRESHOLDS : {}),
  NODE_COMPILE_CACHE: COMPILE_CACHE_DIR,
  ...env,
});

/** Replaces this process with one running the serve heap flags; returns when that is not needed or not possible. */
export function restartWithServeHeap(): void {
  const args = serveHeapArgs(process.execArgv, process.argv, process.env.NODE_OPTIONS);
  if (args && typeof process.execve === 'function') process.execve(process.execPath, args, serveEnv(process.env));
}
