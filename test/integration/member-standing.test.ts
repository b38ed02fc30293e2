/**
 * A member's account and standing choices (anything blocked, the default filter, reading preferences, the reading
 * history setting, the unread inbox count) come with their session in its one query, on both databases: each member's own, none for a member who
 * chose nothing, nothing for an expired session. A form changes them and the next page shows the change. A work
 * page's own reads (the member's marks on the work, their pseuds) come in the same query, equal to their reads alone.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { sql } from '../../src/storage/sql.ts';
import { insertSession } from '../../src/storage/sessions.ts';
import { liveSessionWithStanding, SESSION_USER_ID } from '../../src/storage/member-standing.ts';
import { workMarksColumns, workMarksFrom, workMarksOf, type WorkMarksRow } from '../../src/storage/member-work-marks.ts';
import { insertPseud, pseudsColumn, pseudsFromColumn, pseudsOf } from '../../src/storage/pseuds.ts';
import { putSubscription } from '../../src/storage/subscriptions.ts';
import { putBookmark } from '../../src/storage/bookmarks.ts';
import { putMark } from '../../src/storage/readings.ts';
import { userById } from '../../src/storage/users.ts';
import { addInboxNotice, unreadInboxCount } from '../../src/storage/inbox.ts';
import { addBlock } from '../../src/storage/blocklist.ts';
import { saveFilter, savedFiltersOf, setDefaultFilter } from '../../src/storage/saved-filters.ts';
import { putPreferencesJson } from '../../src/storage/preferences.ts';
import { putHistoryEnabled } from '../../src/storage/readings.ts';
import { workForm } from '../support/works.ts';

for (const engine of engines()) {
  describe(`a member's standing choices come with the session (${engine.name})`, () => {
    let archive: TestArchive;
    const idOf = async (login: string) => Number((await archive.app.db.get<{ id: number }>(sql`SELECT id FROM users WHERE login = ${login}`))!.id);

    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      await archive.visitor('198.51.100.30').register('chooser');
      const plain = archive.visitor('198.51.100.31');
      await plain.register('plain');
      assert.equal((await plain.post('/works', workForm({ 'work[title]': 'Shared Pen' }))).statusCode, 303);
    });
    after(() => archive?.close());

    test('each member\'s own choices, none for a member who chose nothing, nothing for an expired session', async () => {
      const db = archive.app.db;
      const [chooser, plain, admin] = [await idOf('chooser'), await idOf('plain'), await idOf('admin')];
      const now = Date.now();
      await insertSession(db, { tokenHash: 'chooser-hash', userId: chooser, remember: false, now, expiresAt: now + 60_000, ipHash: '' });
      await insertSession(db, { tokenHash: 'plain-hash', userId: plain, remember: true, now, expiresAt: now + 60_000, ipHash: '' });
      await insertSession(db, { tokenHash: 'gone-hash', userId: chooser, remember: false, now: now - 120_000, expiresAt: now - 60_000, ipHash: '' });
      const none = { blocking: false, defaultFilter: '', preferencesJson: undefined, historyEnabled: true, inboxUnread: 0 };
      const first = await liveSessionWithStanding(db, 'chooser-hash', now);
      assert.deepEqual(first?.standing, none);
      assert.deepEqual(first?.account, await userById(db, chooser), 'the account as read on its own');
      assert.equal(first?.account.login, 'chooser');

      await addBlock(db, chooser, 'user', admin);
      await saveFilter(db, chooser, 'Finished', 'work_search[complete]=T', now);
      await saveFilter(db, chooser, 'Other', 'work_search[language_id]=fr', now);
      await setDefaultFilter(db, chooser, (await savedFiltersOf(db, chooser)).find((f) => f.name === 'Finished')!.id);
      await putPreferencesJson(db, chooser, '{"width":"half"}', now);
      await putHistoryEnabled(db, chooser, false, now);

      const workId = Number((await db.get<{ id: number }>(sql`SELECT id FROM works WHERE title = 'Shared Pen'`))!.id);
      await addInboxNotice(db, { userId: chooser, kind: 'invitation', workId, chapterId: null, actorId: plain, now });
      await db.run(sql`INSERT INTO work_creators (work_id, user_id, position, status) VALUES (${workId}, ${chooser}, 2, 'invited')`);

      const { account, row: _row, ...chosen } = (await liveSessionWithStanding(db, 'chooser-hash', now))!;
      assert.equal(account.id, chooser);
      assert.deepEqual(chosen, {
        userId: chooser, remember: false, expiresAt: now + 60_000,
        standing: { blocking: true, defaultFilter: 'work_search[complete]=T', preferencesJson: '{"width":"half"}', historyEnabled: false, inboxUnread: 1 },
      });
      assert.equal(await unreadInboxCount(db, chooser), 1, 'the same count as the inbox page\'s own query');
      const { account: plainAccount, row: _plainRow, ...plainSession } = (await liveSessionWithStanding(db, 'plain-hash', now))!;
      assert.equal(plainAccount.login, 'plain');
      assert.deepEqual(plainSession, { userId: plain, remember: true, expiresAt: now + 60_000, standing: none });
      assert.equal(await liveSessionWithStanding(db, 'gone-hash', now), undefined);
      assert.equal(await liveSessionWithStanding(db, 'no-such-hash', now), undefined);
    });

    test('a work page\'s marks and pseuds read with the session equal their own reads', async () => {
      const db = archive.app.db;
      const [chooser, plain] = [await idOf('chooser'), await idOf('plain')];
      const workId = Number((await db.get<{ id: number }>(sql`SELECT id FROM works WHERE title = 'Shared Pen'`))!.id);
      const now = Date.now();
      await insertSession(db, { tokenHash: 'marks-hash', userId: chooser, remember: false, now, expiresAt: now + 60_000, ipHash: '' });
      await insertSession(db, { tokenHash: 'plain-marks-hash', userId: plain, remember: false, now, expiresAt: now + 60_000, ipHash: '' });
      const alongside = sql`${workMarksColumns(SESSION_USER_ID, workId)}, ${pseudsColumn(db.dialect, SESSION_USER_ID)}`;
      const readTogether = async (hash: string) => {
        const session = (await liveSessionWithStanding(db, hash, now, alongside))!;
        return { marks: workMarksFrom(session.row as unknown as WorkMarksRow, session.standing.historyEnabled), pseuds: pseudsFromColumn(session.row.pseuds_json) };
      };
      const readAlone = async (userId: number) => ({ marks: await workMarksOf(db, userId, workId), pseuds: await pseudsOf(db, userId) });

      assert.deepEqual(await readTogether('marks-hash'), await readAlone(chooser), 'nothing marked yet');
      assert.equal((await readTogether('marks-hash')).marks.subscriptionId, undefined);
      await insertPseud(db, chooser, { name: 'Zebra Pen', iconAlt: '', description: 'the <last> "one"' }, now);
      await insertPseud(db, chooser, { name: 'aardvark', iconAlt: 'an icon', description: '' }, now);
      await putSubscription(db, chooser, 'work', workId, now);
      await putBookmark(db, { userId: chooser, target: { kind: 'work', id: workId }, notesHtml: '', tagString: '', private: false, rec: false }, now);
      await putMark(db, chooser, workId, true, now);
      const together = await readTogether('marks-hash');
      assert.deepEqual(together, await readAlone(chooser), 'every mark and pseud, in the same order');
      assert.deepEqual(together.pseuds.map((p) => p.name), ['chooser', 'aardvark', 'Zebra Pen'], 'the default first, then by name');
      assert.ok(together.marks.subscriptionId && together.marks.bookmarkId && together.marks.toRead);
      assert.deepEqual(await readTogether('plain-marks-hash'), await readAlone(plain), 'another member\'s own');
    });

    test('a form that changes them shows on the next page', async () => {
      const writer = archive.visitor('198.51.100.32');
      await writer.register('wip_writer');
      assert.equal((await writer.post('/works', workForm({ 'work[title]': 'Unfinished Tale', 'work[wip_length]': '3' }))).statusCode, 303);
      const reader = archive.visitor('198.51.100.33');
      await reader.register('finisher');
      assert.match((await reader.get('/works')).body, /Unfinished Tale/);
      assert.equal((await reader.post('/settings/filters', { 'filter[name]': 'Done', 'filter[query]': 'work_search[complete]=T' })).statusCode, 303);
      const id = (await savedFiltersOf(archive.app.db, await idOf('finisher')))[0]!.id;
      assert.equal((await reader.post(`/settings/filters/${id}/default`, {})).statusCode, 303);
      assert.doesNotMatch((await reader.get('/works')).body, /Unfinished Tale/, 'the default filter applies from the next page');
      assert.match((await reader.get('/works?page=1')).body, /Unfinished Tale/, 'the show-all link');
      assert.match((await reader.get('/works')).body, /<html[^>]* data-width="full"/);
      assert.equal((await reader.post('/settings/reading', { width: 'half' })).statusCode, 303);
      assert.match((await reader.get('/works')).body, /<html[^>]* data-width="half"/, 'the reading preferences apply from the next page');
      assert.equal((await reader.post(`/settings/filters/${id}/undefault`, {})).statusCode, 303);
      assert.match((await reader.get('/works')).body, /Unfinished Tale/, 'no default filter from the next page');

      const workId = Number((await archive.app.db.get<{ id: number }>(sql`SELECT id FROM works WHERE title = 'Unfinished Tale'`))!.id);
      const badge = /<span class="user-name">wip_writer<\/span> <span class="badge">(\d+)/;
      assert.doesNotMatch((await writer.get('/works')).body, badge, 'nothing unread yet');
      assert.equal((await reader.post(`/works/${workId}/comments`, { 'comment[content]': 'Waiting for chapter two.' })).statusCode, 303);
      assert.equal(badge.exec((await writer.get('/works')).body)?.[1], '1', 'a comment on their work shows in the header from the next page');
    });
  });
}
