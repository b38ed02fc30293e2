import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { writeEfictionArchive, ADA_PASSWORD, CP1252_SUMMARY_TEXT, type DumpOptions } from '../fixtures/efiction/factory.ts';
import { sql } from '../../src/storage/sql.ts';
import { legacyId } from '../../src/storage/legacy-ids.ts';
import { updatePasswordHash } from '../../src/storage/users.ts';
import { hashPassword } from '../../src/services/passwords.ts';
import type { EfictionReport } from '../../src/actions/import-efiction-report.ts';
import { runQuire } from '../support/cli.ts';


const VARIANTS: Array<{ name: string; options: DumpOptions }> = [
  { name: 'eFiction 3.5.5 dump: CREATE TABLE, prefix, datetime dates', options: { dates: 'datetime', prefix: 'ef_' } },
  { name: 'eFiction backup of the 3.5.6+ fork: no CREATE TABLE, Unix dates', options: { dates: 'unix', createTables: false } },
];

for (const engine of engines()) {
  for (const variant of VARIANTS) {
    describe(`quire import efiction: ${variant.name} (${engine.name})`, () => {
      let archive: TestArchive;
      let dir: string;
      let files: { dump: string; storiesDir: string };
      let report: EfictionReport;
      before(async () => {
        archive = await startArchive(engine, { setUp: true });
        dir = mkdtempSync(join(tmpdir(), 'quire-efiction-'));
        files = writeEfictionArchive(dir, variant.options);
        const r = await runQuire(archive, ['import', 'efiction', '--dump', files.dump, '--stories-dir', files.storiesDir]);
        assert.equal(r.status, 0, r.stderr + r.stdout);
        report = JSON.parse(readFileSync(join(dir, 'archive.import-report.json'), 'utf8')) as EfictionReport;
      });
      after(async () => {
        await archive.close();
        rmSync(dir, { recursive: true, force: true });
      });

      test('every story, chapter, review, reply, favorite and series is imported, and the missing file is reported', () => {
        const imported = Object.fromEntries(Object.entries(report.counts).map(([k, c]) => [k, c.imported]));
        assert.deepEqual(imported, { authors: 3, categories: 2, stories: 3, chapters: 5, series: 2, reviews: 3, replies: 3, 'series-reviews': 2, favorites: 2, 'favorite-authors': 2, 'favorite-series': 1, challenges: 2, 'challenge-entries': 3 });
        assert.ok(Object.values(report.counts).every((c) => c.failed === 0), JSON.stringify(report.counts));
        assert.match(report.warnings.join('\n'), /chapter 5: file .*stories\/1\/5\.txt is missing/);
        assert.doesNotMatch(report.warnings.join('\n'), /review.*not imported|summary|challenge \d+: story/);
        assert.match(report.warnings.join('\n'), /challenge 2 "Winter Lanterns": its challenger \(account 99\) is not in the dump; owned by admin/);
      });

      test('the work keeps its text, notes, dates, tags and read count', async () => {
        const workId = (await legacyId(archive.app.db, 'work', 1))!;
        const page = await archive.visitor().get(`/works/${workId}?view_full_work=true&view_adult=true`);
        assert.equal(page.statusCode, 200);
        const body = page.body;
        assert.ok(body.includes(CP1252_SUMMARY_TEXT), 'the cp1252 summary is read as cp1252');
        assert.match(body, /<p>First paragraph of the lantern\.<br ?\/?>\s*Same paragraph, next line\.<\/p>/);
        assert.match(body, /Chapter notes one\./);
        assert.match(body, /End notes one\./);
        assert.match(body, /Story notes for <i>The Lantern<\/i>\./);
        assert.match(body, /It said: “hello”\./);
        assert.match(body, /2004-03-14/);
        assert.match(body, /Hogwarts Era/);
        assert.match(body, /Hermione Granger/);
        assert.match(body, /Teen And Up Audiences/);
        assert.match(body, /Graphic Depictions Of Violence/);
        const hits = await archive.app.db.get<{ hits: number }>(sql`SELECT hits FROM works WHERE id = ${workId}`);
        assert.equal(Number(hits!.hits), 57);
        const disk = await archive.visitor().get(`/works/${(await legacyId(archive.app.db, 'work', 3))!}?view_full_work=true&view_adult=true`);
        assert.match(disk.body, /The disk held “everything”\./);
        assert.match(disk.body, /missing from the eFiction archive/);
      });

      test('every favorite arrives: stories as bookmarks and subscriptions, authors and series as subscriptions', async () => {
        const db = archive.app.db;
        const [reader, bebe, ada, work, series] = [await legacyId(db, 'user', 3), await legacyId(db, 'user', 2), await legacyId(db, 'user', 1), await legacyId(db, 'work', 1), await legacyId(db, 'series', 1)];
        const rows = await db.all<{ user_id: number; kind: string; target_id: number }>(sql`SELECT user_id, kind, target_id FROM subscriptions ORDER BY user_id, kind, target_id`);
        const expected = [[reader, 'series', series], [reader, 'user', ada], [reader, 'work', work], [bebe, 'user', ada], [bebe, 'work', work]]
          .sort((a, b) => Number(a[0]) - Number(b[0]) || String(a[1]).localeCompare(String(b[1])));
        assert.deepEqual(rows.map((r) => [Number(r.user_id), r.kind, Number(r.target_id)]), expected);
        const marks = await db.all<{ user_id: number; work_id: number }>(sql`SELECT user_id, work_id FROM bookmarks ORDER BY user_id`);
        assert.deepEqual(marks.map((m) => [Number(m.user_id), Number(m.work_id)]).sort((a, b) => a[0]! - b[0]!), [[bebe, work], [reader, work]].sort((a, b) => a[0]! - b[0]!));
        assert.doesNotMatch(report.warnings.join('\n'), /favorite/);
      });

      test('co-authors are creators of the work', async () => {
        const workId = (await legacyId(archive.app.db, 'work', 2))!;
        const rows = await archive.app.db.all<{ login: string; status: string }>(sql`SELECT u.login, c.status FROM work_creators c JOIN users u ON u.id = c.user_id WHERE c.work_id = ${workId} ORDER BY c.position`);
        assert.deepEqual(rows.map((r) => [r.login, r.status]), [['Bebe_Writer', 'owner'], ['Ada_Quill', 'accepted']]);
      });

      test('author responses are threaded replies by the story author', async () => {
        const reviewId = (await legacyId(archive.app.db, 'review', 1))!;
        const replyId = (await legacyId(archive.app.db, 'reply', 1))!;
        const rows = await archive.app.db.all<{ id: number; parent_id: number | null; thread_root_id: number; depth: number; body_source: string; login: string | null }>(
          sql`SELECT c.id, c.parent_id, c.thread_root_id, c.depth, c.body_source, u.login FROM comments c LEFT JOIN users u ON u.id = c.user_id WHERE c.id IN (${reviewId}, ${replyId}) ORDER BY c.id`);
        assert.deepEqual(rows.map((r) => [r.body_source, r.login, r.parent_id === null ? null : Number(r.parent_id), Number(r.thread_root_id), Number(r.depth)]), [
          ['Loved it!', 'Reader_Three', null, Number(reviewId), 0],
          ['Thank you, Reader!', 'Ada_Quill', Number(reviewId), Number(reviewId), 1],
        ]);
      });

      test('challenges are open collections of the stories that answered them', async () => {
        const db = archive.app.db;
        const rows = await db.all<{ id: number; name: string; title: string; description_html: string; login: string; open: boolean | number; moderated: boolean | number }>(
          sql`SELECT c.id, c.name, c.title, c.description_html, u.login, c.open, c.moderated FROM collections c JOIN users u ON u.id = c.owner_id ORDER BY c.id`);
        assert.deepEqual(rows.map((r) => [r.name, r.title, r.login, Boolean(r.open), Boolean(r.moderated)]), [
          ['Winter_Lanterns', 'Winter Lanterns', 'Ada_Quill', true, false],
          ['Winter_Lanterns_2', 'Winter Lanterns', 'admin', true, false],
        ]);
        assert.equal(Number(rows[0]!.id), await legacyId(db, 'challenge', 1));
        assert.match(rows[0]!.description_html, /Write about <b>lanterns<\/b> in winter\./);
        assert.doesNotMatch(rows[0]!.description_html, /steal|script/);
        assert.match(rows[0]!.description_html, /Fandom: Harry Potter\. Characters: Harry Potter, Hermione Granger\./);
        const [w1, w2] = [await legacyId(db, 'work', 1), await legacyId(db, 'work', 2)];
        const listing = await archive.visitor().get('/collections/Winter_Lanterns/works');
        assert.equal(listing.statusCode, 200);
        assert.match(listing.body, /2 Works in Winter Lanterns/);
        assert.match(listing.body, new RegExp(`id="work_${w1}"[\\s\\S]*id="work_${w2}"|id="work_${w2}"[\\s\\S]*id="work_${w1}"`));
        const work = await archive.visitor().get(`/works/${w2}?view_adult=true`);
        assert.match(work.body, /<dd class="collections"><a href="\/collections\/Winter_Lanterns">Winter Lanterns<\/a>, <a href="\/collections\/Winter_Lanterns_2">Winter Lanterns<\/a><\/dd>/);
        const old = await archive.visitor().get('/viewchallenge.php?chalid=2');
        assert.equal(old.statusCode, 301);
        assert.equal(old.headers.location, '/collections/Winter_Lanterns_2');
        assert.equal((await archive.visitor().get('/viewchallenge.php?chalid=9')).statusCode, 404);
      });

      test('series keep their summary, and a sub-series is placed in its parent while staying a series', async () => {
        const db = archive.app.db;
        const [s1, s2] = [(await legacyId(db, 'series', 1))!, (await legacyId(db, 'series', 2))!];
        const [w1, w2, w3] = [await legacyId(db, 'work', 1), await legacyId(db, 'work', 2), await legacyId(db, 'work', 3)];
        const order = async (id: number) => (await db.all<{ work_id: number }>(sql`SELECT work_id FROM series_works WHERE series_id = ${id} ORDER BY position`)).map((r) => Number(r.work_id));
        assert.deepEqual(await order(s1), [w3, w2, w1]);
        assert.deepEqual(await order(s2), [w2]);
        const page = await archive.visitor().get(`/series/${s1}`);
        assert.match(page.body, /All the <i>lanterns<\/i>\./);
        assert.doesNotMatch(page.body, /steal\(\)/);
      });

      test('series reviews are comments on the series’ first work, answered by the series’ owner', async () => {
        const db = archive.app.db;
        const firstOfCycle = (await legacyId(db, 'work', 3))!;
        const firstOfSparks = (await legacyId(db, 'work', 2))!;
        const rows = await db.all<{ work_id: number; chapter_id: number | null; body_source: string; login: string | null; guest_name: string; depth: number }>(
          sql`SELECT c.work_id, c.chapter_id, c.body_source, u.login, c.guest_name, c.depth FROM comments c LEFT JOIN users u ON u.id = c.user_id
              WHERE c.id IN (${(await legacyId(db, 'review', 4))!}, ${(await legacyId(db, 'review', 5))!}, ${(await legacyId(db, 'reply', 5))!}) ORDER BY c.id`);
        assert.deepEqual(rows.map((r) => [Number(r.work_id), r.chapter_id, r.body_source, r.login ?? r.guest_name, Number(r.depth)]), [
          [firstOfCycle, null, '<p>Review of the series “Lantern Cycle”:</p>\nSeries review.', 'Reader_Three', 0],
          [firstOfSparks, null, '<p>Review of the series “Lantern Sparks”:</p>\nSparks!', 'Passerby', 0],
          [firstOfSparks, null, 'Thanks for reading the series.', 'Ada_Quill', 1],
        ]);
      });

      test('re-running imports nothing twice', async () => {
        const again = await runQuire(archive, ['import', 'efiction', '--dump', files.dump, '--stories-dir', files.storiesDir]);
        assert.equal(again.status, 0, again.stderr);
        const second = JSON.parse(readFileSync(join(dir, 'archive.import-report.json'), 'utf8')) as EfictionReport;
        assert.ok(Object.values(second.counts).every((c) => c.imported === 0), JSON.stringify(second.counts));
        assert.equal(second.counts.stories!.existing, 3);
        assert.equal(second.counts.reviews!.existing, 3);
        assert.equal(second.counts.favorites!.existing, 2);
        assert.equal(second.counts['favorite-authors']!.existing, 2);
        assert.equal(second.counts['favorite-series']!.existing, 1);
        assert.equal(second.counts['series-reviews']!.existing, 2);
        assert.equal(second.counts.challenges!.existing, 2);
        assert.equal(second.counts['challenge-entries']!.existing, 3);
        const more = await archive.app.db.get<{ c: number; i: number; se: number }>(sql`SELECT (SELECT COUNT(*) FROM collections) AS c, (SELECT COUNT(*) FROM collection_items) AS i, (SELECT COUNT(*) FROM series) AS se`);
        assert.deepEqual([Number(more!.c), Number(more!.i), Number(more!.se)], [2, 3, 2]);
        const counts = await archive.app.db.get<{ w: number; c: number; b: number; s: number; n: number }>(sql`SELECT (SELECT COUNT(*) FROM works) AS w, (SELECT COUNT(*) FROM comments) AS c, (SELECT COUNT(*) FROM bookmarks) AS b, (SELECT COUNT(*) FROM series_works) AS s, (SELECT COUNT(*) FROM subscriptions) AS n`);
        assert.deepEqual([Number(counts!.w), Number(counts!.c), Number(counts!.b), Number(counts!.s), Number(counts!.n)], [3, 8, 2, 4, 5]);
      });

      test('old links redirect permanently', async () => {
        const v = archive.visitor();
        const workId = (await legacyId(archive.app.db, 'work', 1))!;
        const story = await v.get('/viewstory.php?sid=1');
        assert.equal(story.statusCode, 301);
        assert.equal(story.headers.location, `/works/${workId}`);
        const chapter = await v.get('/viewstory.php?sid=1&chapter=2');
        assert.equal(chapter.headers.location, `/works/${workId}/chapters/${(await legacyId(archive.app.db, 'chapter', 2))!}`);
        assert.equal((await v.get('/viewuser.php?uid=1')).headers.location, '/users/Ada_Quill');
        const browse = await v.get('/browse.php?type=categories&catid=2');
        assert.equal(browse.statusCode, 301);
        assert.match(String(browse.headers.location), /^\/tags\/Hogwarts(%20| )Era$/);
        assert.equal((await v.get('/viewstory.php?sid=999')).statusCode, 404);
        assert.equal((await v.get('/viewseries.php?seriesid=1')).headers.location, `/series/${(await legacyId(archive.app.db, 'series', 1))!}`);
      });

      test('an old MD5 password logs in once and is replaced by argon2id', async () => {
        const userId = (await legacyId(archive.app.db, 'user', 1))!;
        assert.equal((await archive.visitor().login('Ada_Quill', 'wrong password')).statusCode, 422);
        assert.equal((await archive.visitor().login('Ada_Quill', ADA_PASSWORD)).statusCode, 303);
        const row = await archive.app.db.get<{ legacy_md5: string | null; password_hash: string }>(sql`SELECT legacy_md5, password_hash FROM users WHERE id = ${userId}`);
        assert.equal(row!.legacy_md5, null);
        assert.match(row!.password_hash, /^\$argon2id\$/);
        assert.equal((await archive.visitor().login('Ada_Quill', ADA_PASSWORD)).statusCode, 303, 'the new hash works');
        assert.equal((await archive.visitor().login('Reader_Three', '0')).statusCode, 422, 'no known password: no login');
      });

      test('a password set another way (reset, settings) retires the old MD5 too', async () => {
        const userId = (await legacyId(archive.app.db, 'user', 2))!;
        await updatePasswordHash(archive.app.db, userId, await hashPassword('a brand new passphrase', 'low'));
        assert.equal((await archive.visitor().login('Bebe_Writer', 'bebe pass')).statusCode, 422);
        assert.equal((await archive.visitor().login('Bebe_Writer', 'a brand new passphrase')).statusCode, 303);
      });
    });
  }
}
