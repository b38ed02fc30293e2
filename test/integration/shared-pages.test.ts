/**
 * Guests' listing pages (the front page, /works, a tag's works, search results) come from each node's page cache
 * while nothing they show has changed, and every write that changes them shows on the next guest request on every
 * node: a new work, kudos, a summary, a series place, a sub-tag, a tag rename, the site name, a hidden work, chapter
 * text in a search excerpt. Members are never served a shared page, and a registered-only work never reaches one.
 * With the listing generation held still the same checks see stale pages: they test the cache, not a miss.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { startArchive, startSecondNode, ADMIN_PASSWORD, type TestArchive, type SecondNode } from '../support/archive.ts';
import { Client } from '../support/client.ts';
import { workForm } from '../support/works.ts';
import { workIdOf } from '../support/chapters.ts';
import { sql } from '../../src/storage/sql.ts';
import { putSetting } from '../../src/storage/settings.ts';
import { listingPageRevision, SHARED_PAGE_MAX_AGE_MS } from '../../src/web/shared-pages.ts';

const FANDOM = 'Lighthouse Keepers';
const PAGES = ['/', '/works', `/tags/${encodeURIComponent(FANDOM)}/works`, '/works/search?work_search%5Bquery%5D=lamp'];
const titles = (body: string) => parse(body).querySelectorAll('li.blurb h4.heading a:first-child').map((a) => a.text);
const blurb = (body: string, title: string) => parse(body).querySelectorAll('li.blurb').find((li) => li.querySelector('h4.heading a')?.text === title);

for (const engine of engines()) {
  describe(`guests' listing pages from the page cache (${engine.name})`, () => {
    let archive: TestArchive;
    let second: SecondNode;
    let author: Client;
    let admin: Client;
    let firstId = 0;
    /** A guest on node 1 and one on node 2, each a new browser. */
    const guests = (n: number) => [archive.visitor(`198.51.100.${n}`), new Client(second.server, `198.51.100.${n + 100}`)];
    /** Every listing page on both nodes, as two guests see them. */
    const everywhere = async (n: number, paths = PAGES) => {
      const out: { node: number; path: string; body: string }[] = [];
      for (const [node, guest] of guests(n).entries()) for (const path of paths) {
        const res = await guest.get(path);
        assert.equal(res.statusCode, 200, `${path} on node ${node + 1}`);
        out.push({ node: node + 1, path, body: res.body });
      }
      return out;
    };
    /**
     * Loads the pages on both nodes until a whole round comes from the caches: a write's own follow-ups (the search
     * index's text row, a node's first look at the change log) may move a revision once more after it answered.
     */
    const warm = async (n: number) => {
      await everywhere(n);
      for (let round = 1; round <= 4; round++) {
        const found = archive.app.pages.found + second.app.pages.found;
        await everywhere(n + round);
        if (archive.app.pages.found + second.app.pages.found === found + 2 * PAGES.length) return;
      }
      assert.fail('the pages never came from the caches');
    };

    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      second = await startSecondNode(archive);
      admin = archive.visitor('198.51.100.250');
      await admin.login('admin', ADMIN_PASSWORD);
      author = archive.visitor('198.51.100.1');
      await author.register('lamp_author');
      firstId = workIdOf((await author.post('/works', workForm({ 'work[title]': 'First Lamp', 'work[fandom_string]': FANDOM, 'work[summary]': 'The first lamp.', 'chapter[content]': 'The lamp was lit at dusk.' }))).headers.location);
    });
    after(async () => {
      await second.close();
      await archive.close();
    });

    test('a second guest gets the stored page; a form on it carries that guest\'s own CSRF token', async () => {
      await warm(10);
      const tokens = (body: string) => parse(body).querySelectorAll('input[name="authenticity_token"]').map((i) => i.getAttribute('value'));
      for (const path of PAGES) {
        const b = archive.visitor('198.51.100.21');
        const page = await b.get(path);
        const own = await b.csrfToken();
        for (const t of tokens(page.body)) assert.equal(t, own, path);
      }
    });

    test('a work posted on the other node shows on every listing at once', async () => {
      await warm(30);
      const elsewhere = new Client(second.server, '198.51.100.1');
      await elsewhere.login('lamp_author');
      const posted = await elsewhere.post('/works', workForm({ 'work[title]': 'Second Lamp', 'work[fandom_string]': FANDOM, 'chapter[content]': 'Another lamp, another dusk.' }));
      assert.equal(posted.statusCode, 303, posted.body.slice(0, 300));
      for (const p of await everywhere(32)) assert.ok(titles(p.body).includes('Second Lamp'), `${p.path} on node ${p.node}`);
    });

    test('kudos, a summary and a series place show in the blurbs at once', async () => {
      await warm(40);
      await archive.visitor('198.51.100.45').post(`/works/${firstId}/kudos`);
      for (const p of await everywhere(42)) assert.equal(blurb(p.body, 'First Lamp')?.querySelector('dd.kudos')?.text, '1', `kudos on ${p.path} node ${p.node}`);
      const edit = await author.post(`/works/${firstId}`, workForm({ 'work[title]': 'First Lamp', 'work[fandom_string]': FANDOM, 'work[summary]': 'A lamp relit.', 'work[series_title]': 'Lamps', 'chapter[content]': null }));
      assert.equal(edit.statusCode, 303, edit.body.slice(0, 300));
      for (const p of await everywhere(44)) {
        const b = blurb(p.body, 'First Lamp');
        assert.match(b?.querySelector('blockquote.summary')?.text ?? '', /A lamp relit/, `summary on ${p.path} node ${p.node}`);
        assert.match(b?.querySelector('ul.series')?.text ?? '', /Lamps/, `series on ${p.path} node ${p.node}`);
      }
      // The series place alone (the work row untouched): the blurb drops it.
      await warm(46);
      await archive.app.db.run(sql`DELETE FROM series_works WHERE work_id = ${firstId}`);
      for (const p of await everywhere(48)) assert.ok(!blurb(p.body, 'First Lamp')?.querySelector('ul.series'), `${p.path} node ${p.node}`);
    });

    test('chapter text shows in search excerpts at once', async () => {
      await warm(50);
      const work = await archive.app.db.get<{ id: number }>(sql`SELECT id FROM chapters WHERE work_id = ${firstId}`);
      const edited = await author.post(`/works/${firstId}/chapters/${work!.id}`, { 'chapter[title]': '', 'chapter[format]': 'text', 'chapter[content]': 'The lamp burned blue all night.', commit: 'post' });
      assert.equal(edited.statusCode, 303, edited.body.slice(0, 300));
      for (const p of await everywhere(52, [PAGES[3]!])) assert.match(blurb(p.body, 'First Lamp')?.text ?? '', /burned blue/, `node ${p.node}`);
    });

    test('a sub-tag\'s works join its parent\'s page, and a tag rename and the site name show at once', async () => {
      await author.post('/works', workForm({ 'work[title]': 'Harbour Lights', 'work[fandom_string]': 'Harbour Keepers', 'chapter[content]': 'Lights on the water.' }));
      for (const f of [FANDOM, 'Harbour Keepers']) assert.equal((await admin.post(`/tags/${encodeURIComponent(f)}/canonical`, { 'tag[canonical]': '1' })).statusCode, 303);
      await warm(60);
      const [parent, child] = await Promise.all([FANDOM, 'Harbour Keepers'].map((name) => archive.app.db.get<{ id: number }>(sql`SELECT id FROM tags WHERE name = ${name}`)));
      await archive.app.db.run(sql`INSERT INTO meta_taggings (parent_id, child_id) VALUES (${parent!.id}, ${child!.id})`);
      for (const p of await everywhere(62, [PAGES[2]!])) assert.ok(titles(p.body).includes('Harbour Lights'), `node ${p.node}`);
      await archive.app.db.run(sql`UPDATE tags SET name = 'Snowfall' WHERE name = 'Snow'`);
      for (const p of await everywhere(64)) if (p.path !== PAGES[3]) assert.match(p.body, /Snowfall/, `${p.path} node ${p.node}`);
      await putSetting(archive.app.db, 'site_name', 'Lamplight Archive');
      for (const p of await everywhere(66)) assert.match(parse(p.body).querySelector('title')?.text ?? '', /Lamplight Archive/, `${p.path} node ${p.node}`);
    });

    test('a work hidden by a moderator leaves every listing at once', async () => {
      await warm(70);
      assert.equal((await admin.post(`/admin/works/${firstId}/hide`, { reason: 'Checking the listings.' })).statusCode, 303);
      for (const p of await everywhere(72)) assert.ok(!titles(p.body).includes('First Lamp'), `${p.path} node ${p.node}`);
    });

    test('members are never served a guest\'s page; a registered-only work never reaches a shared one', async () => {
      await author.post('/works', workForm({ 'work[title]': 'Members Lamp', 'work[fandom_string]': FANDOM, 'work[visibility]': 'registered', 'chapter[content]': 'A lamp for members.' }));
      await warm(80);
      const found = archive.app.pages.found;
      for (const path of PAGES) assert.ok(titles((await author.get(path)).body).includes('Members Lamp'), `${path} as a member`);
      assert.equal(archive.app.pages.found, found, 'no member page came from the cache');
      for (const p of await everywhere(82)) assert.ok(!titles(p.body).includes('Members Lamp'), `${p.path} node ${p.node}`);
    });

    test('a page ages out after a minute even when nothing was written', async () => {
      const now = Date.now();
      assert.equal(await listingPageRevision(archive.app, now), await listingPageRevision(archive.app, now));
      assert.notEqual(await listingPageRevision(archive.app, now), await listingPageRevision(archive.app, now + SHARED_PAGE_MAX_AGE_MS));
    });

    test('held at one generation, the cache would serve a stale listing: the checks above see the cache', async () => {
      await warm(90);
      const sync = archive.app.ctx.listing;
      const held = sync.generation;
      Object.defineProperty(sync, 'generation', { configurable: true, get: () => held, set: () => undefined });
      try {
        await author.post('/works', workForm({ 'work[title]': 'Unseen Lamp', 'work[fandom_string]': FANDOM, 'chapter[content]': 'Nobody sees this lamp.' }));
        assert.ok(!titles((await archive.visitor('198.51.100.92').get('/works')).body).includes('Unseen Lamp'), 'the stale page was served');
      } finally {
        Object.defineProperty(sync, 'generation', { configurable: true, writable: true, value: held + 1 });
      }
      assert.ok(titles((await archive.visitor('198.51.100.93').get('/works')).body).includes('Unseen Lamp'));
    });
  });
}
