import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { chapterForm, workIdOf, scheduleText } from '../support/chapters.ts';
import { sql } from '../../src/storage/sql.ts';
import { chaptersOfWork } from '../../src/storage/chapters.ts';
import { putSubscription } from '../../src/storage/subscriptions.ts';
import { userByLogin } from '../../src/storage/users.ts';
import { seriesOfWorks } from '../../src/storage/series.ts';
import { publishDueChapters } from '../../src/actions/publish-due.ts';
import { notifySubscribers } from '../../src/actions/notify-subscribers.ts';
import type { Client } from '../support/client.ts';

const HOUR = 3600_000;

for (const engine of engines()) {
  describe(`subscriptions (${engine.name})`, () => {
    let archive: TestArchive;
    let writer: Client;
    let fan: Client;
    let other: Client;
    const mails = async (to: string) => Number((await archive.app.db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM outbox WHERE to_address = ${to}`))!.n);
    const post = async (overrides: Record<string, string | string[] | null> = {}, as = writer) => {
      const res = await as.post('/works', workForm(overrides));
      assert.equal(res.statusCode, 303, res.body.slice(0, 500));
      return workIdOf(res.headers.location);
    };
    const follow = (who: Client, login: string, type: string, id: number) =>
      who.post(`/users/${login}/subscriptions`, { 'subscription[subscribable_type]': type, 'subscription[subscribable_id]': String(id) });
    const userId = async (login: string) => (await userByLogin(archive.app.db, login))!.id;

    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      writer = archive.visitor();
      await writer.register('writer');
      fan = archive.visitor('203.0.113.8');
      await fan.register('fan');
      other = archive.visitor('203.0.113.9');
      await other.register('other');
    });
    after(() => archive.close());

    test('a reader subscribes from the work page and unsubscribes; guests and creators get no button', async () => {
      const id = await post({ 'work[title]': 'Buttons' });
      const guestPage = await archive.visitor().get(`/works/${id}`);
      assert.doesNotMatch(guestPage.body, /li class="subscribe"/);
      assert.doesNotMatch((await writer.get(`/works/${id}`)).body, /li class="subscribe"/);
      const page = await fan.get(`/works/${id}`);
      assert.match(page.body, /<ul class="work navigation actions">[\s\S]*<li class="subscribe"><form method="post" action="\/users\/fan\/subscriptions"[\s\S]*name="subscription\[subscribable_type\]" value="Work"[\s\S]*<input type="submit" name="commit" value="Subscribe">/);
      const res = await follow(fan, 'fan', 'Work', id);
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, `/works/${id}`);
      const after = await fan.get(`/works/${id}`);
      assert.match(after.body, /action="\/users\/fan\/subscriptions\/\d+" class="inline subscription"><input type="hidden" name="_method" value="delete">[\s\S]*<input type="submit" name="commit" value="Unsubscribe">/);
      assert.match(after.body, /You are now subscribed to Buttons/);
      assert.equal((await follow(fan, 'fan', 'Work', id)).statusCode, 303, 'a repeat is harmless');
      const list = await fan.get('/users/fan/subscriptions');
      assert.equal(list.statusCode, 200);
      assert.match(list.body, new RegExp(`<h2 id="subscriptions-work" class="heading">Works</h2>[\\s\\S]*<a href="/works/${id}">Buttons</a>`));
      const off = await fan.post('/users/fan/subscriptions/delete', { 'subscription[subscribable_type]': 'Work', 'subscription[subscribable_id]': String(id), return_to: '/users/fan/subscriptions' });
      assert.equal(off.statusCode, 303);
      assert.equal(off.headers.location, '/users/fan/subscriptions');
      assert.doesNotMatch((await fan.get('/users/fan/subscriptions')).body, /Buttons/);
    });

    test('AO3\'s unsubscribe address: only the reader\'s own subscription, under their own login, with CSRF and _method=delete', async () => {
      const id = await post({ 'work[title]': 'By Number' });
      await follow(fan, 'fan', 'Work', id);
      const form = /<form method="post" action="(\/users\/fan\/subscriptions\/(\d+))" class="inline subscription">/.exec((await fan.get(`/works/${id}`)).body);
      assert.ok(form, 'the work page\'s Unsubscribe form names the subscription');
      const [, action, subscriptionId] = form;
      const stillSubscribed = async () => Boolean(await archive.app.db.get(sql`SELECT 1 AS one FROM subscriptions WHERE id = ${Number(subscriptionId)}`));
      assert.equal((await other.post(action!, { _method: 'delete' })).statusCode, 403, 'another member\'s login');
      assert.equal((await other.post(`/users/other/subscriptions/${subscriptionId}`, { _method: 'delete' })).statusCode, 404, 'another member\'s subscription id');
      assert.equal((await fan.post(action!, { _method: 'delete', authenticity_token: null })).statusCode, 403, 'CSRF-checked');
      assert.equal((await fan.post(action!, {})).statusCode, 404, 'without _method=delete');
      assert.equal((await fan.post('/users/fan/subscriptions/987654321', { _method: 'delete' })).statusCode, 404);
      assert.equal((await fan.post('/users/fan/subscriptions/x1', { _method: 'delete' })).statusCode, 404);
      assert.equal(await stillSubscribed(), true);
      const off = await fan.post(action!, { _method: 'delete', return_to: `/works/${id}` });
      assert.equal(off.statusCode, 303);
      assert.equal(off.headers.location, `/works/${id}`);
      assert.equal(await stillSubscribed(), false);
      const page = await fan.get(`/works/${id}`);
      assert.match(page.body, /You have unsubscribed/);
      assert.match(page.body, /<li class="subscribe"><form method="post" action="\/users\/fan\/subscriptions" [\s\S]*value="Subscribe">/);
      assert.equal((await fan.post(action!, { _method: 'delete' })).statusCode, 404, 'gone once removed');
      // The subscriptions page's buttons use the same address.
      await follow(fan, 'fan', 'Work', id);
      const list = (await fan.get('/users/fan/subscriptions')).body;
      const listed = /<form method="post" action="(\/users\/fan\/subscriptions\/\d+)" class="inline subscription"><input type="hidden" name="_method" value="delete">/.exec(list);
      assert.ok(listed, list.slice(0, 2000));
      assert.equal((await fan.post(listed[1]!, { _method: 'delete', return_to: '/users/fan/subscriptions' })).headers.location, '/users/fan/subscriptions');
      assert.doesNotMatch((await fan.get('/users/fan/subscriptions')).body, /By Number/);
    });

    test('series and profile pages carry the button; the own profile links to the subscriptions', async () => {
      const id = await post({ 'work[title]': 'In A Series', 'work[series_title]': 'Button Cycle' });
      const seriesId = (await seriesOfWorks(archive.app.db, [id])).get(id)![0]!.seriesId;
      assert.match((await fan.get(`/series/${seriesId}`)).body, /value="Series"[\s\S]*<input type="submit" name="commit" value="Subscribe">/);
      assert.doesNotMatch((await writer.get(`/series/${seriesId}`)).body, /<input type="submit" name="commit" value="Subscribe">/);
      assert.doesNotMatch((await archive.visitor().get(`/series/${seriesId}`)).body, /<input type="submit" name="commit" value="Subscribe">/);
      assert.match((await fan.get('/users/writer')).body, /<li class="subscribe">[\s\S]*value="User"[\s\S]*<input type="submit" name="commit" value="Subscribe">/);
      const own = await writer.get('/users/writer');
      assert.doesNotMatch(own.body, /<input type="submit" name="commit" value="Subscribe">/);
      assert.match(own.body, /href="\/users\/writer\/subscriptions"/);
      assert.equal((await follow(fan, 'fan', 'Series', seriesId)).statusCode, 303);
      assert.equal((await follow(fan, 'fan', 'User', await userId('writer'))).statusCode, 303);
      const list = (await fan.get('/users/fan/subscriptions')).body;
      assert.match(list, /Series<\/h2>[\s\S]*Button Cycle[\s\S]*Creators<\/h2>[\s\S]*href="\/users\/writer">writer</);
      assert.match((await fan.get('/users/fan/subscriptions?type=users')).body, /writer/);
      assert.doesNotMatch((await fan.get('/users/fan/subscriptions?type=works')).body, /Button Cycle/);
      await fan.post('/users/fan/subscriptions/delete', { 'subscription[subscribable_type]': 'Series', 'subscription[subscribable_id]': String(seriesId) });
      await fan.post('/users/fan/subscriptions/delete', { 'subscription[subscribable_type]': 'User', 'subscription[subscribable_id]': String(await userId('writer')) });
    });

    test('forbidden: one’s own work, series and account, someone else’s list, drafts, guests, forged tokens', async () => {
      const id = await post({ 'work[title]': 'Mine', 'work[series_title]': 'My Own Cycle' });
      const seriesId = (await seriesOfWorks(archive.app.db, [id])).get(id)![0]!.seriesId;
      assert.equal((await follow(writer, 'writer', 'Work', id)).statusCode, 403);
      assert.equal((await follow(writer, 'writer', 'Series', seriesId)).statusCode, 403);
      assert.equal((await follow(writer, 'writer', 'User', await userId('writer'))).statusCode, 403);
      assert.equal((await follow(fan, 'writer', 'Work', id)).statusCode, 403, 'posting to another reader’s list');
      assert.equal((await fan.get('/users/writer/subscriptions')).statusCode, 403);
      const draft = await post({ 'work[title]': 'Secret Draft', commit: 'draft' });
      assert.equal((await follow(fan, 'fan', 'Work', draft)).statusCode, 404);
      assert.equal((await follow(fan, 'fan', 'Work', 999999)).statusCode, 404);
      assert.equal((await follow(fan, 'fan', 'Gadget', id)).statusCode, 404);
      const guest = archive.visitor();
      assert.notEqual((await guest.get('/users/fan/subscriptions')).statusCode, 200);
      const guestPost = await follow(guest, 'fan', 'Work', id);
      assert.equal(guestPost.statusCode, 303);
      assert.match(String(guestPost.headers.location), /^\/users\/login/);
      const forged = await fan.post('/users/fan/subscriptions', { authenticity_token: 'forged', 'subscription[subscribable_type]': 'Work', 'subscription[subscribable_id]': String(id) });
      assert.equal(forged.statusCode, 403);
      const missing = await fan.post('/users/fan/subscriptions', { authenticity_token: null, 'subscription[subscribable_type]': 'Work', 'subscription[subscribable_id]': String(id) });
      assert.equal(missing.statusCode, 403);
      const rows = await archive.app.db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM subscriptions WHERE target_id = ${id} AND kind = ${'work'}`);
      assert.equal(Number(rows!.n), 0);
    });

    test('a new chapter emails the work’s subscribers once; a silent one does not', async () => {
      const id = await post({ 'work[title]': 'Snow <Road> & Co', 'work[wip_length]': '' });
      await follow(fan, 'fan', 'Work', id);
      await follow(fan, 'fan', 'User', await userId('writer'));
      const before = await mails('fan@example.org');
      const res = await writer.post(`/works/${id}/chapters`, chapterForm({ 'chapter[title]': 'The Thaw' }));
      assert.equal(res.statusCode, 303);
      assert.equal(await mails('fan@example.org'), before + 1, 'one email although subscribed to the work and its creator');
      const mail = (await archive.lastMail('fan@example.org'))!;
      const chapter = (await chaptersOfWork(archive.app.db, id))[1]!;
      assert.equal(mail.subject, 'Snow <Road> & Co by writer: Chapter 2: The Thaw');
      assert.match(mail.body, /writer posted a new chapter of Snow <Road> & Co/);
      assert.ok(mail.body.includes(`http://archive.test/works/${id}/chapters/${chapter.id}`));
      assert.ok(mail.body.includes('http://archive.test/users/fan/subscriptions'));
      await writer.post(`/works/${id}/chapters`, chapterForm({ 'chapter[title]': 'Quietly', 'chapter[silent]': '1' }));
      assert.equal(await mails('fan@example.org'), before + 1, 'silent');
      const draft = await writer.post(`/works/${id}/chapters`, chapterForm({ 'chapter[title]': 'Held Back', commit: 'draft' }));
      assert.equal(await mails('fan@example.org'), before + 1, 'a draft chapter');
      const held = (await chaptersOfWork(archive.app.db, id, true)).find((c) => c.title === 'Held Back')!;
      assert.equal(draft.statusCode, 303);
      assert.equal((await writer.post(`/works/${id}/chapters/${held.id}`, chapterForm({ 'chapter[title]': 'Held Back' }))).statusCode, 303);
      assert.equal(await mails('fan@example.org'), before + 2, 'posting the draft chapter');
      assert.match((await archive.lastMail('fan@example.org'))!.subject, /Chapter 4: Held Back/);
      await fan.post('/users/fan/subscriptions/delete', { 'subscription[subscribable_type]': 'User', 'subscription[subscribable_id]': String(await userId('writer')) });
    });

    test('a new work reaches followers of its creator and series once; drafts never; a posted draft does', async () => {
      await follow(fan, 'fan', 'User', await userId('writer'));
      const first = await post({ 'work[title]': 'Cycle One', 'work[series_title]': 'Mail Cycle' });
      const seriesId = (await seriesOfWorks(archive.app.db, [first])).get(first)![0]!.seriesId;
      await follow(fan, 'fan', 'Series', seriesId);
      await follow(other, 'other', 'Series', seriesId);
      const fanBefore = await mails('fan@example.org');
      const otherBefore = await mails('other@example.org');
      const draft = await post({ 'work[title]': 'Cycle Two', 'work[series_title]': 'Mail Cycle', commit: 'draft', 'work[visibility]': 'registered' });
      await writer.post(`/works/${draft}/chapters`, chapterForm());
      assert.equal(await mails('fan@example.org'), fanBefore, 'drafts never notify');
      assert.equal(await mails('other@example.org'), otherBefore);
      assert.equal((await writer.post(`/works/${draft}/publish`, {})).statusCode, 303);
      assert.equal(await mails('fan@example.org'), fanBefore + 1, 'creator + series: one email');
      assert.equal(await mails('other@example.org'), otherBefore + 1, 'registered-only works reach logged-in subscribers');
      const mail = (await archive.lastMail('other@example.org'))!;
      assert.equal(mail.subject, 'New work by writer: Cycle Two');
      assert.ok(mail.body.includes(`http://archive.test/works/${draft}`));
      await post({ 'work[title]': 'Unrelated' });
      assert.equal(await mails('fan@example.org'), fanBefore + 2, 'a new work by a followed creator');
      assert.equal(await mails('other@example.org'), otherBefore + 1, 'not in the followed series');
      await fan.post('/users/fan/subscriptions/delete', { 'subscription[subscribable_type]': 'User', 'subscription[subscribable_id]': String(await userId('writer')) });
    });

    test('a scheduled chapter notifies when it is posted, not before, and once', async () => {
      const id = await post({ 'work[title]': 'Later', 'work[wip_length]': '' });
      await follow(fan, 'fan', 'Work', id);
      const at = Math.floor((Date.now() + 2 * HOUR) / 60_000) * 60_000;
      const before = await mails('fan@example.org');
      assert.equal((await writer.post(`/works/${id}/chapters`, chapterForm({ 'chapter[publish_at]': scheduleText(at), 'chapter[title]': 'Dawn' }))).statusCode, 303);
      assert.equal(await mails('fan@example.org'), before);
      const run = (t: number) => publishDueChapters({ ...archive.app.ctx, now: () => t });
      await Promise.all([run(at + 1000), run(at + 2000)]);
      assert.equal(await mails('fan@example.org'), before + 1);
      assert.match((await archive.lastMail('fan@example.org'))!.subject, /Later by writer: Chapter 2: Dawn/);
    });

    test('a failing mailer is logged and does not fail the posting', async () => {
      const id = await post({ 'work[title]': 'Fragile', 'work[wip_length]': '' });
      await follow(fan, 'fan', 'Work', id);
      const errors: string[] = [];
      const ctx = { ...archive.app.ctx, mailer: { send: async () => { throw new Error('SMTP down'); } }, log: { error: (_o: object, msg: string) => { errors.push(msg); } } };
      const chapter = (await chaptersOfWork(archive.app.db, id))[0]!;
      assert.equal(await notifySubscribers(ctx, { kind: 'chapter', workId: id, chapterId: chapter.id }), 0);
      assert.deepEqual(errors, ['sending a subscription email failed']);
      const broken = { ...ctx, db: { ...archive.app.db, all: async () => { throw new Error('db gone'); } } };
      assert.equal(await notifySubscribers(broken, { kind: 'work', workId: id }), 0);
      assert.equal(errors.at(-1), 'notifying subscribers failed');
    });

    test('the subscriptions page is paginated and names what is gone', async () => {
      const id = await userId('other');
      for (let i = 0; i < 25; i++) await putSubscription(archive.app.db, id, 'work', 900000 + i, Date.now());
      const page = await other.get('/users/other/subscriptions');
      assert.match(page.body, /A work that is no longer available/);
      assert.match(page.body, /<ol class="pagination actions">/);
      assert.match(page.body, /href="\/users\/other\/subscriptions\?page=2"/);
      const second = await other.get('/users/other/subscriptions?page=2');
      assert.equal(second.statusCode, 200);
      assert.match(second.body, /Mail Cycle/);
      const off = await other.post('/users/other/subscriptions/delete', { 'subscription[subscribable_type]': 'Work', 'subscription[subscribable_id]': '900000' });
      assert.equal(off.statusCode, 303);
      const left = await archive.app.db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM subscriptions WHERE user_id = ${id} AND kind = ${'work'}`);
      assert.equal(Number(left!.n), 24);
    });
  });
}
