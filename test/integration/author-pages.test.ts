/** Author pages, work blurbs in listings, the front page, and contacting an author through the archive. */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse, type HTMLElement } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import type { Client } from '../support/client.ts';
import { userByLogin } from '../../src/storage/users.ts';
import { countContactMessagesFrom } from '../../src/storage/contact-messages.ts';

const workIdOf = (location: string | undefined) => Number(/\/works\/(\d+)/.exec(String(location))![1]);
const blurbIds = (body: string) => parse(body).querySelectorAll('li.blurb').map((li) => Number(li.id.replace('work_', '')));

for (const engine of engines()) {
  describe(`author pages and listings (${engine.name})`, () => {
    let archive: TestArchive;
    let writer: Client;
    let reader: Client;
    let writerId: number;
    const ids = { public: 0, registered: 0, draft: 0 };
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      writer = archive.visitor();
      await writer.register('writer');
      writerId = (await userByLogin(archive.app.db, 'writer'))!.id;
      reader = archive.visitor('203.0.113.20');
      await reader.register('reader');
      ids.public = workIdOf((await writer.post('/works', workForm({ 'work[title]': 'Open Road', 'work[series_title]': 'Roads' }))).headers.location);
      ids.registered = workIdOf((await writer.post('/works', workForm({ 'work[title]': 'Members Road', 'work[visibility]': 'registered' }))).headers.location);
      ids.draft = workIdOf((await writer.post('/works', workForm({ 'work[title]': 'Unfinished Road', commit: 'draft' }))).headers.location);
      await writer.post('/settings/profile', { 'profile[display_name]': '', 'profile[bio]': '', 'profile[website]': 'https://writer.example.org/' });
    });
    after(() => archive.close());

    test('the author page shows blurbs with the contract markup and stats', async () => {
      const res = await archive.visitor().get('/users/writer');
      assert.equal(res.statusCode, 200);
      const root = parse(res.body);
      const li = root.querySelector(`li#work_${ids.public}`)!;
      assert.ok(li, res.body.slice(0, 3000));
      assert.equal(li.getAttribute('class'), `work blurb group user-${writerId}`);
      assert.equal(li.getAttribute('role'), 'article');
      assert.equal(li.querySelector('h4.heading a')!.getAttribute('href'), `/works/${ids.public}`);
      assert.ok(li.querySelector('a[href="/users/writer/pseuds/writer"]'));
      assert.ok(li.querySelector('p.datetime'));
      assert.deepEqual(li.querySelectorAll('ul.tags.commas a.tag').map((a) => a.text), ['No Archive Warnings Apply', 'Ann/Bea', 'Ann', 'Bea', 'Snow', 'Enemies to Lovers']);
      assert.match(li.querySelector('blockquote.userstuff.summary')!.text, /Two rivals, one/);
      assert.match(li.querySelector('ul.series')!.text, /Part 1 of Roads/);
      for (const cls of ['language', 'words', 'chapters', 'comments', 'kudos', 'bookmarks', 'hits', 'reading-time']) assert.ok(li.querySelector(`dl.stats dd.${cls}`), cls);
      assert.equal(li.querySelector('dd.words')!.text, '11');
      assert.equal(li.querySelector('dd.chapters')!.text, '1/1');
      assert.equal(li.querySelector('dd.reading-time')!.text, '~1 min');
      assert.ok(root.querySelector('a[href="https://writer.example.org/"]'), 'website link');
      assert.ok(root.querySelector('a[href="/users/writer/contact"]'));
      assert.match(root.querySelector('a[href="/users/writer/contact"]')!.text, /Contact writer/);
    });

    test('listings follow the visibility rules: drafts only to the author, registered-only to logged-in readers', async () => {
      assert.deepEqual(blurbIds((await archive.visitor().get('/users/writer')).body), [ids.public]);
      assert.deepEqual(blurbIds((await reader.get('/users/writer')).body), [ids.registered, ids.public]);
      const own = await writer.get('/users/writer');
      assert.deepEqual(blurbIds(own.body), [ids.draft, ids.registered, ids.public]);
      assert.match(own.body, /\(Draft\)/);
      assert.doesNotMatch(own.body, /Contact writer/);
      const works = await reader.get('/users/writer/works');
      assert.equal(works.statusCode, 200);
      assert.match(works.body, /<h1 id="works-heading" class="heading">2 Works by writer<\/h1>/);
      assert.deepEqual(blurbIds(works.body), [ids.registered, ids.public]);
      assert.equal((await archive.visitor().get('/users/nobody_here')).statusCode, 404);
      assert.equal((await archive.visitor().get('/users/WRITER/works')).headers.location, '/users/writer/works');
    });

    test('an author\'s drafts page lists their drafts to them alone', async () => {
      const own = await writer.get('/users/writer/works/drafts');
      assert.equal(own.statusCode, 200);
      assert.deepEqual(blurbIds(own.body), [ids.draft]);
      assert.match(parse(own.body).querySelector('h1')!.text, /^1 Draft by writer/);
      assert.ok(parse(own.body).querySelector('details.filter-panel form[action="/users/writer/works/drafts"]'), 'the drafts can be filtered too');
      assert.equal((await reader.get('/users/writer/works/drafts')).statusCode, 403, 'another member');
      assert.equal((await archive.visitor().get('/users/writer/works/drafts')).statusCode, 303, 'a guest is sent to log in');
      const noDrafts = parse((await reader.get('/users/reader/works/drafts')).body);
      assert.equal(noDrafts.querySelectorAll('li.blurb').length, 0);
      assert.match(noDrafts.querySelector('p.empty')!.text, /no drafts/);
      assert.equal((await writer.get('/users/WRITER/works/drafts')).headers.location, '/users/writer/works/drafts');
    });

    test('the home page lists recently updated visible works as blurbs', async () => {
      const guest = await archive.visitor().get('/');
      assert.equal(guest.statusCode, 200);
      assert.deepEqual(blurbIds(guest.body), [ids.public]);
      assert.match(guest.body, /A fan fiction archive/);
      const li = parse(guest.body).querySelector(`li#work_${ids.public}`)!;
      assert.equal(li.getAttribute('class'), `work blurb group user-${writerId}`);
      assert.deepEqual(blurbIds((await reader.get('/')).body), [ids.registered, ids.public]);
      assert.deepEqual(blurbIds((await writer.get('/')).body), [ids.registered, ids.public], 'drafts are not listed on the front page, even to their author');
    });

    test('author pages paginate 20 per page, newest updated first', async () => {
      const busy = archive.visitor('203.0.113.30');
      await busy.register('busy');
      const posted: number[] = [];
      for (let i = 1; i <= 22; i++) posted.push(workIdOf((await busy.post('/works', workForm({ 'work[title]': `Story ${i}` }))).headers.location));
      const newestFirst = [...posted].reverse();
      const first = await archive.visitor().get('/users/busy');
      const root: HTMLElement = parse(first.body);
      assert.deepEqual(blurbIds(first.body), newestFirst.slice(0, 20));
      assert.match(root.querySelector('#works-heading')!.text, /1 - 20 of 22 Works by busy/);
      const pager = root.querySelector('ol.pagination')!;
      assert.ok(pager);
      assert.ok(pager.querySelector('a[href="/users/busy?page=2"]'));
      const second = await archive.visitor().get('/users/busy?page=2');
      assert.deepEqual(blurbIds(second.body), newestFirst.slice(20));
      assert.ok(parse(second.body).querySelector('ol.pagination span.current[aria-current="page"]'));
      assert.deepEqual(blurbIds((await archive.visitor().get('/users/busy/works?page=99')).body), newestFirst.slice(20), 'past the end shows the last page');
      assert.deepEqual(blurbIds((await archive.visitor().get('/users/busy/works?page=junk')).body), newestFirst.slice(0, 20));
    });
  });

  describe(`contacting an author (${engine.name})`, () => {
    let archive: TestArchive;
    let reader: Client;
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      await archive.visitor('203.0.113.40').register('author_one', 'a long test passphrase', 'author.secret@example.org');
      reader = archive.visitor('203.0.113.41');
      await reader.register('fan', 'a long test passphrase', 'fan.private@example.org');
    });
    after(() => archive.close());

    test('guests are sent to log in; nobody writes to themselves; unknown authors are 404', async () => {
      const guest = await archive.visitor().get('/users/author_one/contact');
      assert.equal(guest.statusCode, 303);
      assert.match(String(guest.headers.location), /^\/users\/login\?return_to=/);
      const self = archive.visitor('203.0.113.42');
      await self.login('author_one');
      assert.equal((await self.get('/users/author_one/contact')).statusCode, 403);
      assert.equal((await reader.get('/users/nobody_here/contact')).statusCode, 404);
    });

    test('a message with problems comes back with the text kept', async () => {
      const form = await reader.get('/users/author_one/contact');
      assert.equal(form.statusCode, 200);
      assert.doesNotMatch(form.body, /author\.secret@example\.org/);
      const res = await reader.post('/users/author_one/contact', { 'contact[subject]': '', 'contact[message]': 'Kept <words> here' });
      assert.equal(res.statusCode, 422);
      assert.match(res.body, /Write a subject/);
      assert.match(res.body, /Kept &lt;words&gt; here/);
      const long = await reader.post('/users/author_one/contact', { 'contact[subject]': 'Hi', 'contact[message]': 'x'.repeat(5001) });
      assert.equal(long.statusCode, 422);
    });

    test('the message is relayed without revealing either address', async () => {
      const res = await reader.post('/users/author_one/contact', { 'contact[subject]': 'Loved it', 'contact[message]': 'Your story made my week.' });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/users/author_one');
      const confirmation = await reader.get('/users/author_one');
      assert.match(confirmation.body, /Your message was sent to author_one/);
      assert.doesNotMatch(confirmation.body, /author\.secret/);
      const mail = (await archive.lastMail('author.secret@example.org'))!;
      assert.ok(mail);
      assert.match(mail.subject, /Message from fan: Loved it/);
      assert.match(mail.body, /Your story made my week\./);
      assert.match(mail.body, /http:\/\/archive\.test\/users\/fan\b/);
      assert.match(mail.body, /http:\/\/archive\.test\/users\/fan\/contact/);
      assert.doesNotMatch(mail.body, /fan\.private/);
      assert.doesNotMatch(mail.subject, /fan\.private/);
      assert.doesNotMatch(mail.body, /author\.secret/);
      const fanId = (await userByLogin(archive.app.db, 'fan'))!.id;
      assert.equal(await countContactMessagesFrom(archive.app.db, fanId, 0), 1);
    });

    test('five messages an hour; the sixth is 429 with Retry-After and the text kept', async () => {
      for (let i = 2; i <= 5; i++) {
        const ok = await reader.post('/users/author_one/contact', { 'contact[subject]': `Note ${i}`, 'contact[message]': 'Another note.' });
        assert.equal(ok.statusCode, 303, `message ${i}`);
      }
      const refused = await reader.post('/users/author_one/contact', { 'contact[subject]': 'One more', 'contact[message]': 'Please keep this text.' });
      assert.equal(refused.statusCode, 429);
      const retry = Number(refused.headers['retry-after']);
      assert.ok(retry > 0 && retry <= 3600, String(retry));
      assert.match(refused.body, /Please keep this text\./);
      assert.match(refused.body, /value="One more"/);
    });
  });
}
