/**
 * Reads kept for a member until their data changes (unchanged-reads.ts, migration 35): node A keeps a member's
 * session read (account, standing, unread inbox, and a work page's marks and pseuds read with it) while nothing it
 * read has changed. Each case changes one table through node B's connection pool, as another node would, waits until
 * node A has heard everything committed so far, and reads again on A: the change must show. On PostgreSQL that is the
 * table's notification (drop its trigger and the case fails with the kept read); on SQLite the data version.
 * Node A's own writes show at once, with no notification awaited; while A is not listening nothing is kept.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { engines } from '../support/databases.ts';
import { startArchive, startSecondNode, type TestArchive, type SecondNode } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { workIdOf } from '../support/chapters.ts';
import { Client } from '../support/client.ts';
import { parse } from 'node-html-parser';
import { sql, type Sql } from '../../src/storage/sql.ts';
import type { Queryable } from '../../src/storage/db.ts';
import { insertSession } from '../../src/storage/sessions.ts';
import { liveSessionWithStanding, SESSION_USER_ID, type LiveSession } from '../../src/storage/member-standing.ts';
import { workMarksColumns, workMarksFrom, type WorkMarksRow } from '../../src/storage/member-work-marks.ts';
import { pseudsColumn, pseudsFromColumn } from '../../src/storage/pseuds.ts';
import { mayWrite } from '../../src/storage/postgres.ts';


for (const engine of engines()) {
  describe(`reads kept for a member until their data changes (${engine.name})`, () => {
    const postgres = engine.name === 'postgres';
    let archive: TestArchive;
    let nodeB: SecondNode;
    let memberId = 0;
    let authorId = 0;
    let workId = 0;
    let chapterId = 0;
    let commentId = 0;
    let alongside: Sql;
    let secondWork = 0;
    let memberOnA: Client;
    const token = 'kept-member-token';
    const now = Date.now();
    let clock = now;

    /** The member's session as node A reads it, with the work page's columns. */
    const read = () => liveSessionWithStanding(archive.app.db, token, ++clock, alongside);
    /** Node B's connection pool: a change through it is another node's. */
    const other = (): Queryable => nodeB.app.db;
    /** Until node A has heard of everything committed before now (PostgreSQL: a marker back on the channel; SQLite: the next turn). */
    const heard = async () => {
      await archive.app.ctx.revisions.settled();
      await nextTurn();
    };
    const marks = (session: LiveSession | undefined) => workMarksFrom(session!.row as unknown as WorkMarksRow, session!.standing.historyEnabled);
    const pseudNames = (session: LiveSession | undefined) => pseudsFromColumn(session!.row.pseuds_json).map((p) => p.name);

    /** Reads twice (the second answer must be the kept one), lets `change` run on node B, then reads once more. */
    async function afterOtherNode(change: (db: Queryable) => Promise<unknown>): Promise<{ before: LiveSession; after: LiveSession | undefined }> {
      // Notices of earlier writes arriving between the two reads would rightly end the first one's keeping.
      await heard();
      const before = await read();
      assert.ok(before, 'the session is live');
      assert.equal(await read(), before, 'kept while nothing changed');
      await change(other());
      await heard();
      return { before, after: await read() };
    }

    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      nodeB = await startSecondNode(archive);
      const author = archive.visitor('198.51.100.60');
      await author.register('notice_author');
      workId = workIdOf((await author.post('/works', workForm({ 'work[title]': 'Kept Lanterns' }))).headers.location);
      secondWork = workIdOf((await author.post('/works', workForm({ 'work[title]': 'Second Lanterns' }))).headers.location);
      memberOnA = archive.visitor('198.51.100.61');
      await memberOnA.register('kept_member');
      assert.equal((await author.post(`/works/${workId}/comments`, { 'comment[content]': 'The author says hello.' })).statusCode, 303);
      const db = archive.app.db;
      const id = async (query: Sql) => Number(Object.values((await db.get<Record<string, number>>(query))!)[0]);
      memberId = await id(sql`SELECT id FROM users WHERE login = 'kept_member'`);
      authorId = await id(sql`SELECT id FROM users WHERE login = 'notice_author'`);
      chapterId = await id(sql`SELECT id FROM chapters WHERE work_id = ${workId}`);
      commentId = await id(sql`SELECT id FROM comments WHERE work_id = ${workId}`);
      alongside = sql`${workMarksColumns(SESSION_USER_ID, workId)}, ${pseudsColumn(db.dialect, SESSION_USER_ID)}`;
      await insertSession(db, { tokenHash: token, userId: memberId, remember: false, now, expiresAt: now + 3_600_000, ipHash: '' });
      // As `quire serve` does on each node.
      archive.app.ctx.revisions.start();
      nodeB.app.ctx.revisions.start();
      if (postgres) await Promise.all([archive.app.ctx.revisions.whenListening(), nodeB.app.ctx.revisions.whenListening()]);
    });
    after(async () => {
      await nodeB?.close();
      await archive?.close();
    });

    test('the account (users)', async () => {
      const { after } = await afterOtherNode((db) => db.run(sql`UPDATE users SET display_name = 'Keeper Renamed' WHERE id = ${memberId}`));
      assert.equal(after?.account.displayName, 'Keeper Renamed');
    });

    test('a suspension (users) ends the kept standing', async () => {
      const until = now + 86_400_000;
      const { after } = await afterOtherNode((db) => db.run(sql`UPDATE users SET suspended_until = ${until}, sanction_reason = 'test' WHERE id = ${memberId}`));
      assert.equal(after?.account.suspendedUntil, until);
      await archive.app.db.run(sql`UPDATE users SET suspended_until = NULL, sanction_reason = '' WHERE id = ${memberId}`);
    });

    test('the session (sessions): extended, then ended', async () => {
      const extended = await afterOtherNode((db) => db.run(sql`UPDATE sessions SET expires_at = expires_at + 1000 WHERE token_hash = ${token}`));
      assert.equal(extended.after?.expiresAt, extended.before.expiresAt + 1000);
      const ended = await afterOtherNode((db) => db.run(sql`UPDATE sessions SET user_id = ${authorId} WHERE token_hash = ${token}`));
      assert.equal(ended.after?.userId, authorId, 'the session moved to someone else: the old member\'s notice ends it too');
      await archive.app.db.run(sql`UPDATE sessions SET user_id = ${memberId} WHERE token_hash = ${token}`);
    });

    test('the blocklist (blocklist)', async () => {
      const { before, after } = await afterOtherNode((db) => db.run(sql`INSERT INTO blocklist (user_id, kind, target_id) VALUES (${memberId}, 'user', ${authorId})`));
      assert.equal(before.standing.blocking, false);
      assert.equal(after?.standing.blocking, true);
    });

    test('the default filter (saved_filters)', async () => {
      const { after } = await afterOtherNode((db) => db.run(sql`INSERT INTO saved_filters (user_id, name, query, is_default, created_at) VALUES (${memberId}, 'Mine', 'sort=kudos', ${true}, ${now})`));
      assert.equal(after?.standing.defaultFilter, 'sort=kudos');
    });

    test('reading preferences (preferences)', async () => {
      const { after } = await afterOtherNode((db) => db.run(sql`INSERT INTO preferences (user_id, data, updated_at) VALUES (${memberId}, '{"theme":"dark"}', ${now})`));
      assert.equal(after?.standing.preferencesJson, '{"theme":"dark"}');
    });

    test('the reading history setting (reading_settings)', async () => {
      const { before, after } = await afterOtherNode((db) => db.run(sql`INSERT INTO reading_settings (user_id, history_enabled, updated_at) VALUES (${memberId}, ${false}, ${now})`));
      assert.equal(before.standing.historyEnabled, true);
      assert.equal(after?.standing.historyEnabled, false);
      await archive.app.db.run(sql`DELETE FROM reading_settings WHERE user_id = ${memberId}`);
    });

    test('a subscription, Mark for Later, a bookmark on the work (subscriptions, readings, bookmarks)', async () => {
      const subscribed = await afterOtherNode((db) => db.run(sql`INSERT INTO subscriptions (user_id, kind, target_id, created_at) VALUES (${memberId}, 'work', ${workId}, ${now})`));
      assert.equal(marks(subscribed.before).subscriptionId, undefined);
      assert.ok(marks(subscribed.after).subscriptionId);
      const marked = await afterOtherNode((db) => db.run(sql`INSERT INTO readings (user_id, work_id, last_viewed_at, view_count, to_read, marked_at) VALUES (${memberId}, ${workId}, ${now}, 1, ${true}, ${now})`));
      assert.equal(marks(marked.before).toRead, false);
      assert.equal(marks(marked.after).toRead, true);
      const bookmarked = await afterOtherNode((db) => db.run(sql`INSERT INTO bookmarks (user_id, work_id, private, rec, created_at, updated_at) VALUES (${memberId}, ${workId}, ${false}, ${false}, ${now}, ${now})`));
      assert.ok(marks(bookmarked.after).bookmarkId);
    });

    test('a new pseud (pseuds)', async () => {
      const { before, after } = await afterOtherNode((db) => db.run(sql`INSERT INTO pseuds (user_id, name, name_key, is_default, created_at) VALUES (${memberId}, 'Second Lantern', 'second lantern', ${false}, ${now})`));
      assert.deepEqual(pseudNames(before), ['kept_member']);
      assert.deepEqual(pseudNames(after).sort(), ['Second Lantern', 'kept_member']);
    });

    test('the unread inbox: a comment entry (inbox_items), then its comment hidden (comments)', async () => {
      const arrived = await afterOtherNode((db) => db.run(sql`INSERT INTO inbox_items (user_id, comment_id, kind, created_at) VALUES (${memberId}, ${commentId}, 'reply', ${now})`));
      assert.equal(arrived.after?.standing.inboxUnread, arrived.before.standing.inboxUnread + 1);
      const hidden = await afterOtherNode((db) => db.run(sql`UPDATE comments SET hidden_at = ${now} WHERE id = ${commentId}`));
      assert.equal(hidden.after?.standing.inboxUnread, hidden.before.standing.inboxUnread - 1);
    });

    test('the unread inbox: an update notice (inbox_notices), its chapter unposted (chapters), its work hidden (works)', async () => {
      const arrived = await afterOtherNode((db) => db.run(sql`INSERT INTO inbox_notices (user_id, kind, work_id, chapter_id, created_at) VALUES (${memberId}, 'update', ${workId}, ${chapterId}, ${now})`));
      assert.equal(arrived.after?.standing.inboxUnread, arrived.before.standing.inboxUnread + 1);
      const unposted = await afterOtherNode((db) => db.run(sql`UPDATE chapters SET status = 'draft' WHERE id = ${chapterId}`));
      assert.equal(unposted.after?.standing.inboxUnread, unposted.before.standing.inboxUnread - 1);
      await archive.app.db.run(sql`UPDATE chapters SET status = 'posted' WHERE id = ${chapterId}`);
      assert.equal((await read())?.standing.inboxUnread, arrived.after?.standing.inboxUnread, 'posted again (this node\'s write)');
      const hidden = await afterOtherNode((db) => db.run(sql`UPDATE works SET visibility = 'draft' WHERE id = ${workId}`));
      assert.equal(hidden.after?.standing.inboxUnread, hidden.before.standing.inboxUnread - 1);
      await archive.app.db.run(sql`UPDATE works SET visibility = 'public' WHERE id = ${workId}`);
    });

    test('the unread inbox: an invitation answered (work_creators), a gift refused (gifts)', async () => {
      await archive.app.db.run(sql`INSERT INTO work_creators (work_id, user_id, position, status) VALUES (${workId}, ${memberId}, 1, 'invited')`);
      await archive.app.db.run(sql`INSERT INTO inbox_notices (user_id, kind, work_id, created_at) VALUES (${memberId}, 'invitation', ${workId}, ${now})`);
      const answered = await afterOtherNode((db) => db.run(sql`UPDATE work_creators SET status = 'accepted' WHERE work_id = ${workId} AND user_id = ${memberId}`));
      assert.equal(answered.after?.standing.inboxUnread, answered.before.standing.inboxUnread - 1);
      await archive.app.db.run(sql`INSERT INTO gifts (work_id, recipient_id, name_key, created_at) VALUES (${workId}, ${memberId}, 'kept_member', ${now})`);
      await archive.app.db.run(sql`INSERT INTO inbox_notices (user_id, kind, work_id, created_at) VALUES (${memberId}, 'gift', ${workId}, ${now})`);
      const refused = await afterOtherNode((db) => db.run(sql`UPDATE gifts SET refused_at = ${now} WHERE work_id = ${workId} AND recipient_id = ${memberId}`));
      assert.equal(refused.after?.standing.inboxUnread, refused.before.standing.inboxUnread - 1);
    });

    test('this node\'s own write shows on its next read, with no notification awaited', async () => {
      const before = await read();
      assert.equal(await read(), before);
      await archive.app.db.run(sql`UPDATE users SET display_name = 'Keeper Here' WHERE id = ${memberId}`);
      assert.equal((await read())?.account.displayName, 'Keeper Here');
      await archive.app.db.transaction((tx) => tx.run(sql`UPDATE users SET display_name = 'Keeper Within' WHERE id = ${memberId}`));
      assert.equal((await read())?.account.displayName, 'Keeper Within', 'a transaction\'s write');
    });

    test('a transaction that only reads (a search\'s) leaves kept reads kept', { skip: !postgres && 'SQLite keeps reads per data version' }, async () => {
      await heard();
      const before = await read();
      await archive.app.db.transaction(async (tx) => {
        await tx.run(sql`SET LOCAL work_mem = '32MB'`);
        return tx.get(sql`SELECT COUNT(*) AS n FROM works`);
      });
      assert.equal(await read(), before);
    });

    test('pages: subscribing through node A shows on node B\'s work page once B has heard', async () => {
      const memberOnB = new Client(nodeB.server, '198.51.100.61');
      for (const [name, value] of memberOnA.cookies) memberOnB.cookies.set(name, value);
      const subscribeState = async () => {
        const form = parse((await memberOnB.get(`/works/${secondWork}`)).body).querySelector('li.subscribe input[type=submit]');
        return form?.getAttribute('value') ?? form?.text.trim();
      };
      assert.equal(await subscribeState(), 'Subscribe');
      assert.equal(await subscribeState(), 'Subscribe', 'again, from what B kept');
      const res = await memberOnA.post('/users/kept_member/subscriptions', { 'subscription[subscribable_id]': String(secondWork), 'subscription[subscribable_type]': 'Work' });
      assert.equal(res.statusCode, 303, res.body.slice(0, 300));
      await nodeB.app.ctx.revisions.settled();
      assert.equal(await subscribeState(), 'Unsubscribe');
    });

    test('another member\'s notice leaves this member\'s read kept', { skip: !postgres && 'SQLite keeps reads per data version' }, async () => {
      await heard();
      const before = await read();
      await other().run(sql`UPDATE users SET display_name = 'Someone Else' WHERE id = ${authorId}`);
      await heard();
      assert.equal(await read(), before);
    });

    test('while node A does not listen nothing is kept, and a change shows at once', { skip: !postgres && 'PostgreSQL only' }, async () => {
      const feed = archive.app.ctx.revisions;
      await feed.suspend();
      try {
        const first = await read();
        assert.notEqual(await read(), first, 'read afresh');
        await other().run(sql`UPDATE users SET display_name = 'Keeper Unheard' WHERE id = ${memberId}`);
        assert.equal((await read())?.account.displayName, 'Keeper Unheard');
      } finally {
        feed.resume();
        await feed.whenListening();
      }
      const kept = await read();
      assert.equal(await read(), kept, 'kept again once listening');
    });
  });
}

describe('which PostgreSQL statements count as writes', () => {
  test('reads', () => {
    for (const text of [
      'SELECT id FROM works WHERE updated_at > $1',
      "SELECT COUNT(*) FROM inbox_notices n WHERE n.kind = 'update' AND n.deleted_at IS NULL",
      "SELECT pg_notify('page_revisions', $1) AS sent",
      "SET LOCAL work_mem = '32MB'",
      'WITH m AS (SELECT work_id FROM taggings) SELECT * FROM m',
      '  select 1',
    ]) assert.equal(mayWrite(text), false, text);
  });
  test('writes', () => {
    for (const text of [
      'INSERT INTO sessions (token_hash) VALUES ($1)',
      'UPDATE users SET login = $1',
      'DELETE FROM blocklist WHERE user_id = $1',
      'WITH gone AS (DELETE FROM readings RETURNING work_id) SELECT * FROM gone',
      'SELECT page_revision_bump($1)',
      'SELECT id FROM works WHERE id = $1 FOR UPDATE',
      'LOCK TABLE works',
    ]) assert.equal(mayWrite(text), true, text);
  });
});
