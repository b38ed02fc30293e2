/**
 * Listing and search latency over a generated archive (`quire bench-data`): (a) a tag page with 2 included and
 * 3 excluded tags, sorted by kudos, with its exact count and facets (filterWorks, as the web page calls it);
 * (b) a two-word phrase search (searchWorks: best match, exact count and the panel's facets over the matches);
 * (c) the same phrase with 2 included and 1 excluded tags, sorted by kudos; (d) a page past the ranked 1,000.
 * Warm-up, then p50/p95/p99, the fastest run and the p95 of this process's CPU time per run; appends the results to
 * BENCHMARKS.md.
 *   npm run bench:listing -- --db PATH|URL [--iterations 200] [--no-append]
 */
import { parseArgs } from 'node:util';
import { appendFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { percentile, machine } from './report.ts';
import { openApp } from '../src/boot.ts';
import { loadConfig } from '../src/config.ts';
import { sql } from '../src/storage/sql.ts';
import { filterWorks } from '../src/actions/filter-works.ts';
import { searchWorks } from '../src/actions/search-works.ts';
import { matchCacheOf } from '../src/storage/search/index.ts';
import { emptyFilter } from '../src/domain/work-filter.ts';
import { archiveSizes, humanBytes } from '../src/bench-data/sizes.ts';

const { values } = parseArgs({ options: { db: { type: 'string' }, iterations: { type: 'string', default: '200' }, 'no-append': { type: 'boolean', default: false }, note: { type: 'string', default: '' } } });
if (!values.db) throw new Error('usage: npm run bench:listing -- --db PATH|URL [--iterations 200]');
const iterations = Number(values.iterations);
const loadBefore = loadavg().map((n) => n.toFixed(1));
const app = await openApp(loadConfig({ DATABASE_URL: values.db, LOG_LEVEL: 'warn' }), { info() {}, error() {} });
const { ctx, db } = app;

const top = async (kind: string, limit: number) => (await db.all<{ id: number; name: string }>(sql`SELECT t.id, t.name FROM tags t JOIN taggings tg ON tg.tag_id = t.id
  WHERE t.kind = ${kind} GROUP BY t.id, t.name ORDER BY COUNT(*) DESC, t.id LIMIT ${limit}`)).map((r) => ({ id: Number(r.id), name: r.name }));
const fandoms = await top('fandom', 5);
const freeforms = await top('freeform', 5);
// Two-word phrases that occur in the generated prose ("the silver lantern" style), several in turn.
const PHRASES = ['silver lantern', 'quiet harbour', 'crimson river', 'broken mirror', 'old harbour', 'winter garden', 'golden key', 'empty station', 'north tower', 'dusty letter'];

/**
 * Times `run`: wall-clock percentiles, the fastest run, and the p95 of the CPU time this process spent per run
 * (user + system, all its threads): on a machine other jobs load, wall time is mostly waiting for a core, while the
 * CPU time is the work itself (on SQLite all of it; on PostgreSQL the server's share is not counted).
 */
async function measure(name: string, run: (i: number) => Promise<number>): Promise<{ name: string; min: number; p50: number; p95: number; p99: number; cpu95: number; results: number }> {
  for (let i = 0; i < 20; i++) await run(i); // warm-up: prepared statements, page cache
  const times: number[] = [];
  const cpu: number[] = [];
  let results = 0;
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    results += await run(i);
    const used = process.cpuUsage(c);
    times.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const r = { name, min: times[0]!, p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), cpu95: percentile(cpu, 95), results: Math.round(results / iterations) };
  console.log(`${name}: min ${r.min.toFixed(1)} ms, p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, CPU p95 ${r.cpu95.toFixed(1)} ms, ${r.results} results on average`);
  return r;
}

