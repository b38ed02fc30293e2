/**
 * `quire bench-data --works N [--seed S] [--db URL|PATH] [--chapter-text full|short] [--words-scale X] [--force]
 * [--efiction-dump FILE.sql]`: fills a database with a realistic generated archive for benchmarks, then prints its
 * sizes; and/or writes the same archive as an eFiction dump.
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

export const BENCH_DATA_HELP = `Usage: quire bench-data --works N [--seed S] [--db URL|PATH] [--chapter-text full|short]
                        [--words-scale X] [--force] [--efiction-dump FILE.sql]
  --works N          How many works to generate (required)
  --seed S           Seed of the generator (default 1): the same seed gives the same archive
  --db URL|PATH      SQLite file or postgres:// URL (default ./data/bench.db)
  --chapter-text     full: chapters of ~3,000 words (log-normal); short: ~200 words (default full)
  --words-scale X    Multiplies full chapter lengths (default 1)
  --force            Write even if the database already has works
  --efiction-dump F  Also write the same archive as an eFiction 3.5 MySQL dump to F (for \`quire import
                     efiction --dump F\`); with this option the database is written only if --db is given`;

/** Runs the generator. */
export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: {
    works: { type: 'string' }, seed: { type: 'string', default: '1' }, db: { type: 'string' }, 'efiction-dump': { type: 'string' },
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
  if (!Number.isInteger(works) || works < 1 || !Number.isInteger(seed) || !(wordsScale > 0) || (chapterText !== 'full' && chapterText !== 'short')) {
    console.error(BENCH_DATA_HELP);
    return 2;
  }
  const options = { works, seed, wordsScale, chapterText } as const;
  if (values['efiction-dump']) {
    const bar = progressBar(works);
    const dumped = writeEfictionDump(archiveModel(options), values['efiction-dump'], (done) => bar.update(done));
    bar.end();
    console.log(`Wrote ${values['efiction-dump']}: ${dumped.authors.toLocaleString('en')} authors, ${dumped.stories.toLocaleString('en')} stories, ${dumped.chapters.toLocaleString('en')} chapters, ${dumped.reviews.toLocaleString('en')} reviews, ${dumped.favorites.toLocaleString('en')} favorites (${humanBytes(statSync(values['efiction-dump']).size)}).`);
    if (!values.db) return 0;
  }
  const url = values.db ?? './data/bench.db';
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
    const summary = await generateArchive(db, options, (done) => bar.update(done)).finally(resume);
    bar.end();
    // Changes logged before the pause are moot too: nodes load the index fully (see storage/listing-changes.ts).
    await pruneChanges(db, Number.MAX_SAFE_INTEGER);
    console.log(`Generated ${works.toLocaleString('en')} works, ${summary.chapters.toLocaleString('en')} chapters, ${summary.words.toLocaleString('en')} words in ${duration(summary.seconds)} (${Math.round(works / summary.seconds)} works/s).`);
    const sizes = await archiveSizes(db, url);
    for (const [table, n] of Object.entries(sizes.rows)) console.log(`  ${table.padEnd(20)} ${n.toLocaleString('en').padStart(14)} rows`);
    console.log(`  ${db.dialect === 'postgres' ? 'database size' : 'file size'}${' '.repeat(db.dialect === 'postgres' ? 7 : 11)} ${humanBytes(sizes.bytes).padStart(14)}`);
    return 0;
  } finally {
    await db.close();
  }
}
