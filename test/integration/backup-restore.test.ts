/**
 * `quire backup` while the archive keeps taking posts, then `quire restore` into a fresh database: every row committed
 * before the backup began comes back, and the restored archive serves its works. Also the refusals: --to a file,
 * --from a missing file, a database that already holds an archive.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engines, type TestDatabase } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { workIdOf } from '../support/chapters.ts';
import { Client } from '../support/client.ts';
import { runQuireOn } from '../support/cli.ts';
import { openApp } from '../../src/boot.ts';
import { loadConfig } from '../../src/config.ts';
import { buildServer } from '../../src/web/server.ts';
import { migrations } from '../../src/storage/migrations/index.ts';
import { sql } from '../../src/storage/sql.ts';
import type { Database } from '../../src/storage/db.ts';

const quire = runQuireOn;

/** Each table the test follows, with a column that shows the row came back as it was. */
const TABLES = {
  users: sql`SELECT id, login AS v FROM users ORDER BY id`,
  works: sql`SELECT id, title AS v FROM works ORDER BY id`,
  chapters: sql`SELECT id, body_source AS v FROM chapters ORDER BY id`,
  comments: sql`SELECT id, body_source AS v FROM comments ORDER BY id`,
} as const;
type Table = keyof typeof TABLES;

async function rowsOf(db: Database, table: Table): Promise<{ id: number; v: string }[]> {
  return (await db.all<{ id: number; v: string }>(TABLES[table])).map((r) => ({ id: Number(r.id), v: r.v }));
}

/**
 * Posts works and comments, and signs up members, one after another until stopped. `reached(n)` resolves once n
 * rounds are committed, so the test can order itself on the writer's progress instead of on time.
 */
function startWriter(archive: TestArchive, author: Client, reader: Client) {
  let stopped = false;
  let rounds = 0;
  const waiting: { n: number; resolve: () => void }[] = [];
  const done = (async () => {
    while (!stopped) {
      const work = await author.post('/works', workForm({ 'work[title]': `Written during backup ${rounds}`, 'chapter[content]': `Round ${rounds} of the writer.\n\nStill snowing.` }));
      assert.equal(work.statusCode, 303, work.body.slice(0, 300));
      const comment = await reader.post(`/works/${workIdOf(work.headers.location)}/comments`, { 'comment[content]': `Comment number ${rounds}: lovely.` });
      assert.equal(comment.statusCode, 303, comment.body.slice(0, 300));
      if (rounds % 3 === 0) await archive.visitor(`198.51.100.${100 + (rounds % 100)}`).register(`writer_member_${rounds}`);
      rounds++;
      for (const w of waiting.filter((w) => rounds >= w.n)) w.resolve();
    }
  })();
  return {
    get rounds() { return rounds; },
    // A writer that fails rejects this too, instead of leaving the test waiting.
    reached: (n: number) => Promise.race([new Promise<void>((resolve) => (rounds >= n ? resolve() : waiting.push({ n, resolve }))), done.then(() => { throw new Error('the writer stopped early'); })]),
    async stop() { stopped = true; await done; },
  };
}

