/**
 * Gift notices: a member given a work is told once, in their inbox ("X gave you a gift: Title") and by email, when
 * they can read it — on posting, when added on edit, when a draft is posted (never while it is a draft). A refused gift
 * leaves the inbox and tells nobody again; free-text recipients and gifts to oneself tell nobody.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { workIdOf } from '../support/chapters.ts';
import { outboxFor } from '../../src/storage/outbox.ts';
import type { Client } from '../support/client.ts';
import { workById } from '../../src/storage/works.ts';
import { chaptersOfWork } from '../../src/storage/chapters.ts';
import { publishDueChapters } from '../../src/actions/publish-due.ts';

for (const engine of engines()) {
  describe(`gift notices (${engine.name})`, () => {
    let archive: TestArchive;
    let giver: Client;
    let bea: Client;
    let otto: Client;
    const post = async (title: string, recipients: string, extra: Record<string, string> = {}) =>
      workIdOf((await giver.post('/works', workForm({ 'work[title]': title, 'work[recipients]': recipients, ...extra }))).headers.location);
    const edit = async (id: number, title: string, recipients: string, extra: Record<string, string> = {}) =>
      (await giver.post(`/works/${id}`, workForm({ 'work[title]': title, 'work[recipients]': recipients, ...extra }))).statusCode;
    /** The gift notices in a member's inbox, as their text. */
    const giftNotices = async (client: Client) =>
      parse((await client.get('/inbox')).body).querySelectorAll('li.notice-item label').map((l) => l.text.replace(/\s+/g, ' ').trim()).filter((t) => t.includes('gave you a gift'));
    /** The gift emails sent to an address, by subject. */
    const giftMails = async (to: string) => (await outboxFor(archive.app.db, to, 100)).filter((m) => /gave you a gift/.test(m.subject)).map((m) => m.subject);

    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      giver = archive.visitor();
      bea = archive.visitor();
      otto = archive.visitor();
      await giver.register('giver');
      await bea.register('bea');
      await otto.register('otto');
    });
    after(() => archive.close());

    test('posting a gift tells the recipient in the inbox (linking the work and their gifts) and by email', async () => {
      const id = await post('A Present', 'bea, Aunt Ruth');
      assert.deepEqual(await giftNotices(bea), ['giver gave you a gift: A Present (Unread)']);
      const inbox = parse((await bea.get('/inbox')).body).querySelector('li.notice-item')!;
      assert.ok(inbox.querySelector(`a[href="/works/${id}"]`));
      assert.ok(inbox.querySelector('a[href="/users/giver"]'));
      assert.ok(inbox.querySelector('a[href="/users/bea/gifts"]'));
      assert.deepEqual(await giftMails('bea@example.org'), ['giver gave you a gift: "A Present"']);
      assert.match((await archive.lastMail('bea@example.org'))!.body, new RegExp(`http://archive.test/works/${id}`));
      assert.deepEqual(await giftNotices(otto), []);
      assert.deepEqual(await giftMails('otto@example.org'), []);
      // Saving it again (the same recipients) tells nobody twice.
      assert.equal(await edit(id, 'A Present', 'bea, Aunt Ruth'), 303);
      assert.equal((await giftNotices(bea)).length, 1);
      assert.equal((await giftMails('bea@example.org')).length, 1);
    });

    test('a recipient added on edit is told; those told before are not told again', async () => {
      const id = await post('Shared Joy', 'bea');
      assert.equal(await edit(id, 'Shared Joy', 'bea, otto'), 303);
      assert.deepEqual(await giftNotices(otto), ['giver gave you a gift: Shared Joy (Unread)']);
      assert.deepEqual(await giftMails('otto@example.org'), ['giver gave you a gift: "Shared Joy"']);
      assert.equal((await giftNotices(bea)).filter((t) => t.includes('Shared Joy')).length, 1);
      assert.equal((await giftMails('bea@example.org')).filter((s) => s.includes('Shared Joy')).length, 1);
    });

    test('a draft\'s gift tells nobody until it is posted (by Post or by the edit form), then once', async () => {
      const first = await post('Wrapped Later', 'otto', { commit: 'draft' });
      const second = await post('Wrapped Too', 'otto', { commit: 'draft' });
      assert.equal(await edit(first, 'Wrapped Later', 'otto', { commit: 'draft' }), 303);
      assert.equal((await giftNotices(otto)).filter((t) => t.includes('Wrapped')).length, 0);
      assert.equal((await giftMails('otto@example.org')).filter((s) => s.includes('Wrapped')).length, 0);
      assert.equal((await giver.post(`/works/${first}/publish`, {})).statusCode, 303);
      assert.equal(await edit(second, 'Wrapped Too', 'otto', { commit: 'post' }), 303);
      assert.equal(await edit(first, 'Wrapped Later', 'otto'), 303);
      assert.deepEqual((await giftNotices(otto)).filter((t) => t.includes('Wrapped')).sort(), ['giver gave you a gift: Wrapped Later (Unread)', 'giver gave you a gift: Wrapped Too (Unread)']);
      assert.equal((await giftMails('otto@example.org')).filter((s) => s.includes('Wrapped')).length, 2);
    });

    test('a scheduled work\'s gift is told when its time comes and the work is posted', async () => {
      const at = Math.floor((Date.now() + 3 * 3600_000) / 60_000) * 60_000;
      const id = await post('Timed Present', 'bea', { 'chapter[publish_at]': new Date(at).toISOString().slice(0, 16), time_zone_guess: 'UTC' });
      assert.equal((await workById(archive.app.db, id))!.visibility, 'draft');
      assert.equal((await giftNotices(bea)).filter((t) => t.includes('Timed Present')).length, 0);
      const [first] = await chaptersOfWork(archive.app.db, id, true);
      assert.equal(await publishDueChapters({ ...archive.app.ctx, now: () => first!.publishAt! + 1000 }), 1);
      assert.deepEqual((await giftNotices(bea)).filter((t) => t.includes('Timed Present')), ['giver gave you a gift: Timed Present (Unread)']);
      assert.equal((await giftMails('bea@example.org')).filter((s) => s.includes('Timed Present')).length, 1);
    });

    test('a refused gift leaves the inbox and tells nobody again; gifts to oneself or to free-text names tell nobody', async () => {
      const id = await post('Not For Me', 'bea');
      assert.equal((await giftNotices(bea)).filter((t) => t.includes('Not For Me')).length, 1);
      assert.equal((await bea.post(`/works/${id}/gift/refuse`, {})).statusCode, 303);
      assert.equal((await giftNotices(bea)).filter((t) => t.includes('Not For Me')).length, 0);
      assert.equal(await edit(id, 'Not For Me', 'bea, otto'), 303);
      assert.equal((await giftNotices(bea)).filter((t) => t.includes('Not For Me')).length, 0);
      assert.equal((await giftMails('bea@example.org')).filter((s) => s.includes('Not For Me')).length, 1);
      const before = (await outboxFor(archive.app.db, 'giver@example.org', 100)).length;
      await post('For Myself', 'giver, Someone Else');
      assert.deepEqual(await giftNotices(giver), []);
      assert.equal((await outboxFor(archive.app.db, 'giver@example.org', 100)).length, before);
    });

    test('a deleted work\'s gift notice leaves the inbox', async () => {
      const id = await post('Gone Soon', 'bea');
      assert.equal((await giftNotices(bea)).filter((t) => t.includes('Gone Soon')).length, 1);
      assert.equal((await giver.post(`/works/${id}/delete`, {})).statusCode, 303);
      assert.equal((await giftNotices(bea)).filter((t) => t.includes('Gone Soon')).length, 0);
    });
  });
}
