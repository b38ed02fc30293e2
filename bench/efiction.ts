/**
 * The eFiction scenario set (`npm run bench -- --efiction`): a 1,000-story eFiction 3.5 archive written as a MySQL dump
 * by `quire bench-data --efiction-dump`, brought into a fresh archive with `quire admin create` and `quire import
 * efiction` as an archive owner would (the real commands, in their own processes), then the pages eFiction's readers
 * use most: a story, its category's listing (the fandom's tag page, 20 blurbs), a one-word search and the front page.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { openDatabase } from '../src/storage/db.ts';
import { sql } from '../src/storage/sql.ts';
import { archiveSizes } from '../src/bench-data/sizes.ts';
import { tagWorksPath } from '../src/web/urls.ts';
import type { Scenario } from './scenarios.ts';
import { WORDS } from './scenarios.ts';
import type { Fixture } from './fixtures.ts';

const STORIES = 1000;

/** The administrator created before the import (the signed-in scenarios read as the bench reader, bench/fixtures.ts). */
export const EFICTION_MEMBER = { login: 'archivist', password: 'a long bench passphrase' };

/** Runs `quire args…` on `databaseUrl`, with `input` on its standard input; throws with its output when it fails. */
function quire(databaseUrl: string, args: string[], input = ''): Promise<void> {
  const child = spawn(process.execPath, ['src/cli/main.ts', ...args], { env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' } });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  child.stdin.end(input);
  return new Promise((resolve, reject) => child.on('close', (status) => (status === 0 ? resolve() : reject(new Error(`quire ${args.join(' ')} exited ${status}:\n${output.slice(-2000)}`)))));
}

/** What the eFiction scenarios request on the imported archive. */
export interface EfictionFixture {
  fixture: Fixture;
  storyId: number;
  categoryPath: string;
}

/**
 * Writes the dump to `scratch` and imports it into `databaseUrl` (a fresh SQLite path, or an empty PostgreSQL
 * database), then picks the story (the median-length one-chapter story rated for everyone) and the largest category.
 */
export async function prepareEfiction(scratch: string, databaseUrl: string): Promise<EfictionFixture> {
  const dump = join(scratch, 'efiction.sql');
  await quire(databaseUrl, ['bench-data', '--works', String(STORIES), '--efiction-dump', dump]);
  await quire(databaseUrl, ['admin', 'create', '--username', EFICTION_MEMBER.login, '--email', 'archivist@example.org'], `${EFICTION_MEMBER.password}\n`);
  await quire(databaseUrl, ['import', 'efiction', '--dump', dump, '--report', join(scratch, 'efiction-report.json')]);
  const db = await openDatabase(databaseUrl);
  try {
    // Rated for everyone: an adult story's first answer is the content gate, not the story.
    const readable = sql`SELECT w.id, w.word_count FROM works w JOIN taggings tg ON tg.work_id = w.id JOIN tags t ON t.id = tg.tag_id
      WHERE w.chapter_count = 1 AND w.visibility = 'public' AND w.deleted_at IS NULL AND t.kind = 'rating' AND t.name IN ('General Audiences', 'Teen And Up Audiences')`;
    const story = await db.get<{ id: number }>(sql`SELECT id FROM (${readable}) r ORDER BY word_count, id
      LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM (${readable}) c)`);
    const category = await db.get<{ name: string }>(sql`SELECT t.name FROM tags t JOIN taggings tg ON tg.tag_id = t.id
      WHERE t.kind = 'fandom' GROUP BY t.id, t.name ORDER BY COUNT(*) DESC, t.id LIMIT 1`);
    if (!story || !category) throw new Error('the imported eFiction archive has no public one-chapter story rated for everyone, or no category');
    const sizes = await archiveSizes(db, databaseUrl);
    return {
      storyId: Number(story.id),
      categoryPath: tagWorksPath(category.name),
      fixture: {
        singleId: Number(story.id), multiId: Number(story.id), sandboxIds: [], tagPages: [],
        database: { kind: db.dialect === 'postgres' ? 'PostgreSQL' : 'SQLite', works: sizes.rows.works ?? 0, chapters: sizes.rows.chapters ?? 0, bytes: sizes.bytes },
      },
    };
  } finally {
    await db.close();
  }
}

/** The eFiction scenarios' keys, for --only. */
export const EFICTION_KEYS = ['ef-story', 'ef-category', 'ef-search', 'ef-front', 'member-ef-story', 'member-ef-category', 'nginx'];

/** The pages of the eFiction set: as guests (from the page cache once seen) and, for the story and category, signed in. */
export function efictionScenarios(f: EfictionFixture): Scenario[] {
  return [
    { key: 'ef-story', name: 'eFiction: a story (guest)', expect: 2, post: false, next: () => ({ path: `/works/${f.storyId}` }) },
    { key: 'ef-category', name: 'eFiction: the largest category\'s listing (guest)', expect: 2, post: false, next: () => ({ path: f.categoryPath }) },
    { key: 'ef-search', name: 'eFiction: one-word search (guest)', expect: 2, post: false, next: (n) => ({ path: `/works/search?${new URLSearchParams({ 'work_search[query]': WORDS[n % WORDS.length]! })}` }) },
    { key: 'ef-front', name: 'eFiction: front page (guest)', expect: 2, post: false, next: () => ({ path: '/' }) },
    { key: 'member-ef-story', name: 'eFiction: a story, signed in', expect: 2, post: false, member: true, next: () => ({ path: `/works/${f.storyId}` }) },
    { key: 'member-ef-category', name: 'eFiction: the largest category\'s listing, signed in', expect: 2, post: false, member: true, next: () => ({ path: f.categoryPath }) },
  ];
}