for (const engine of engines()) {
  describe(`quire backup and restore (${engine.name})`, () => {
    let archive: TestArchive;
    let author: Client;
    let reader: Client;
    let dir: string;
    const fresh: TestDatabase[] = [];
    let backupFile: string;
    let committed: Record<Table, { id: number; v: string }[]>;
    let target: TestDatabase;

    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      author = archive.visitor('198.51.100.1');
      await author.register('backup_author');
      reader = archive.visitor('198.51.100.2');
      await reader.register('backup_reader');
      dir = mkdtempSync(join(tmpdir(), 'quire-backups-'));
    });
    after(async () => {
      await archive.close();
      for (const db of fresh) await db.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    async function freshDatabase(): Promise<TestDatabase> {
      const db = await engine.create();
      fresh.push(db);
      return db;
    }

    /** The restored database opened as an archive: its server and how to close it. */
    async function serve(url: string) {
      const app = await openApp(loadConfig({ DATABASE_URL: url, PASSWORD_COST: 'low', BASE_URL: 'http://archive.test' }), { info: () => undefined, error: () => undefined });
      const server = await buildServer(app, { logger: false });
      await server.ready();
      return { app, server, async close() { await server.close(); await app.db.close(); } };
    }

    test('a backup taken while works are posted restores every row committed before it began', async () => {
      const writer = startWriter(archive, author, reader);
      await writer.reached(3);
      // Everything committed now must be in the backup; the writer keeps going while it runs.
      const tables = Object.keys(TABLES) as Table[];
      committed = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await rowsOf(archive.app.db, t)]))) as typeof committed;
      const roundsAtStart = writer.rounds;
      const result = await quire(archive.app.config.databaseUrl, ['backup', '--to', dir]);
      const roundsDuring = writer.rounds - roundsAtStart;
      await writer.stop();
      assert.equal(result.status, 0, result.stderr);
      assert.ok(roundsDuring > 0, 'the writer committed posts while the backup ran');
      for (const t of tables) assert.ok(committed[t].length > 0, `${t} had rows before the backup`);

      const files = readdirSync(dir);
      assert.equal(files.length, 2, files.join(', '));
      const name = files.find((f) => !f.endsWith('.json'))!;
      assert.match(name, new RegExp(`^quire-\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d\\.\\d{3}Z\\.${engine.name === 'sqlite' ? 'sqlite3' : 'pgdump'}$`));
      backupFile = join(dir, name);
      assert.match(result.stdout, new RegExp(`Backed up the ${engine.name === 'sqlite' ? 'SQLite' : 'PostgreSQL'} archive \\(schema version ${migrations.length}\\) to ${backupFile.replace(/[.]/g, '\\.')}`));
      const manifest = JSON.parse(readFileSync(`${backupFile}.json`, 'utf8'));
      const bytes = readFileSync(backupFile);
      assert.deepEqual(manifest, {
        engine: engine.name,
        schemaVersion: migrations.length,
        createdAt: manifest.createdAt,
        file: name,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        size: bytes.length,
      });
      assert.ok(Date.parse(manifest.createdAt) <= Date.now());

      target = await freshDatabase();
      const restored = await quire(target.url, ['restore', '--from', backupFile]);
      assert.equal(restored.status, 0, restored.stderr);
      assert.match(restored.stdout, /matches its manifest/);
      assert.match(restored.stdout, new RegExp(`Schema version ${migrations.length}\\.`));
      if (engine.name === 'sqlite') assert.match(restored.stdout, /no quire serve may be running on it/);

      const node = await serve(target.url);
      try {
        for (const t of tables) {
          const back = new Map((await rowsOf(node.app.db, t)).map((r) => [r.id, r.v]));
          for (const row of committed[t]) assert.equal(back.get(row.id), row.v, `${t} ${row.id} came back`);
        }
        const work = committed.works.at(-1)!;
        const page = await new Client(node.server).get(`/works/${work.id}`);
        assert.equal(page.statusCode, 200);
        assert.ok(page.body.includes(work.v), 'the restored work page shows its title');
        // The restored archive takes new posts after the highest restored ids (sequences came back too).
        const member = new Client(node.server, '198.51.100.50');
        await member.login('backup_author');
        const posted = await member.post('/works', workForm({ 'work[title]': 'Posted after the restore' }));
        assert.equal(posted.statusCode, 303, posted.body.slice(0, 300));
        assert.ok(workIdOf(posted.headers.location) > work.id);
      } finally {
        await node.close();
      }
    });

    test('--to a file, --from a missing file or a file that is no backup: a clear error and nothing written', async () => {
      const file = join(dir, 'not-a-directory');
      writeFileSync(file, 'hello');
      const before = readdirSync(dir).sort();
      const toFile = await quire(archive.app.config.databaseUrl, ['backup', '--to', file]);
      assert.equal(toFile.status, 1);
      assert.equal(toFile.stderr.trim(), `quire backup: --to ${file} is a file, not a directory: give the directory the backups go in.`);
      assert.deepEqual(readdirSync(dir).sort(), before);
      assert.equal(readFileSync(file, 'utf8'), 'hello');

      const noTo = await quire(archive.app.config.databaseUrl, ['backup']);
      assert.equal(noTo.status, 2);
      assert.match(noTo.stderr, /--to DIR is required/);

      const target = await freshDatabase();
      const missing = await quire(target.url, ['restore', '--from', join(dir, 'nowhere.sqlite3')]);
      assert.equal(missing.status, 1);
      assert.equal(missing.stderr.trim(), `quire restore: There is no backup file at ${join(dir, 'nowhere.sqlite3')}.`);
      const junk = await quire(target.url, ['restore', '--from', file]);
      assert.equal(junk.status, 1);
      assert.match(junk.stderr, /is not a Quire backup \(neither a SQLite database nor a pg_dump custom-format file\)/);

      // A backup of the other engine is refused by its first bytes, before anything reads the rest.
      const other = join(dir, 'other-engine.bak');
      writeFileSync(other, engine.name === 'sqlite' ? 'PGDMP\x01\x0e\x00 junk' : 'SQLite format 3\0 junk');
      const mismatch = await quire(target.url, ['restore', '--from', other]);
      assert.equal(mismatch.status, 1);
      const [from, into] = engine.name === 'sqlite' ? ['PostgreSQL', 'SQLite'] : ['SQLite', 'PostgreSQL'];
      assert.equal(mismatch.stderr.trim(), `quire restore: ${other} is a ${from} backup but DATABASE_URL names a ${into} database; restore it into the same engine.`);
      rmSync(other);
    });

    test('a changed backup file is refused against its manifest', async () => {
      const copy = join(dir, 'changed.bak');
      const bytes = readFileSync(backupFile);
      bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1);
      writeFileSync(copy, bytes);
      writeFileSync(`${copy}.json`, readFileSync(`${backupFile}.json`));
      const target = await freshDatabase();
      const r = await quire(target.url, ['restore', '--from', copy]);
      assert.equal(r.status, 1);
      assert.match(r.stderr, /does not match its manifest .* Nothing was restored\./);
      rmSync(copy);
      rmSync(`${copy}.json`);
    });

    test('restore onto a database holding an archive refuses without --force and changes nothing; --force replaces it', async () => {
      const countsOf = async (db: Database) => Object.fromEntries(await Promise.all((Object.keys(TABLES) as Table[]).map(async (t) => [t, (await rowsOf(db, t)).length])));
      const source = await countsOf(archive.app.db);
      const refused = await quire(archive.app.config.databaseUrl, ['restore', '--from', backupFile]);
      assert.equal(refused.status, 1);
      assert.match(refused.stderr, /already holds an archive \(\d+ account\(s\), \d+ work\(s\)\); restoring would replace it\. Nothing was changed\. Pass --force to overwrite it\./);
      assert.deepEqual(await countsOf(archive.app.db), source);

      // The restored archive got a work after the restore: --force puts the backup back over it.
      const node = await serve(target.url);
      const before = await countsOf(node.app.db);
      await node.close();
      const again = await quire(target.url, ['restore', '--from', backupFile]);
      assert.equal(again.status, 1);
      assert.match(again.stderr, /already holds an archive/);
      const forced = await quire(target.url, ['restore', '--from', backupFile, '--force']);
      assert.equal(forced.status, 0, forced.stderr);
      const reopened = await serve(target.url);
      try {
        const after = await countsOf(reopened.app.db);
        assert.equal(after.works, before.works - 1, 'the work posted after the restore is gone');
        assert.equal((await reopened.app.db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM works WHERE title = ${'Posted after the restore'}`))!.n, 0);
      } finally {
        await reopened.close();
      }
    });

    test('backup and restore describe themselves with --help', async () => {
      for (const command of ['backup', 'restore']) {
        const r = await quire(archive.app.config.databaseUrl, [command, '--help']);
        assert.equal(r.status, 0);
        assert.match(r.stdout, new RegExp(`^Usage: quire ${command} --${command === 'backup' ? 'to DIR' : 'from FILE \\[--force\\]'}`));
      }
    });
  });
}
