/**
 * `quire bench-data --works N [--seed S] [--db URL|PATH] [--password P] [--chapter-text full|short] [--words-scale X]
 * [--force] [--efiction-dump FILE.sql]`: fills the archive (DATA_DIR / DATABASE_URL, or --db) with a realistic
 * generated archive whose members can log in, then prints its sizes; and/or writes the same archive as an eFiction dump.
 */
import { parseArgs } from 'node:util';
import { openDatabase } from '../storage/db.ts';
import { migrate } from '../storage/migrate.ts';
import { pruneChanges } from '../storage/listing-changes.ts';
import { pauseChangeTriggers } from '../bench-data/pause-triggers.ts';
import { sql } from '../storage/sql.ts';
import { generateArchive } from '../bench-data/generate.ts';
import { progressBar, duration } from '../bench-data/progress.ts';
import { archiveSizes, humanBytes } from '../bench-data/sizes.ts';
import { archiveModel } from '../bench-data/archive-model.ts';
import { writeEfictionDump } from '../bench-data/efiction-dump.ts';
import { statSync } from 'node:fs';
import { loadConfig } from '../config.ts';
import { hashPassword } from '../services/passwords.ts';
import { usageOf, BENCH_PASSWORD } from './usage.ts';
import { databaseLocation } from './database-location.ts';

const BENCH_DATA_HELP = usageOf('bench-data')!;

/** Runs the generator. */
export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: {
    works: { type: 'string' }, seed: { type: 'string', default: '1' }, db: { type: 'string' }, 'efiction-dump': { type: 'string' }, password: { type: 'string', default: BENCH_PASSWORD },
    'chapter-text': { type: 'string', default: 'full' }, 'words-scale': { type: 'string', default: '1' }, force: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  } });
  const works = Number(values.works);
  const seed = Number(values.seed);
  const wordsScale = Number(values['words-scale']);
  const chapterText = values['chapter-text'];
  if (values.help) {
    console.log(BENCH_DATA_HELP);
    return 0;
  }
  const problem = !Number.isInteger(works) || works < 1 ? '--works N is required: a whole number of works, 1 or more'
    : !Number.isInteger(seed) ? '--seed must be a whole number'
    : !(wordsScale > 0) ? '--words-scale must be a number above 0'
    : chapterText !== 'full' && chapterText !== 'short' ? '--chapter-text must be full or short'
    : '';
  if (problem) {
    console.error(`quire bench-data: ${problem}.\n\n${BENCH_DATA_HELP}`);
    return 2;
  }
  const options = { works, seed, wordsScale, chapterText: chapterText === 'short' ? 'short' : 'full' } as const;
  if (values['efiction-dump']) {
    const bar = progressBar(works);
    const dumped = writeEfictionDump(archiveModel(options), values['efiction-dump'], (done) => bar.update(done));
    bar.end();
    console.log(`Wrote ${values['efiction-dump']}: ${dumped.authors.toLocaleString('en')} authors, ${dumped.stories.toLocaleString('en')} stories, ${dumped.chapters.toLocaleString('en')} chapters, ${dumped.reviews.toLocaleString('en')} reviews, ${dumped.favorites.toLocaleString('en')} favorites (${humanBytes(statSync(values['efiction-dump']).size)}).`);
    if (!values.db) return 0;
  }
  const config = loadConfig();
  const url = values.db ?? config.databaseUrl;
  // One hash for every generated member (see the --password help): hashing 25,000 of them would take minutes.
  const passwordHash = await hashPassword(values.password, config.passwordCost);
  const db = await openDatabase(url);
  try {
    await migrate(db);
    const existing = Number((await db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM works`))?.n ?? 0);
    if (existing > 0 && !values.force) {
      console.error(`quire bench-data: ${url} already has ${existing} work(s); use --force to add more anyway.`);
      return 1;
    }
    const bar = progressBar(works);
    const resume = await pauseChangeTriggers(db);
    const summary = await generateArchive(db, { ...options, passwordHash }, (done) => bar.update(done)).finally(resume);
    bar.end();
    // Changes logged before the pause are moot too: nodes load the index fully (see storage/listing-changes.ts).
    await pruneChanges(db, Number.MAX_SAFE_INTEGER);
    console.log(`Generated ${works.toLocaleString('en')} works, ${summary.chapters.toLocaleString('en')} chapters, ${summary.words.toLocaleString('en')} words in ${duration(summary.seconds)} (${Math.round(works / summary.seconds)} works/s).`);
    const sizes = await archiveSizes(db, url);
    for (const [table, n] of Object.entries(sizes.rows)) console.log(`  ${table.padEnd(20)} ${n.toLocaleString('en').padStart(14)} rows`);
    console.log(`  ${db.dialect === 'postgres' ? 'database size' : 'file size'}${' '.repeat(db.dialect === 'postgres' ? 7 : 11)} ${humanBytes(sizes.bytes).padStart(14)}`);
    console.log(`Written to ${databaseLocation(url)}. The generated members (bench_1, bench_2 …) log in with ${values.password === BENCH_PASSWORD ? `the password "${BENCH_PASSWORD}"` : 'the password given by --password'}.`);
    return 0;
  } finally {
    await db.close();
  }
}
