/**
 * History and Marked for Later: private to the member (404 for anyone else), written in batches (the tests await
 * the recorder's flush, never a timer), last visit first with visit counts, "updated since you last read",
 * marks cleared by reading to the last chapter, the history switch, deleting, unavailable works, and the export.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { startArchive, ADMIN_PASSWORD, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { chapterForm, workIdOf, chapterIdOf } from '../support/chapters.ts';
import { unzip } from '../support/unzip.ts';
import type { Client } from '../support/client.ts';
import { userByLogin } from '../../src/storage/users.ts';

for (const engine of engines()) {
  describe(`history and Marked for Later (${engine.name})`, () => {
    let archive: TestArchive;
    let writer: Client;
    let fan: Client;
    let other: Client;
    let clock = Date.now();
    /** Moves the archive's clock on, so every step happens strictly after the one before. */
    const tick = () => { clock += 60_000; };
    const post = async (title: string) => {
      const res = await writer.post('/works', workForm({ 'work[title]': title, 'work[wip_length]': '' }));
      assert.equal(res.statusCode, 303, res.body.slice(0, 300));
      tick();
      return workIdOf(res.headers.location);
    };
    const addChapter = async (workId: number) => {
      const res = await writer.post(`/works/${workId}/chapters`, chapterForm());
      assert.equal(res.statusCode, 303, res.body.slice(0, 300));
      tick();
      return chapterIdOf(res.headers.location);
    };
    const visit = async (who: Client, path: string) => {
      assert.equal((await who.get(path)).statusCode, 200);
      tick();
    };
    const flush = () => archive.app.readings.flush();
    const listed = async (who: Client, login: string, query = '') => {
      const doc = parse((await who.get(`/users/${login}/readings${query}`)).body);
      return doc.querySelectorAll('ol.reading > li').map((li) => ({ id: li.getAttribute('id') ?? '', text: li.text.replace(/\s+/g, ' ') }));
    };
    const workIds = async (who: Client, login: string, query = '') => (await listed(who, login, query)).map((e) => e.id);
    const markButton = async (workId: number) => parse((await fan.get(`/works/${workId}`)).body).querySelector('li.mark form.button_to')?.getAttribute('action');

    let two: number;
    let chapterIds: number[];
    let one: number;

    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      archive.app.ctx.now = () => clock;
      writer = archive.visitor();
      await writer.register('hist_writer');
      fan = archive.visitor('203.0.113.21');
      await fan.register('hist_fan');
      other = archive.visitor('203.0.113.22');
      await other.register('hist_other');
      two = await post('Two Parts');
      const second = await addChapter(two);
      const nav = parse((await writer.get(`/works/${two}/navigate`)).body);
      chapterIds = nav.querySelectorAll('ol a').map((a) => Number(/chapters\/(\d+)$/.exec(a.getAttribute('href')!)![1]));
      assert.equal(chapterIds[1], second);
      one = await post('One Shot');
    });
    after(() => archive.close());

    test('a history is its member\'s alone: guests, other members and admins get 404', async () => {
      assert.equal((await fan.get('/users/hist_fan/readings')).statusCode, 200);
      assert.equal((await fan.get('/users/HIST_FAN/readings?show=to-read')).statusCode, 200);
      const admin = archive.visitor();
      await admin.login('admin', ADMIN_PASSWORD);
      for (const who of [archive.visitor(), other, admin]) {
        for (const path of ['/users/hist_fan/readings', '/users/hist_fan/readings?show=to-read', '/users/hist_fan/readings/clear']) {
          const res = await who.get(path);
          assert.equal(res.statusCode, 404, path);
          assert.doesNotMatch(res.body, /hist_fan/, 'not even the login is echoed');
        }
      }
      assert.equal((await other.post(`/users/hist_fan/readings/${one}/delete`)).statusCode, 404);
      assert.equal((await other.post('/users/hist_fan/readings/clear')).statusCode, 404);
      assert.equal((await fan.get('/users/nobody_at_all/readings')).statusCode, 404);
      assert.equal((await fan.post('/users/hist_fan/readings/not-a-number/delete')).statusCode, 404);
      const guestMark = await archive.visitor().post(`/works/${one}/mark_for_later`);
      assert.equal(guestMark.statusCode, 303);
      assert.match(String(guestMark.headers.location), /^\/users\/login/);
      assert.equal((await fan.post('/works/987654/mark_for_later')).statusCode, 404);
      assert.equal((await fan.post('/works/abc/mark_for_later')).statusCode, 404);
    });

    test('visits wait in memory until the flush, then list last visit first with their counts', async () => {
      await visit(fan, `/works/${two}`);
      await visit(fan, `/works/${one}`);
      await visit(fan, `/works/${two}/chapters/${chapterIds[0]}`);
      await visit(writer, `/works/${one}`);
      await visit(archive.visitor(), `/works/${one}`);
      assert.equal(archive.app.readings.pending, 2, 'one entry per member and work; creators and guests are not recorded');
      assert.deepEqual(await workIds(fan, 'hist_fan'), [], 'nothing written before the flush');
      assert.equal(await flush(), 2);
      const entries = await listed(fan, 'hist_fan');
      assert.deepEqual(entries.map((e) => e.id), [`work_${two}`, `work_${one}`]);
      assert.match(entries[0]!.text, /Visited 2 times/);
      assert.match(entries[1]!.text, /Visited once/);
      assert.deepEqual(await workIds(writer, 'hist_writer'), [], 'a creator\'s own visits are not reading');
      await visit(fan, `/works/${one}`);
      await flush();
      assert.deepEqual(await workIds(fan, 'hist_fan'), [`work_${one}`, `work_${two}`]);
      assert.match((await listed(fan, 'hist_fan'))[0]!.text, /Visited 2 times/);
    });

    test('Mark for Later lists the work until its last chapter is read; an earlier chapter leaves it', async () => {
      assert.equal(await markButton(two), `/works/${two}/mark_for_later`);
      const res = await fan.post(`/works/${two}/mark_for_later`, { _method: 'patch', return_to: `/works/${two}` });
      tick();
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, `/works/${two}`);
      const page = await fan.get(`/works/${two}/chapters/${chapterIds[0]}`);
      tick();
      assert.match(page.body, /This work was added to your Marked for Later list\./);
      assert.equal(parse(page.body).querySelector('li.mark form')!.getAttribute('action'), `/works/${two}/mark_as_read`);
      await flush();
      assert.deepEqual(await workIds(fan, 'hist_fan', '?show=to-read'), [`work_${two}`]);
      assert.match((await listed(fan, 'hist_fan'))[0]!.text, /Marked for Later/);
      const last = await fan.get(`/works/${two}/chapters/${chapterIds[1]}`);
      tick();
      assert.equal(parse(last.body).querySelector('li.mark form')!.getAttribute('action'), `/works/${two}/mark_for_later`, 'the last chapter shows the work as read already');
      assert.deepEqual(await workIds(fan, 'hist_fan', '?show=to-read'), [`work_${two}`], 'until the flush');
      await flush();
      assert.deepEqual(await workIds(fan, 'hist_fan', '?show=to-read'), []);
      assert.equal((await workIds(fan, 'hist_fan'))[0], `work_${two}`, 'still in the history');
    });

    test('a mark made after a buffered visit to the end stays; Mark as Read clears it by hand', async () => {
      await visit(fan, `/works/${one}`);
      assert.equal((await fan.post(`/works/${one}/mark_for_later`)).statusCode, 303);
      tick();
      await flush();
      assert.deepEqual(await workIds(fan, 'hist_fan', '?show=to-read'), [`work_${one}`]);
      const res = await fan.post(`/works/${one}/mark_as_read`, { return_to: '/users/hist_fan/readings?show=to-read' });
      tick();
      assert.equal(res.headers.location, '/users/hist_fan/readings?show=to-read');
      assert.deepEqual(await workIds(fan, 'hist_fan', '?show=to-read'), []);
      const other = await fan.post(`/works/${one}/mark_for_later`, { return_to: 'https://elsewhere.example/' });
      tick();
      assert.equal(other.headers.location, '/', 'only local return paths');
      await fan.post(`/works/${one}/mark_as_read`);
      tick();
    });

    test('a work updated since the last visit says so, until it is read again', async () => {
      await visit(fan, `/works/${one}`);
      await flush();
      assert.doesNotMatch((await listed(fan, 'hist_fan'))[0]!.text, /Updated since you last read/);
      const chapter = await addChapter(one);
      const entry = (await listed(fan, 'hist_fan')).find((e) => e.id === `work_${one}`)!;
      assert.match(entry.text, /Updated since you last read it/);
      await visit(fan, `/works/${one}/chapters/${chapter}`);
      await flush();
      assert.doesNotMatch((await listed(fan, 'hist_fan'))[0]!.text, /Updated since you last read/);
    });

    test('with history off no visit is kept and no mark is offered; what is there stays', async () => {
      const before = await workIds(fan, 'hist_fan');
      const off = await fan.post('/settings/history', { history_enabled: '0' });
      assert.equal(off.statusCode, 303);
      assert.match(parse((await fan.get('/settings/reading')).body).querySelector('#reader_history_enabled')!.toString(), /^(?!.*checked)/);
      const third = await post('Third Work');
      await visit(fan, `/works/${third}`);
      assert.equal(archive.app.readings.pending, 0);
      await flush();
      assert.equal(await markButton(third), undefined);
      const page = (await fan.get('/users/hist_fan/readings')).body;
      assert.match(page, /Your history is turned off/);
      assert.deepEqual(await workIds(fan, 'hist_fan'), before);
      await fan.post('/settings/history', { history_enabled: ['0', '1'] });
      assert.match(parse((await fan.get('/settings/reading')).body).querySelector('#reader_history_enabled')!.toString(), /checked/);
      await visit(fan, `/works/${third}`);
      await flush();
      assert.equal((await workIds(fan, 'hist_fan'))[0], `work_${third}`);
    });

    test('a work the member may no longer read shows as unavailable, without its title', async () => {
      const secret = await post('Secret Title Here');
      await visit(fan, `/works/${secret}`);
      await fan.post(`/works/${secret}/mark_for_later`);
      tick();
      await flush();
      assert.equal((await writer.post(`/works/${secret}/delete`)).statusCode, 303);
      const page = (await fan.get('/users/hist_fan/readings')).body;
      assert.doesNotMatch(page, /Secret Title Here/);
      const gone = parse(page).querySelector('li.deleted.reading')!;
      assert.match(gone.text, /This work is no longer available/);
      assert.doesNotMatch(gone.toString(), new RegExp(`href="/works/${secret}"`));
      assert.doesNotMatch((await fan.get('/users/hist_fan/readings?show=to-read')).body, /Secret Title Here/);
      assert.equal((await fan.post(`/works/${secret}/mark_for_later`)).statusCode, 404);
      const del = await fan.post(`/users/hist_fan/readings/${secret}/delete`);
      assert.equal(del.statusCode, 303);
      assert.equal(parse((await fan.get('/users/hist_fan/readings')).body).querySelector('li.deleted.reading'), null);
    });

    test('blurbs carry the button for members who keep a history, in its current state', async () => {
      const blurbForm = async (who: Client, path: string, workId: number) =>
        parse((await who.get(path)).body).querySelector(`li#work_${workId} ul.actions.mark form.button_to`)?.getAttribute('action');
      await fan.post(`/works/${one}/mark_for_later`);
      tick();
      for (const path of ['/works', '/users/hist_writer/works', '/users/hist_writer/pseuds/hist_writer', '/', '/works/search?work_search%5Bquery%5D=snow']) {
        assert.equal(await blurbForm(fan, path, one), `/works/${one}/mark_as_read`, path);
        assert.equal(await blurbForm(fan, path, two), `/works/${two}/mark_for_later`, path);
        assert.equal(await blurbForm(archive.visitor(), path, one), undefined, `${path}: none for guests`);
        assert.equal(await blurbForm(writer, path, one), undefined, `${path}: none on one's own works`);
        assert.equal(await blurbForm(other, path, one), `/works/${one}/mark_for_later`, `${path}: another member's own state`);
      }
      await fan.post('/settings/history', { history_enabled: '0' });
      assert.equal(await blurbForm(fan, '/works', one), undefined, 'none while history is off');
      await fan.post('/settings/history', { history_enabled: '1' });
      await fan.post(`/works/${one}/mark_as_read`);
      tick();
    });

    test('nothing of a history shows to others; the member\'s own export carries it', async () => {
      await visit(fan, `/works/${two}`);
      await fan.post(`/works/${two}/mark_for_later`);
      tick();
      await flush();
      for (const path of ['/users/hist_fan', `/works/${two}`, '/users/hist_writer/works.atom', `/works/${two}/chapters.atom`, '/works']) {
        const body = (await other.get(path)).body;
        assert.doesNotMatch(body, /hist_fan\/readings|Marked for Later list|Visited \d|mark_as_read/, path);
      }
      assert.match((await fan.get('/')).body, /href="\/users\/hist_fan\/readings\?show=to-read">Marked for Later<\/a>[\s\S]*href="\/users\/hist_fan\/readings">History<\/a>/);
      const json = (who: Client, login: string) => who.get(`/users/${login}/export`).then((r) => JSON.parse(unzip(r.rawPayload).find((e) => e.name === 'account.json')!.data.toString()));
      const mine = await json(fan, 'hist_fan');
      assert.equal(mine.historyEnabled, true);
      const entry = mine.history.find((h: { workId: number }) => h.workId === two);
      assert.equal(entry.title, 'Two Parts');
      assert.equal(entry.markedForLater, true);
      assert.ok(entry.visits >= 3);
      assert.deepEqual((await json(other, 'hist_other')).history, []);
    });

    test('works the member\'s blocklist hides stay out of their history too, counted in a notice', async () => {
      const before = await workIds(fan, 'hist_fan');
      assert.ok(before.length >= 2);
      assert.equal((await fan.post('/settings/blocklist', { 'block[kind]': 'user', 'block[name]': 'hist_writer' })).statusCode, 303);
      const page = parse((await fan.get('/users/hist_fan/readings')).body);
      assert.equal(page.querySelectorAll('ol.reading > li').length, 0);
      assert.match(page.querySelector('.blocklist-notice')!.text, new RegExp(`^${before.length} works hidden by your blocklist`));
      const writerId = (await userByLogin(archive.app.db, 'hist_writer'))!.id;
      assert.equal((await fan.post('/settings/blocklist/delete', { 'block[kind]': 'user', 'block[target_id]': String(writerId) })).statusCode, 303);
      assert.deepEqual(await workIds(fan, 'hist_fan'), before);
    });

    test('a work marked from its blurb and never opened says when it was added, not that it was visited', async () => {
      const newcomer = archive.visitor('203.0.113.23');
      await newcomer.register('hist_newcomer');
      assert.equal((await newcomer.post(`/works/${one}/mark_for_later`, { return_to: '/works' })).statusCode, 303);
      tick();
      const [entry] = await listed(newcomer, 'hist_newcomer', '?show=to-read');
      assert.match(entry!.text, /Added: \S.* · Not opened yet · Marked for Later/);
      assert.doesNotMatch(entry!.text, /Last visited/);
      await visit(newcomer, `/works/${one}`);
      await flush();
      assert.match((await listed(newcomer, 'hist_newcomer'))[0]!.text, /Last visited: \S.* · Visited once/);
    });

    test('deleting one entry, then clearing the whole history after a confirmation', async () => {
      const start = await workIds(fan, 'hist_fan');
      assert.ok(start.length >= 3);
      const res = await fan.post(`/users/hist_fan/readings/${two}/delete`);
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/users/hist_fan/readings');
      assert.deepEqual(await workIds(fan, 'hist_fan'), start.filter((id) => id !== `work_${two}`));
      assert.deepEqual(await workIds(fan, 'hist_fan', '?show=to-read'), [], 'its mark went with it');
      const confirm = await fan.get('/users/hist_fan/readings/clear');
      assert.equal(confirm.statusCode, 200);
      assert.match(confirm.body, /Yes, Clear Entire History/);
      const cleared = await fan.post('/users/hist_fan/readings/clear');
      assert.equal(cleared.statusCode, 303);
      assert.deepEqual(await workIds(fan, 'hist_fan'), []);
      assert.match((await fan.get('/users/hist_fan/readings')).body, /Your history is empty/);
    });
  });
}
