/**
 * Tag autocomplete latency over a generated archive (`quire bench-data`): suggestTagsFor as GET /autocomplete/tag
 * calls it (the change-log read of the listing index included), for terms typed the way people type them: the first
 * letter of a name (the longest runs of matches), its first three letters, the start of a word inside a name, a
 * character with the form's fandom (one more query for the fandom's characters), and every kind at once (the filter
 * panel). Terms come from the archive's own tags, spread over kinds and sizes. Warm-up (the index's full load and
 * the name index's first build are timed separately), then p50/p95/p99; appends the results to BENCHMARKS.md.
 *   npm run bench:autocomplete -- --db PATH|URL [--iterations 500] [--no-append] [--note TEXT]
 */
import { parseArgs } from 'node:util';
import { appendFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { percentile, machine } from './report.ts';
import { openApp } from '../src/boot.ts';
import { loadConfig } from '../src/config.ts';
import { sql } from '../src/storage/sql.ts';
import { suggestTagsFor, type SuggestInput } from '../src/actions/suggest-tags.ts';
import { wordStarts } from '../src/listing-index/tag-names.ts';
import { namesOf } from '../src/listing-index/tag-suggest.ts';
import { kindCode } from '../src/listing-index/tag-table.ts';
import { archiveSizes, humanBytes } from '../src/bench-data/sizes.ts';

const { values } = parseArgs({ options: { db: { type: 'string' }, iterations: { type: 'string', default: '500' }, 'no-append': { type: 'boolean', default: false }, note: { type: 'string', default: '' } } });
if (!values.db) throw new Error('usage: npm run bench:autocomplete -- --db PATH|URL [--iterations 500]');
const iterations = Number(values.iterations);
const app = await openApp(loadConfig({ DATABASE_URL: values.db, LOG_LEVEL: 'warn' }), { info() {}, error() {} });
const { ctx, db } = app;

// Every 97th tag of each free kind (a spread over the alphabet and over sizes), with its name key.
const sample = async (kind: string) => (await db.all<{ name_key: string }>(sql`SELECT name_key FROM tags WHERE kind = ${kind} AND id % 97 = 0 ORDER BY id LIMIT 200`)).map((r) => r.name_key);
const kinds = ['fandom', 'character', 'relationship', 'freeform'] as const;
const keys = Object.fromEntries(await Promise.all(kinds.map(async (k) => [k, await sample(k)] as const))) as Record<(typeof kinds)[number], string[]>;
// The generator's first fandoms are its largest (Zipf sizes); a fandom's characters are looked up by meta_taggings.
const fandoms = (await db.all<{ name: string }>(sql`SELECT name FROM tags WHERE kind = ${'fandom'} AND canonical = ${true} ORDER BY id LIMIT 20`)).map((r) => r.name);

const loadStart = performance.now();
await ctx.listing.current();
const loadMs = performance.now() - loadStart;
const buildStart = performance.now();
await suggestTagsFor(ctx, undefined, { kind: 'freeform', term: 'a', fandom: '' });
const buildMs = performance.now() - buildStart;

interface Result { name: string; p50: number; p95: number; p99: number; results: number }

async function measure(name: string, input: (i: number) => SuggestInput): Promise<Result> {
  for (let i = 0; i < 50; i++) await suggestTagsFor(ctx, undefined, input(i));
  const times: number[] = [];
  let results = 0;
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    results += (await suggestTagsFor(ctx, undefined, input(i))).length;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const r = { name, p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), results: Math.round(results / iterations) };
  console.log(`${name}: p50 ${r.p50.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms, ${r.results} results on average`);
  return r;
}

const kindOf = (i: number) => kinds[i % kinds.length]!;
const keyOf = (i: number) => { const list = keys[kindOf(i)]; return list[Math.floor(i / kinds.length) % list.length] ?? 'a'; };
const wordInside = (key: string) => { const starts = wordStarts(key); const p = starts[1] ?? 0; return key.slice(p, p + 3); };
const results = [
  await measure('first letter of a name (each kind in turn)', (i) => ({ kind: kindOf(i), term: keyOf(i).slice(0, 1), fandom: '' })),
  await measure('first three letters', (i) => ({ kind: kindOf(i), term: keyOf(i).slice(0, 3), fandom: '' })),
  await measure('three letters of a word inside the name', (i) => ({ kind: kindOf(i), term: wordInside(keyOf(i)), fandom: '' })),
  await measure('character, two letters, with the form\'s fandom', (i) => ({ kind: 'character', term: keys.character[i % keys.character.length]!.slice(0, 2), fandom: fandoms[i % Math.max(1, fandoms.length)] ?? '' })),
  await measure('every kind (filter panel), two letters', (i) => ({ kind: '', term: keyOf(i).slice(0, 2), fandom: '' })),
];

// New tags wait in the name index's pending set until 2,048 have come; the suggestion after that merges them into the
// sorted arrays. Timed here on made-up tags put into this process's index only (nothing is written to the database).
const index = await ctx.listing.current();
const firstFree = index.tags.names.length;
for (let i = 0; i < 2049; i++) index.putTag({ id: firstFree + i, kind: 'freeform', name: `Bench New Tag ${i}`, nameKey: `bench new tag ${i}`, mergerId: null });
const mergeStart = performance.now();
namesOf(index).forEachMatch(kindCode('freeform'), 'bench', () => undefined);
const mergeMs = performance.now() - mergeStart;
console.log(`merging 2,049 new tags into the name index: ${mergeMs.toFixed(1)} ms`);

const tagCount = Number((await db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM tags`))!.n);
const sizes = await archiveSizes(db, values.db);
await db.close();
const engine = db.dialect === 'postgres' ? 'PostgreSQL' : 'SQLite';
const data = `${sizes.rows.works!.toLocaleString('en')} works, ${tagCount.toLocaleString('en')} tags, ${sizes.rows.taggings!.toLocaleString('en')} taggings, ${humanBytes(sizes.bytes)}`;
const rows = results.map((r) => `| ${r.name} | ${r.p50.toFixed(2)} | ${r.p95.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.results} |`);
const text = `\n### Tag autocomplete, ${engine}, ${new Date().toISOString().slice(0, 10)}${values.note ? ` (${values.note})` : ''}
Machine: ${machine()}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end (shared with other jobs); Node ${process.versions.node}; data: ${data} (\`quire bench-data\`); ${iterations} sequential calls per row after 50 warm-up, in process through the action (no HTTP), as a guest. Listing index full load ${(loadMs / 1000).toFixed(1)} s; the name index's first build ${buildMs.toFixed(0)} ms; merging 2,049 new tags into it (once per 2,048 new tags, in the suggestion that follows) ${mergeMs.toFixed(0)} ms.

| term | p50 ms | p95 ms | p99 ms | suggestions (avg) |
|---|---|---|---|---|
${rows.join('\n')}
`;
if (values['no-append']) console.log(text);
else appendFileSync('BENCHMARKS.md', text);