const tagPage = await measure('tag page: fandom + 2 included + 3 excluded tags, by kudos, count + facets', async (i) => {
  const filter = { ...emptyFilter(), includeIds: [freeforms[0]!.id, freeforms[1]!.id], excludeIds: freeforms.slice(2, 5).map((t) => t.id), sortColumn: 'kudos_count' as const };
  const page = await filterWorks(ctx, undefined, filter, { tagId: fandoms[i % fandoms.length]!.id });
  return page.window.total;
});
const tagPageUnfiltered = await measure('tag page: largest fandom only, by kudos, count + facets', async () => {
  const page = await filterWorks(ctx, undefined, { ...emptyFilter(), sortColumn: 'kudos_count' }, { tagId: fandoms[0]!.id });
  return page.window.total;
});
const search = await measure('search: two-word phrase, best match, count + facets', async (i) => (await searchWorks(ctx, undefined, new URLSearchParams({ q: `"${PHRASES[i % PHRASES.length]}"` }))).total);
const filteredSearch = await measure('search: two-word phrase + 2 included + 1 excluded tags, by kudos, count + facets', async (i) => {
  const params = new URLSearchParams({ q: `"${PHRASES[i % PHRASES.length]}"`, 'work_search[sort_column]': 'kudos_count' });
  for (const t of freeforms.slice(0, 2)) params.append('include_work_search[freeform_ids][]', String(t.id));
  params.append('exclude_work_search[freeform_ids][]', String(freeforms[2]!.id));
  return (await searchWorks(ctx, undefined, params)).total;
});
// The same search with each node's match cache (storage/search/match-cache.ts) emptied before every run: what the
// first search of a phrase since a node started, or since its set was evicted, costs.
const filteredSearchCold = await measure('search: the same, match cache emptied before each run (first search of a phrase)', async (i) => {
  matchCacheOf(ctx.db).clear();
  const params = new URLSearchParams({ q: `"${PHRASES[i % PHRASES.length]}"`, 'work_search[sort_column]': 'kudos_count' });
  for (const t of freeforms.slice(0, 2)) params.append('include_work_search[freeform_ids][]', String(t.id));
  params.append('exclude_work_search[freeform_ids][]', String(freeforms[2]!.id));
  return (await searchWorks(ctx, undefined, params)).total;
});
const deepSearch = await measure('search: two-word phrase, best match, page 60 (past the ranked 1,000)', async (i) => (await searchWorks(ctx, undefined, new URLSearchParams({ q: `"${PHRASES[i % PHRASES.length]}"`, page: '60' }))).total);

const sizes = await archiveSizes(db, values.db);
await db.close();
const engine = db.dialect === 'postgres' ? 'PostgreSQL' : 'SQLite';
const data = `${sizes.rows.works!.toLocaleString('en')} works, ${sizes.rows.chapters!.toLocaleString('en')} chapters, ${sizes.rows.taggings!.toLocaleString('en')} taggings, ${humanBytes(sizes.bytes)}`;
const cacheStats = { ...matchCacheOf(ctx.db).stats };
const rows = [tagPage, tagPageUnfiltered, search, filteredSearch, filteredSearchCold, deepSearch].map((r) => `| ${r.name} | ${r.min.toFixed(1)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.cpu95.toFixed(1)} | ${r.results} |`);
const text = `\n### Listing and search, ${engine}, ${new Date().toISOString().slice(0, 10)}${values.note ? ` (${values.note})` : ''}
Machine: ${machine()}; Node ${process.versions.node}; load average ${loadBefore.join(' / ')} before, ${loadavg().map((n) => n.toFixed(1)).join(' / ')} after; data: ${data} (\`quire bench-data\`); ${iterations} sequential iterations per query after 20 warm-up, in process through the actions (no HTTP).

| query | min ms | p50 ms | p95 ms | p99 ms | CPU p95 ms (this process) | results (avg) |
|---|---|---|---|---|---|---|
${rows.join('\n')}

Match cache over the run: ${cacheStats.hits} hits, ${cacheStats.misses} misses, of which ${cacheStats.small} were sets under 20,000 works, which are not kept (cheap to fetch again); the rows without "emptied" run warm, as a node serving readers does.
`;
if (values['no-append']) console.log(text);
else appendFileSync('BENCHMARKS.md', text);
