import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { writeEfictionArchive, ADA_PASSWORD, CP1252_SUMMARY_TEXT, MARY_PASSWORD, type DumpOptions } from '../fixtures/efiction/factory.ts';
import { DECISIONS } from '../../src/actions/import-efiction-report.ts';
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
        assert.deepEqual(imported, { authors: 4, categories: 2, stories: 4, chapters: 9, series: 2, reviews: 4, replies: 3, 'series-reviews': 2, favorites: 2, 'favorite-authors': 2, 'favorite-series': 1, challenges: 2, 'challenge-entries': 3 });
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
        assert.match(body, /Chapter notes one: Ada(?:'|&#39;)s\./);
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
        assert.match(page.body, /All the <i>lanterns<\/i>, Quill(?:'|&#39;)s too\./);
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
          [firstOfCycle, null, '<p>Review of the series “Quill\'s Lantern Cycle”:</p>\nSeries review.', 'Reader_Three', 0],
          [firstOfSparks, null, '<p>Review of the series “Lantern Sparks”:</p>\nSparks!', 'Passerby', 0],
          [firstOfSparks, null, 'Thanks for reading the series.', 'Ada_Quill', 1],
        ]);
      });

      test('re-running imports nothing twice', async () => {
        const again = await runQuire(archive, ['import', 'efiction', '--dump', files.dump, '--stories-dir', files.storiesDir]);
        assert.equal(again.status, 0, again.stderr);
        const second = JSON.parse(readFileSync(join(dir, 'archive.import-report.json'), 'utf8')) as EfictionReport;
        assert.ok(Object.values(second.counts).every((c) => c.imported === 0), JSON.stringify(second.counts));
        assert.equal(second.counts.stories!.existing, 4);
        assert.equal(second.counts.reviews!.existing, 4);
        assert.equal(second.counts.favorites!.existing, 2);
        assert.equal(second.counts['favorite-authors']!.existing, 2);
        assert.equal(second.counts['favorite-series']!.existing, 1);
        assert.equal(second.counts['series-reviews']!.existing, 2);
        assert.equal(second.counts.challenges!.existing, 2);
        assert.equal(second.counts['challenge-entries']!.existing, 3);
        const more = await archive.app.db.get<{ c: number; i: number; se: number }>(sql`SELECT (SELECT COUNT(*) FROM collections) AS c, (SELECT COUNT(*) FROM collection_items) AS i, (SELECT COUNT(*) FROM series) AS se`);
        assert.deepEqual([Number(more!.c), Number(more!.i), Number(more!.se)], [2, 3, 2]);
        const counts = await archive.app.db.get<{ w: number; c: number; b: number; s: number; n: number }>(sql`SELECT (SELECT COUNT(*) FROM works) AS w, (SELECT COUNT(*) FROM comments) AS c, (SELECT COUNT(*) FROM bookmarks) AS b, (SELECT COUNT(*) FROM series_works) AS s, (SELECT COUNT(*) FROM subscriptions) AS n`);
        assert.deepEqual([Number(counts!.w), Number(counts!.c), Number(counts!.b), Number(counts!.s), Number(counts!.n)], [4, 9, 2, 4, 5]);
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

      test('every field reads as eFiction showed it: no backslash of addslashes reaches a page, a review or a summary', async () => {
        const db = archive.app.db;
        const mary = archive.visitor();
        assert.equal((await mary.login('Mary_Kate_Sue', MARY_PASSWORD)).statusCode, 303);
        const series = await archive.visitor().get(`/series/${(await legacyId(db, 'series', 1))!}`);
        assert.match(series.body, /Quill(?:'|&#39;)s Lantern Cycle/);
        assert.match(series.body, /All the <i>lanterns<\/i>, Quill(?:'|&#39;)s too\./);
        const night = await mary.get(`/works/${(await legacyId(db, 'work', 4))!}?view_full_work=true`);
        assert.equal(night.statusCode, 200);
        for (const text of [/Quill(?:'|&#39;)s Night/, /Mary(?:'|&#39;)s (?:"|&quot;)night(?:"|&quot;) story\./, /Mary(?:'|&#39;)s story notes\./, /Mary(?:'|&#39;)s chapter notes\./]) assert.match(night.body, text);
        const lantern = await archive.visitor().get(`/works/${(await legacyId(db, 'work', 1))!}?view_full_work=true&view_adult=true`);
        assert.match(lantern.body, /Chapter notes one: Ada(?:'|&#39;)s\./);
        assert.match(lantern.body, /It(?:'|&#39;)s late\./);
        const stored = await db.all<{ t: string }>(sql`SELECT title AS t FROM works UNION ALL SELECT summary_html FROM works UNION ALL SELECT notes_html FROM chapters UNION ALL SELECT body_source FROM comments UNION ALL SELECT title FROM series`);
        assert.ok(stored.every((r) => !String(r.t ?? '').includes('\\')), 'no backslash stored anywhere');
      });

      test('access is never widened: a chapter awaiting validation is a draft, a pending series entry stays out, a members-only rating is registered-only', async () => {
        const db = archive.app.db;
        const workId = (await legacyId(db, 'work', 4))!;
        const guest = await archive.visitor().get(`/works/${workId}`);
        assert.match(guest.body, /only available to registered users/);
        assert.doesNotMatch(guest.body, /first scene/);
        const work = await db.get<{ visibility: string; chapter_count: number }>(sql`SELECT visibility, chapter_count FROM works WHERE id = ${workId}`);
        assert.deepEqual([work!.visibility, Number(work!.chapter_count)], ['registered', 3]);
        const chapters = await db.all<{ status: string; title: string }>(sql`SELECT status, title FROM chapters WHERE work_id = ${workId} ORDER BY position`);
        assert.deepEqual(chapters.map((c) => [c.title, c.status]), [['Chapter 1', 'posted'], ['Chapter 2', 'posted'], ['Chapter 3', 'posted'], ['Not Yet Validated', 'draft']]);
        await archive.visitor().register('plainreader');
        const member = archive.visitor();
        assert.equal((await member.login('plainreader')).statusCode, 303);
        const full = await member.get(`/works/${workId}?view_full_work=true&view_adult=true`);
        assert.equal(full.statusCode, 200);
        assert.match(full.body, /The end of what was shown\./);
        assert.doesNotMatch(full.body, /Waiting for the admins/);
        const inSeries = await db.all<{ work_id: number }>(sql`SELECT work_id FROM series_works WHERE work_id = ${workId}`);
        assert.deepEqual(inSeries, []);
        assert.deepEqual(report.decisions[DECISIONS.draftChapter], ['story 4 "Quill\'s Night": chapter 9 "Not Yet Validated"']);
        assert.deepEqual(report.decisions[DECISIONS.pendingSeries], ['story 4 "Quill\'s Night" in series 1']);
        assert.deepEqual(report.decisions[DECISIONS.membersOnly], ['story 4 "Quill\'s Night": rated Adult Only']);
        assert.deepEqual(report.decisions[DECISIONS.unmappedRating], ['story 4 "Quill\'s Night": rated "Adult Only"']);
        assert.match(report.warnings.join('\n'), /the rating "Adult Only" has no mapping: 1 story\(ies\) imported as Not Rated/);
      });

      test('pen names are names: shown as the display name, logged in with as typed, and listed with their new login', async () => {
        const userId = (await legacyId(archive.app.db, 'user', 4))!;
        const row = await archive.app.db.get<{ login: string; display_name: string }>(sql`SELECT login, display_name FROM users WHERE id = ${userId}`);
        assert.deepEqual([row!.login, row!.display_name], ['Mary_Kate_Sue', 'Mary-Kate Sue']);
        assert.equal((await archive.visitor().login('Mary-Kate Sue', MARY_PASSWORD)).statusCode, 303, 'the pen name as typed in eFiction');
        assert.equal((await archive.visitor().login('mary-kate sue', MARY_PASSWORD)).statusCode, 303, 'in any case');
        assert.equal((await archive.visitor().login('mary@example.org', MARY_PASSWORD)).statusCode, 303);
        assert.equal((await archive.visitor().login('Mary-Kate Sue', 'wrong password')).statusCode, 200);
        const page = await archive.visitor().get('/users/Mary_Kate_Sue');
        assert.match(page.body, /<h1>Mary-Kate Sue <span class="login">\(Mary_Kate_Sue\)<\/span>/);
        assert.deepEqual(report.decisions[DECISIONS.penName], ['author 1: "Ada Quill" → Ada_Quill', 'author 2: "Bébé Writer" → Bebe_Writer', 'author 3: "Reader Three" → Reader_Three', 'author 4: "Mary-Kate Sue" → Mary_Kate_Sue']);
      });

      test('scene breaks keep the characters the author typed, as separators', async () => {
        const mary = archive.visitor();
        await mary.login('Mary-Kate Sue', MARY_PASSWORD);
        const page = await mary.get(`/works/${(await legacyId(archive.app.db, 'work', 4))!}`);
        const breaks = [...page.body.matchAll(/<p class="scene-break" role="separator">([^<]*)<\/p>/g)].map((m) => m[1]);
        assert.deepEqual(breaks, ['* * *', '~*~*~', 'oOo', '-x-x-x-', '§']);
        assert.doesNotMatch(page.body, /<hr/);
        const second = await mary.get(`/works/${(await legacyId(archive.app.db, 'work', 4))!}?view_full_work=true`);
        assert.match(second.body, /<p>The middle\.<\/p>\s*<p class="scene-break" role="separator">~ ~ ~<\/p>\s*<p>Still the middle\.<\/p>/, 'a break between <br> tags');
      });

      test('the smaller losses: time of day, no "Chapter 3: Chapter 3", story notes on the first chapter only, deleted chapters, cp1252 files, co-authors\' replies', async () => {
        const db = archive.app.db;
        const [w1, w4] = [(await legacyId(db, 'work', 1))!, (await legacyId(db, 'work', 4))!];
        const dates = await db.all<{ published_at: number; updated_at: number }>(sql`SELECT published_at, updated_at FROM works WHERE id IN (${w1}, ${w4}) ORDER BY id`);
        assert.deepEqual(dates.map((d) => [new Date(Number(d.published_at)).toISOString(), new Date(Number(d.updated_at)).toISOString()]), [
          ['2004-03-14T10:00:00.000Z', '2004-05-01T09:00:00.000Z'],
          ['2007-04-05T21:47:13.000Z', '2007-06-01T08:15:42.000Z'],
        ]);
        const mary = archive.visitor();
        await mary.login('Mary-Kate Sue', MARY_PASSWORD);
        const chapters = await db.all<{ id: number }>(sql`SELECT id FROM chapters WHERE work_id = ${w4} ORDER BY position`);
        const third = await mary.get(`/works/${w4}/chapters/${chapters[2]!.id}`);
        assert.match(third.body, /<h3 class="title"><a href="[^"]+">Chapter 3<\/a>/);
        assert.doesNotMatch(third.body, /Chapter 3: Chapter 3/);
        assert.doesNotMatch(third.body, /story notes/, 'work notes are not repeated on later chapters');
        assert.match((await mary.get(`/works/${w4}/chapters/${chapters[0]!.id}`)).body, /Mary(?:'|&#39;)s story notes\./);
        assert.match((await mary.get(`/works/${w4}?view_full_work=true`)).body, /Mary(?:'|&#39;)s story notes\./);
        const orphan = await db.get<{ work_id: number; chapter_id: number | null }>(sql`SELECT work_id, chapter_id FROM comments WHERE id = ${(await legacyId(db, 'review', 6))!}`);
        assert.deepEqual([Number(orphan!.work_id), orphan!.chapter_id], [w4, null]);
        assert.deepEqual(report.decisions[DECISIONS.deletedChapterReview], ['review 6 of story 4 "Quill\'s Night"']);
        assert.deepEqual(report.decisions[DECISIONS.legacyEncoding], ['chapter 4 (file 1/4.txt): windows-1252']);
        const reply = await db.get<{ user_id: number | null; guest_name: string }>(sql`SELECT user_id, guest_name FROM comments WHERE id = ${(await legacyId(db, 'reply', 3))!}`);
        assert.deepEqual([reply!.user_id, reply!.guest_name], [null, 'the author']);
        const thread = await archive.visitor().get(`/works/${(await legacyId(db, 'work', 2))!}/comments?view_adult=true`);
        assert.match(thread.body, /class="heading byline">The author </);
        assert.doesNotMatch(thread.body, /the author \(Guest\)/);
        assert.deepEqual(report.decisions[DECISIONS.coAuthorReply], ['review 3 of story 2 "Second Story"']);
      });

      test('every old link answers 301 to its nearest page', async () => {
        const db = archive.app.db;
        const v = archive.visitor();
        const [w1, s1, ch1, ch2] = [(await legacyId(db, 'work', 1))!, (await legacyId(db, 'series', 1))!, (await legacyId(db, 'chapter', 1))!, (await legacyId(db, 'chapter', 2))!];
        const cases: Array<[string, string]> = [
          ['/modules/challenges/challenges.php?chalid=1', '/collections/Winter_Lanterns'],
          ['/challenges.php?chalid=2', '/collections/Winter_Lanterns_2'],
          ['/challenges.php', '/collections'],
          ['/reviews.php?type=ST&item=1', `/works/${w1}/comments`],
          ['/reviews.php?type=ST&item=1&chapid=1', `/works/${w1}/chapters/${ch1}/comments`],
          ['/reviews.php?type=SE&item=1', `/series/${s1}`],
          ['/viewstory.php?sid=1&index=1', `/works/${w1}/navigate`],
          ['/viewstory.php?action=printable&sid=1&chapter=all', `/works/${w1}/print`],
          ['/viewstory.php?action=printable&sid=1&chapter=2', `/works/${w1}/chapters/${ch2}`],
          ['/series.php?seriesid=1', `/series/${s1}`],
          ['/search.php', '/works/search'],
          ['/search.php?searchtype=penname&searchterm=Mary-Kate', '/works/search?work_search%5Bcreators%5D=Mary-Kate'],
          ['/search.php?searchtype=fulltext&searchterm=lantern+light', '/works/search?work_search%5Bquery%5D=lantern+light'],
          ['/authors.php', '/works/search'],
          ['/titles.php', '/works'],
          ['/categories.php', '/media'],
          ['/browse.php?type=titles', '/works'],
        ];
        for (const [from, to] of cases) {
          const res = await v.get(from);
          assert.deepEqual([res.statusCode, res.headers.location], [301, to], from);
        }
        for (const gone of ['/reviews.php?type=ST&item=99', '/modules/challenges/challenges.php?chalid=99', '/series.php?seriesid=99']) assert.equal((await v.get(gone)).statusCode, 404, gone);
      });

      test('an old MD5 password logs in once and is replaced by argon2id', async () => {
        const userId = (await legacyId(archive.app.db, 'user', 1))!;
        assert.equal((await archive.visitor().login('Ada_Quill', 'wrong password')).statusCode, 200);
        assert.equal((await archive.visitor().login('Ada_Quill', ADA_PASSWORD)).statusCode, 303);
        const row = await archive.app.db.get<{ legacy_md5: string | null; password_hash: string }>(sql`SELECT legacy_md5, password_hash FROM users WHERE id = ${userId}`);
        assert.equal(row!.legacy_md5, null);
        assert.match(row!.password_hash, /^\$argon2id\$/);
        assert.equal((await archive.visitor().login('Ada_Quill', ADA_PASSWORD)).statusCode, 303, 'the new hash works');
        assert.equal((await archive.visitor().login('Reader_Three', '0')).statusCode, 200, 'no known password: no login');
      });

      test('a password set another way (reset, settings) retires the old MD5 too', async () => {
        const userId = (await legacyId(archive.app.db, 'user', 2))!;
        await updatePasswordHash(archive.app.db, userId, await hashPassword('a brand new passphrase', 'low'));
        assert.equal((await archive.visitor().login('Bebe_Writer', 'bebe pass')).statusCode, 200);
        assert.equal((await archive.visitor().login('Bebe_Writer', 'a brand new passphrase')).statusCode, 303);
      });
    });
  }
}
