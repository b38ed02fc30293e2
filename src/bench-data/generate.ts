/** Writes a generated archive into an open, migrated database, batch by batch, each batch one transaction. */
import type { Database } from '../storage/db.ts';
import { archiveModel, type ModelOptions } from './archive-model.ts';
import { batchRows, type BatchRows, WORK_COLUMNS, CREATOR_COLUMNS, CHAPTER_COLUMNS, TAGGING_COLUMNS, COMMENT_COLUMNS, BOOKMARK_COLUMNS } from './batch-rows.ts';
import { insertRows, nextIds, seedUsersAndTags } from './bulk.ts';
import { sqliteBulk, type BulkEngine } from './write-sqlite.ts';
import { postgresBulk } from './write-postgres.ts';

/** What was written. */
export interface GenerateSummary {
  works: number;
  chapters: number;
  words: number;
  seconds: number;
}

function writeBatch(db: Database, engine: BulkEngine, rows: BatchRows): Promise<void> {
  return db.transaction(async (tx) => {
    await insertRows(tx, 'works', WORK_COLUMNS, rows.works);
    await insertRows(tx, 'work_creators', CREATOR_COLUMNS, rows.creators);
    await insertRows(tx, 'chapters', CHAPTER_COLUMNS, rows.chapters);
    await insertRows(tx, 'taggings', TAGGING_COLUMNS, rows.taggings);
    await insertRows(tx, 'comments', COMMENT_COLUMNS, rows.comments);
    await insertRows(tx, 'bookmarks', BOOKMARK_COLUMNS, rows.bookmarks);
    await engine.writeSearch(tx, rows.search);
  });
}

/** Works per transaction. */
export const BATCH_SIZE = 1000;

/** What to generate; `passwordHash` is given to every generated member (by default none can log in). */
export type GenerateOptions = ModelOptions & { passwordHash?: string };

/** Generates `options.works` works into `db`; `progress(done)` is called after each batch. */
export async function generateArchive(db: Database, options: GenerateOptions, progress: (done: number) => void = () => undefined): Promise<GenerateSummary> {
  const started = performance.now();
  const engine = db.dialect === 'postgres' ? postgresBulk : sqliteBulk;
  const restore = await engine.begin(db);
  let written: { chapters: number; words: number };
  try {
    written = await writeWorks(db, engine, options, progress);
  } catch (error) {
    await restore().catch(() => undefined); // the first failure is the one to report
    throw error;
  }
  await restore();
  await engine.finish(db);
  return { works: options.works, ...written, seconds: (performance.now() - started) / 1000 };
}

async function writeWorks(db: Database, engine: BulkEngine, options: GenerateOptions, progress: (done: number) => void): Promise<{ chapters: number; words: number }> {
  const model = archiveModel(options);
  const ids = await db.transaction((tx) => seedUsersAndTags(tx, model, options.passwordHash));
  const cursor = await nextIds(db);
  let chapters = 0;
  let words = 0;
  let done = 0;
  // PostgreSQL does the heavy part (tsvectors, indexes) in its own process: two batches in flight on two
  // connections keep both cores busy. Ids are assigned up front, so concurrent batches never collide.
  const concurrency = db.dialect === 'postgres' ? 2 : 1;
  const inFlight: Promise<void>[] = [];
  for (let from = 0; from < options.works; from += BATCH_SIZE) {
    const to = Math.min(options.works, from + BATCH_SIZE);
    const rows = batchRows(model, ids, cursor, from, to);
    chapters += rows.chapters.length;
    words += rows.words;
    const written = writeBatch(db, engine, rows).then(() => progress((done += to - from)));
    written.catch(() => undefined); // observed by the await below; this only keeps a failure from counting as unhandled meanwhile
    inFlight.push(written);
    if (inFlight.length >= concurrency) await inFlight.shift();
  }
  await Promise.all(inFlight);
  return { chapters, words };
}
