/**
 * Load scenario for the reading pages: a fresh SQLite archive with one 5,000-word chapter work (plus a
 * three-chapter one), served by `quire serve` in its own process on loopback, driven by autocannon from this
 * one. Prints requests/s and latency percentiles per page and the server's RSS, and appends them to BENCHMARKS.md.
 *   npm run bench -- [--seconds 10] [--connections 16]
 */
import { parseArgs } from 'node:util';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { openApp } from '../src/boot.ts';
import { loadConfig } from '../src/config.ts';
import { setUpSite } from '../src/actions/set-up-site.ts';
import { postWork } from '../src/actions/post-work.ts';
import { addChapter } from '../src/actions/add-chapter.ts';
import type { WorkInput, ChapterInput } from '../src/domain/work.ts';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' }, connections: { type: 'string', default: '16' } } });
const seconds = Number(values.seconds);
const connections = Number(values.connections);

const WORDS = 'lantern market river winter silver quiet letter promise harbour thunder garden stranger whisper morning shadow'.split(' ');
function prose(words: number, seed: number): string {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const sentence = Array.from({ length: 8 + Math.floor(next() * 12) }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
    paragraphs.push(`${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`);
    count += sentence.split(' ').length;
  }
  return paragraphs.join('\n\n');
}

const dir = mkdtempSync(join(tmpdir(), 'quire-bench-'));
const config = loadConfig({ DATABASE_URL: join(dir, 'quire.db'), PASSWORD_COST: 'low', LOG_LEVEL: 'warn' });
const app = await openApp(config, { info() {}, error() {} });
const admin = await setUpSite(app.ctx, { siteName: 'Bench', login: 'bench', email: 'bench@example.org', password: 'lanterns over water', passwordConfirmation: 'lanterns over water' });
const work = (title: string, expected: number): WorkInput => ({
  title, summary: 'A long night.', notes: '', endNotes: '', betaCredits: '', betaLogins: [], coCreatorLogins: [], rating: 'General Audiences',
  warnings: ['No Archive Warnings Apply'], categories: ['Gen'], tags: { fandom: ['Original Work'], relationship: [], character: ['Mira'], freeform: ['Night Market'] },
  language: 'en', expectedChapters: expected, publishedOn: '', visibility: 'public', seriesTitle: '',
});
const chapter = (n: number, words: number): ChapterInput => ({ title: `Part ${n}`, summary: '', notes: '', endNotes: '', body: prose(words, n), format: 'text' });
const single = await postWork(app.ctx, admin, { work: work('One Long Chapter', 1), chapter: chapter(1, 5000), publish: true });
const multi = await postWork(app.ctx, admin, { work: work('Three Parts', 3), chapter: chapter(1, 3000), publish: true });
for (const n of [2, 3]) await addChapter(app.ctx, admin, multi.workId, { commit: 'post', publishAt: '', silent: false, chapter: chapter(n, 3000) });

await app.db.close();
const port = 38000 + Math.floor(Math.random() * 1000);
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ['src/cli/main.ts', 'serve'], { env: { ...process.env, DATA_DIR: dir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' }, stdio: 'inherit' });
for (let i = 0; i < 100; i++) {
  if (await fetch(`${base}/healthz`).then((r) => r.ok, () => false)) break;
  await new Promise((r) => setTimeout(r, 100));
}
const rssOf = (pid: number) => Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);
const scenarios: [string, string][] = [
  ['home', '/'],
  ['work page (5,000 words)', `/works/${single.workId}`],
  ['entire work (3 × 3,000 words)', `/works/${multi.workId}?view_full_work=true`],
  ['chapter index', `/works/${multi.workId}/navigate`],
];

const rows: string[] = [];
for (const [name, path] of scenarios) {
  await autocannon({ url: base + path, connections, duration: 2 }); // warm-up
  const r = await autocannon({ url: base + path, connections, duration: seconds });
  const rss = rssOf(server.pid!);
  const line = `| ${name} | ${Math.round(r.requests.average)} | ${r.latency.p50} | ${r.latency.p90} | ${r.latency.p99} | ${r.errors + r.non2xx} | ${rss} |`;
  console.log(line);
  rows.push(line);
}
server.kill('SIGTERM');
await new Promise((r) => server.once('exit', r));
rmSync(dir, { recursive: true, force: true });

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`;
appendFileSync('BENCHMARKS.md', `\n### Reading pages, SQLite, ${new Date().toISOString().slice(0, 10)}\nMachine: ${machine}; Node ${process.versions.node}; ${connections} connections, ${seconds} s per page after a 2 s warm-up; server (quire serve) and load generator in separate processes.\n\n| page | req/s | p50 ms | p90 ms | p99 ms | errors | RSS MB |\n|---|---|---|---|---|---|---|\n${rows.join('\n')}\n`);
