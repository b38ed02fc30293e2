/**
 * What the load scenarios need in the archive, made through the app's own actions before the server starts:
 * a bench account, a work of one ~5,000-word chapter with 30 comments, a three-chapter work (3 × 3,000 words),
 * found again on later runs by title; and a fresh sandbox work per run that the posting scenarios write to, so
 * chapter and comment posts never change the pages the reading scenarios measure.
 */
import { openApp } from '../src/boot.ts';
import type { App } from '../src/web/app.ts';
import { loadConfig } from '../src/config.ts';
import { sql } from '../src/storage/sql.ts';
import { setUpSite } from '../src/actions/set-up-site.ts';
import { createAccount } from '../src/actions/create-account.ts';
import { postWork } from '../src/actions/post-work.ts';
import { addChapter } from '../src/actions/add-chapter.ts';
import { postComment } from '../src/actions/post-comment.ts';
import { userByLogin } from '../src/storage/users.ts';
import type { Account } from '../src/domain/account.ts';
import type { WorkInput, ChapterInput } from '../src/domain/work.ts';
import { archiveSizes } from '../src/bench-data/sizes.ts';
import { tagWorksPath } from '../src/web/urls.ts';

/** The bench account (documented in BENCHMARKS.md; it is an ordinary user). */
export const BENCH_LOGIN = 'quire_bench';
export const BENCH_PASSWORD = 'lanterns over the benchmark water';

/**
 * The account the signed-in reading scenarios use: an ordinary member who wrote none of the bench works, as most
 * signed-in readers are (a creator's own pages carry edit controls and are rendered for them alone).
 */
export const BENCH_READER = 'quire_bench_reader';

/** Ids and URLs the scenarios use, and what the archive holds. */
export interface Fixture {
  singleId: number;
  multiId: number;
  /** This run's sandbox works, which the posting scenarios write to in turn. */
  sandboxIds: number[];
  /** Tag pages (fandom + 2 included + 3 excluded free tags, by kudos), rotated through. */
  tagPages: string[];
  database: { kind: 'SQLite' | 'PostgreSQL'; works: number; chapters: number; bytes: number };
}

const SANDBOXES = 20;

const WORDS = `lantern market river winter silver quiet letter promise harbour thunder garden stranger whisper morning shadow
  kettle staircase violin meadow ember orchard compass ribbon candle archive tender hollow restless gentle bitter`.split(/\s+/);
function prose(words: number, seed: number): string {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const n = 8 + Math.floor(next() * 12);
    const sentence = Array.from({ length: n }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
    paragraphs.push(`${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`);
    count += n;
  }
  return paragraphs.join('\n\n');
}

const workInput = (title: string, expected: number | null): WorkInput => ({
  title, summary: 'A long night at the market.', notes: '', endNotes: '', betaCredits: '', betaLogins: [], coCreatorLogins: [], rating: 'General Audiences',
  warnings: ['No Archive Warnings Apply'], categories: ['Gen'], tags: { fandom: ['Original Work'], relationship: [], character: ['Mira'], freeform: ['Night Market'] },
  language: 'en', expectedChapters: expected, publishedOn: '', visibility: 'public', seriesTitle: '',
});
const chapterInput = (n: number, words: number): ChapterInput => ({ title: `Part ${n}`, summary: '', notes: '', endNotes: '', body: prose(words, n), format: 'text' });

