import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import type { Client } from '../support/client.ts';

const ALREADY = 'You have already left kudos here. :)';

for (const engine of engines()) {
  describe(`kudos (${engine.name})`, () => {
    let archive: TestArchive;
    let author: Client;
    let ann: Client;
    let bea: Client;
    let post: (title: string, extra?: Record<string, string>) => Promise<string>;
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      author = archive.visitor();
      await author.register('kudos_writer');
      ann = archive.visitor('198.51.100.1');
      await ann.register('ann');
      bea = archive.visitor('198.51.100.2');
      await bea.register('bea');
      post = async (title, extra = {}) => {
        const res = await author.post('/works', workForm({ 'work[title]': title, ...extra }));
        assert.equal(res.statusCode, 303, res.body.slice(0, 500));
        return String(res.headers.location);
      };
    });
    after(() => archive.close());

    /** Leaves kudos and follows the redirect; returns the flash shown and where it went. */
    async function kudos(who: Client, url: string, fields: Record<string, string> = {}) {
      const res = await who.post(`${url}/kudos`, fields);
      if (res.statusCode !== 303) return { status: res.statusCode, flash: '', location: '', body: res.body };
      const location = String(res.headers.location);
      const page = await who.get(location);
      return { status: 303, location, flash: parse(page.body).querySelector('.flash')?.text ?? '', body: page.body };
    }
    const stat = async (url: string) => Number(parse((await author.get(url)).body).querySelector('dl.stats dd.kudos')!.text);
    const listText = async (url: string) => parse((await author.get(url)).body).querySelector('#kudos')!.text.trim();

    test('the button shows to readers and guests, not to the work\'s creators', async () => {
      const url = await post('Button');
      for (const who of [ann, archive.visitor()]) {
        const doc = parse((await who.get(url)).body);
        const form = doc.querySelector('form#new_kudo');
        assert.equal(form?.getAttribute('action'), `${url}/kudos`);
        assert.match(doc.querySelector('#kudo_submit')!.text, /Kudos ♥/);
        assert.ok(form!.querySelector('input[name="authenticity_token"]'));
      }
      assert.equal(parse((await author.get(url)).body).querySelector('form#new_kudo'), null);
    });

    test('an account leaves kudos once; a repeat gets a friendly message', async () => {
      const url = await post('Once per account');
      const first = await kudos(ann, url);
      assert.equal(first.location, url);
      assert.match(first.flash, /Thank you for leaving kudos/);
      const again = await kudos(ann, url);
      assert.equal(again.status, 303);
      assert.equal(again.flash, ALREADY);
      // Logged in elsewhere, from another address: still the same account.
      const annElsewhere = archive.visitor('192.0.2.99');
      await annElsewhere.login('ann');
      assert.equal((await kudos(annElsewhere, url)).flash, ALREADY);
      assert.equal(await stat(url), 1);
    });

    test('a guest leaves kudos once per address per day', async () => {
      const url = await post('Once per guest');
      assert.match((await kudos(archive.visitor('203.0.113.50'), url)).flash, /Thank you/);
      // A new browser on the same address is the same guest today.
      assert.equal((await kudos(archive.visitor('203.0.113.50'), url)).flash, ALREADY);
      assert.match((await kudos(archive.visitor('203.0.113.51'), url)).flash, /Thank you/);
      assert.equal(await stat(url), 2);
      const realNow = archive.app.ctx.now;
      archive.app.ctx.now = () => realNow() + 86_400_000;
      try {
        assert.match((await kudos(archive.visitor('203.0.113.50'), url)).flash, /Thank you/);
        assert.equal((await kudos(archive.visitor('203.0.113.50'), url)).flash, ALREADY);
      } finally {
        archive.app.ctx.now = realNow;
      }
      assert.equal(await stat(url), 3);
    });

    test('no address is stored with guest kudos', async () => {
      const url = await post('No addresses');
      await kudos(archive.visitor('203.0.113.77'), url);
      const { sql } = await import('../../src/storage/sql.ts');
      const rows = await archive.app.db.all<{ guest_key: string }>(sql`SELECT guest_key FROM kudos WHERE guest_key IS NOT NULL`);
      assert.ok(rows.length > 0);
      for (const r of rows) assert.doesNotMatch(r.guest_key, /203\.0\.113/);
    });

    test('a creator cannot leave kudos on their own work', async () => {
      const url = await post('My own');
      const res = await kudos(author, url);
      assert.equal(res.status, 403);
      assert.match(res.body, /can&#39;t leave kudos on your own work/);
      assert.equal(await stat(url), 0);
    });

    test('counts show in dl.stats and the list names accounts and counts guests', async () => {
      const url = await post('Counted');
      await kudos(ann, url);
      await kudos(bea, url);
      for (const ip of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) await kudos(archive.visitor(ip), url);
      assert.equal(await stat(url), 5);
      assert.equal(await listText(url), '♥ Kudos from ann, bea and 3 guests');
      const doc = parse((await archive.visitor().get(url)).body);
      assert.deepEqual(doc.querySelectorAll('#kudos a').map((a) => a.getAttribute('href')), ['/users/ann', '/users/bea']);
    });

    test('one guest alone, and one account alone', async () => {
      const a = await post('Just a guest');
      await kudos(archive.visitor('203.0.113.9'), a);
      assert.equal(await listText(a), '♥ Kudos from 1 guest');
      const b = await post('Just ann');
      assert.equal(await listText(b), '');
      await kudos(ann, b);
      assert.equal(await listText(b), '♥ Kudos from ann');
    });

    test('hidden works are refused: drafts are not found, registered-only works ask guests to log in', async () => {
      const draft = await post('Hidden draft', { commit: 'draft' });
      assert.equal((await ann.post(`${draft}/kudos`)).statusCode, 404);
      assert.equal((await archive.visitor().post(`${draft}/kudos`)).statusCode, 404);
      const members = await post('Members', { 'work[visibility]': 'registered' });
      const guest = await archive.visitor('203.0.113.200').post(`${members}/kudos`);
      assert.notEqual(guest.statusCode, 303);
      assert.match(guest.body, /only available to registered users/);
      assert.equal(await stat(members), 0);
      assert.equal((await kudos(ann, members)).status, 303);
      assert.equal(await stat(members), 1);
      assert.equal((await archive.visitor().post('/works/999999/kudos')).statusCode, 404);
    });

    test('without a CSRF token nothing is stored', async () => {
      const url = await post('Forged');
      assert.equal((await ann.post(`${url}/kudos`, { authenticity_token: 'forged' })).statusCode, 403);
      assert.equal(await stat(url), 0);
    });

    test('the form returns to the page it was on, and only to a page of this work', async () => {
      const url = await post('Return');
      const back = `${url}?view_full_work=true`;
      const form = parse((await ann.get(back)).body).querySelector('form#new_kudo input[name="return_to"]');
      assert.equal(form?.getAttribute('value'), back);
      assert.equal((await kudos(ann, url, { return_to: back })).location, back);
      for (const evil of ['https://evil.example/', '//evil.example', `${url}0`, '/users/ann']) {
        assert.equal((await bea.post(`${url}/kudos`, { return_to: evil })).headers.location, url);
      }
    });

    test('kudos.js gets JSON with the message and the new list', async () => {
      const url = await post('Script');
      const guest = archive.visitor('203.0.113.120');
      const token = await guest.csrfToken();
      const send = () => archive.server.inject({
        method: 'POST',
        url: `${url}/kudos`,
        remoteAddress: guest.ip,
        headers: { cookie: [...guest.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        payload: new URLSearchParams({ authenticity_token: token }).toString(),
      });
      const first = await send();
      assert.equal(first.statusCode, 200);
      assert.equal(first.json().outcome, 'left');
      assert.equal(parse(first.json().html).text.trim(), '♥ Kudos from 1 guest');
      const again = (await send()).json();
      assert.equal(again.message, ALREADY);
      const page = await guest.get(url);
      assert.match(page.body, /<script type="module" src="\/assets\/kudos\.[0-9a-f]+\.js"><\/script>/);
    });
  });
}
