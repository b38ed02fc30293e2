import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { sql } from '../../src/storage/sql.ts';
import { migrate, schemaVersion, type Migration } from '../../src/storage/migrate.ts';
import { migrations } from '../../src/storage/migrations/index.ts';
import type { Database } from '../../src/storage/db.ts';

for (const engine of engines()) {
  describe(`storage (${engine.name})`, () => {
    let db: Database;
    before(async () => { db = await engine.open(); });
    after(() => db.close());

    test('migrations apply once, in order, and record their versions', async () => {
      const first = await migrate(db);
      assert.deepEqual(first, migrations.map((m) => `${String(m.version).padStart(4, '0')}-${m.name}`));
      assert.deepEqual(await migrate(db), [], 'a second run applies nothing');
      assert.equal(await schemaVersion(db), migrations.length);
    });

    test('a failing migration leaves no trace', async () => {
      const broken: Migration = { version: migrations.length + 1, name: 'broken', up: () => 'CREATE TABLE half_done (id INTEGER); CREATE TABLE oops (' };
      await assert.rejects(migrate(db, [...migrations, broken]));
      assert.equal(await schemaVersion(db), migrations.length);
      await assert.rejects(db.all(sql`SELECT * FROM half_done`), 'the first statement was rolled back too');
    });

    test('gaps in migration numbers are refused', async () => {
      const skipped: Migration = { version: migrations.length + 2, name: 'skipped', up: () => '' };
      await assert.rejects(migrate(db, [...migrations, skipped]), /expected/);
    });

    test('transactions commit together or roll back together', async () => {
      await db.run(sql`INSERT INTO settings (key, value) VALUES (${'a'}, ${'1'})`);
      await assert.rejects(db.transaction(async (tx) => {
        await tx.run(sql`UPDATE settings SET value = ${'2'} WHERE key = ${'a'}`);
        throw new Error('changed my mind');
      }));
      assert.equal((await db.get<{ value: string }>(sql`SELECT value FROM settings WHERE key = ${'a'}`))?.value, '1');
      await db.transaction(async (tx) => {
        await tx.run(sql`UPDATE settings SET value = ${'3'} WHERE key = ${'a'}`);
        await tx.run(sql`INSERT INTO settings (key, value) VALUES (${'b'}, ${'x'})`);
      });
      const rows = await db.all<{ key: string; value: string }>(sql`SELECT key, value FROM settings WHERE key IN (${sql.join(['a', 'b'])}) ORDER BY key`);
      assert.deepEqual(rows.map((r) => [r.key, r.value]), [['a', '3'], ['b', 'x']]);
    });

    test('concurrent transactions do not interleave or lose updates', async () => {
      await db.run(sql`INSERT INTO settings (key, value) VALUES (${'counter'}, ${'0'})`);
      await Promise.all(Array.from({ length: 20 }, () => db.transaction(async (tx) => {
        const row = await tx.get<{ value: string }>(engine.name === 'postgres'
          ? sql`SELECT value FROM settings WHERE key = ${'counter'} FOR UPDATE`
          : sql`SELECT value FROM settings WHERE key = ${'counter'}`);
        await new Promise((r) => setTimeout(r, 1));
        await tx.run(sql`UPDATE settings SET value = ${String(Number(row!.value) + 1)} WHERE key = ${'counter'}`);
      })));
      assert.equal((await db.get<{ value: string }>(sql`SELECT value FROM settings WHERE key = ${'counter'}`))?.value, '20');
    });

    test('booleans, big integers and null round-trip the same on both engines', async () => {
      const now = 1_795_000_000_000;
      await db.run(sql`INSERT INTO users (login, login_key, email, email_key, password_hash, created_at) VALUES (${'rt'}, ${'rt'}, ${'rt@e.org'}, ${'rt@e.org'}, ${'x'}, ${now})`);
      const u = await db.get<{ id: number; created_at: number; email_verified_at: number | null }>(sql`SELECT id, created_at, email_verified_at FROM users WHERE login_key = ${'rt'}`);
      assert.equal(typeof u!.id, 'number');
      assert.equal(u!.created_at, now);
      assert.equal(u!.email_verified_at, null);
      await db.run(sql`INSERT INTO sessions (token_hash, user_id, remember, created_at, expires_at) VALUES (${'h'}, ${u!.id}, ${true}, ${now}, ${now + 1})`);
      const s = await db.get<{ remember: unknown }>(sql`SELECT remember FROM sessions WHERE token_hash = ${'h'}`);
      assert.equal(Boolean(s!.remember), true);
      assert.equal((await db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM sessions WHERE remember = ${true}`))!.n, 1);
    });
  });
}