async function benchAccount(app: App): Promise<Account> {
  const existing = await userByLogin(app.db, BENCH_LOGIN);
  if (existing) return existing;
  const users = Number((await app.db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM users`))?.n ?? 0);
  const input = { login: BENCH_LOGIN, email: 'quire_bench@bench.invalid', password: BENCH_PASSWORD, passwordConfirmation: BENCH_PASSWORD };
  if (users === 0) return setUpSite(app.ctx, { ...input, siteName: 'Quire bench' });
  return app.db.transaction((tx) => createAccount(app.ctx, tx, input, { role: 'user', emailVerified: true }));
}

/** Makes sure the bench reader exists in `databaseUrl` (the eFiction set calls this after its import). */
export async function ensureBenchReader(databaseUrl: string): Promise<void> {
  const app = await openApp(loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' }), { info() {}, error() {} });
  try {
    if (await userByLogin(app.db, BENCH_READER)) return;
    const input = { login: BENCH_READER, email: 'quire_bench_reader@bench.invalid', password: BENCH_PASSWORD, passwordConfirmation: BENCH_PASSWORD };
    await app.db.transaction((tx) => createAccount(app.ctx, tx, input, { role: 'user', emailVerified: true }));
  } finally {
    await app.db.close();
  }
}

async function workTitled(app: App, owner: Account, title: string): Promise<number | undefined> {
  const row = await app.db.get<{ id: number }>(sql`SELECT w.id FROM works w JOIN work_creators c ON c.work_id = w.id
    WHERE c.user_id = ${owner.id} AND w.title = ${title} AND w.deleted_at IS NULL ORDER BY w.id LIMIT 1`);
  return row ? Number(row.id) : undefined;
}

async function tagPages(app: App): Promise<string[]> {
  const top = async (kind: string, limit: number) => (await app.db.all<{ id: number; name: string }>(sql`SELECT t.id, t.name FROM tags t JOIN taggings tg ON tg.tag_id = t.id
    WHERE t.kind = ${kind} GROUP BY t.id, t.name ORDER BY COUNT(*) DESC, t.id LIMIT ${limit}`)).map((r) => ({ id: Number(r.id), name: r.name }));
  const fandoms = await top('fandom', 5);
  const freeforms = await top('freeform', 5);
  return fandoms.map((f) => {
    const q = new URLSearchParams();
    for (const t of freeforms.slice(0, 2)) q.append('include_work_search[freeform_ids][]', String(t.id));
    for (const t of freeforms.slice(2, 5)) q.append('exclude_work_search[freeform_ids][]', String(t.id));
    q.set('work_search[sort_column]', 'kudos_count');
    return `${tagWorksPath(f.name)}?${q}`;
  });
}

/** Opens `databaseUrl`, makes sure the fixture exists, and closes it again (the server opens it afresh). */
export async function prepareFixture(databaseUrl: string): Promise<Fixture> {
  const app = await openApp(loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' }), { info() {}, error() {} });
  try {
    const me = await benchAccount(app);
    let singleId = await workTitled(app, me, 'Bench: One Long Chapter');
    if (singleId === undefined) {
      singleId = (await postWork(app.ctx, me, { work: workInput('Bench: One Long Chapter', 1), chapter: chapterInput(1, 5000), publish: true })).workId;
      for (let i = 0; i < 30; i++) await postComment(app.ctx, me, { workId: singleId, text: `Comment ${i + 1}: ${prose(40, 100 + i)}`, ipHash: 'bench' });
    }
    let multiId = await workTitled(app, me, 'Bench: Three Parts');
    if (multiId === undefined) {
      multiId = (await postWork(app.ctx, me, { work: workInput('Bench: Three Parts', 3), chapter: chapterInput(1, 3000), publish: true })).workId;
      for (const n of [2, 3]) await addChapter(app.ctx, me, multiId, { commit: 'post', publishAt: '', silent: false, chapter: chapterInput(n, 3000) });
    }
    // Several, so no one work grows to thousands of chapters within a run.
    const sandboxIds: number[] = [];
    const stamp = new Date().toISOString();
    for (let i = 0; i < SANDBOXES; i++) sandboxIds.push((await postWork(app.ctx, me, { work: workInput(`Bench sandbox ${stamp} #${i + 1}`, null), chapter: chapterInput(1, 300), publish: true })).workId);
    const sizes = await archiveSizes(app.db, databaseUrl);
    return {
      singleId, multiId, sandboxIds, tagPages: await tagPages(app),
      database: { kind: app.db.dialect === 'postgres' ? 'PostgreSQL' : 'SQLite', works: sizes.rows.works ?? 0, chapters: sizes.rows.chapters ?? 0, bytes: sizes.bytes },
    };
  } finally {
    await app.db.close();
  }
}
