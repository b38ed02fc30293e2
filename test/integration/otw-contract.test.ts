/**
 * Every selector of the OTW work-page contract (shared/otw-contract.md) on rendered pages, read the way
 * fans' tools read them: exact class strings, first-match rules, root-relative links.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse, type HTMLElement } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import type { Client } from '../support/client.ts';
import { insertChapter } from '../../src/storage/chapters.ts';
import { refreshWorkCounts } from '../../src/storage/works.ts';
import { renderChapterText } from '../../src/actions/render-text.ts';

/** Elements whose class attribute is exactly `cls` (BeautifulSoup's multi-class string match). */
const exact = (root: HTMLElement, tag: string, cls: string) => root.querySelectorAll(tag).filter((e) => e.getAttribute('class') === cls);

for (const engine of engines()) {
  describe(`OTW work-page contract (${engine.name})`, () => {
    let archive: TestArchive;
    let author: Client;
    let id: number;
    let chapterIds: number[];
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      author = archive.visitor();
      await author.register('contract_author');
      const res = await author.post('/works', workForm({
        'work[title]': 'Contract & Co', 'work[rating_string]': 'Explicit', 'work[category_strings][]': ['F/F', 'Gen'],
        'work[summary]': 'The <b>summary</b>.', 'work[notes]': 'Work notes at the beginning.', 'work[endnotes]': 'Work notes at the end.',
        'work[wip_length]': '', 'work[series_title]': 'Contract Series', 'chapter[title]': 'Opening',
        'chapter[notes]': 'Chapter one notes.', 'chapter[endnotes]': 'Chapter one end notes.',
      }));
      id = Number(/\/works\/(\d+)/.exec(String(res.headers.location))![1]);
      for (const n of [2, 3]) {
        const text = await renderChapterText(archive.app.ctx.texts, { title: `Part ${n}`, summary: `Summary of ${n}.`, notes: `Notes of ${n}.`, endNotes: `End notes of ${n}.`, body: `Body of chapter ${n}.`, format: 'text' });
        await archive.app.db.transaction(async (tx) => {
          await insertChapter(tx, id, { ...text, status: 'posted', publishAt: null, postedAt: Date.UTC(2025, 0, n), silent: false, now: Date.now() });
          await refreshWorkCounts(tx, id);
        });
      }
      const nav = parse((await author.get(`/works/${id}/navigate`)).body);
      chapterIds = nav.querySelectorAll('ol a').map((a) => Number(/chapters\/(\d+)$/.exec(a.getAttribute('href')!)![1]));
    });
    after(() => archive.close());

    test('navigate: title is the first link to the work, then authors, then chapters with dates', async () => {
      const doc = parse((await archive.visitor().get(`/works/${id}/navigate?view_adult=true`)).body);
      const links = doc.querySelectorAll('a');
      const first = links.find((a) => /\/works\/\d+$/.test(a.getAttribute('href') ?? ''))!;
      assert.equal(first.getAttribute('href'), `/works/${id}`);
      assert.equal(first.text, 'Contract & Co');
      assert.equal(doc.querySelectorAll('a[href="/users/contract_author/pseuds/contract_author"]').length, 1);
      const chapters = links.filter((a) => new RegExp(`/works/${id}/chapters/\\d+$`).test(a.getAttribute('href') ?? ''));
      assert.equal(chapters.length, 3);
      for (const a of chapters) {
        const next = a.nextElementSibling!;
        assert.equal(next.getAttribute('class'), 'datetime');
        assert.match(next.text, /^\(\d{4}-\d{2}-\d{2}\)$/);
      }
      for (const a of links) assert.doesNotMatch(a.getAttribute('href') ?? '', /^https?:/, 'links are root-relative');
    });

    test('work page: title, byline, summary first, metadata classes, stats labels', async () => {
      const doc = parse((await archive.visitor().get(`/works/${id}?view_adult=true`)).body);
      assert.equal(doc.querySelector('h2.title')!.text.trim(), 'Contract & Co');
      assert.equal(doc.querySelectorAll('h3.byline a[href="/users/contract_author/pseuds/contract_author"]').length, 1);
      assert.equal(doc.querySelector('blockquote.userstuff')!.innerHTML, '<p>The <b>summary</b>.</p>');
      const meta = exact(doc, 'dl', 'work meta group');
      assert.equal(meta.length, 1);
      for (const cls of ['rating tags', 'warning tags', 'category tags', 'fandom tags', 'relationship tags', 'character tags', 'freeform tags']) {
        const dd = exact(meta[0]!, 'dd', cls);
        assert.equal(dd.length, 1, cls);
        assert.ok(dd[0]!.querySelectorAll('a.tag').length >= 1, `${cls} has a.tag links`);
      }
      assert.equal(exact(meta[0]!, 'dd', 'rating tags')[0]!.text.trim(), 'Explicit');
      assert.equal(meta[0]!.querySelector('dd.language')!.text.trim(), 'English');
      const series = meta[0]!.querySelector('dd.series')!;
      assert.match(series.text, /Part 1 of Contract Series/);
      assert.match(series.innerHTML, /Part 1 of <a href="\/series\/\d+">/);
      const stats = doc.querySelector('dl.stats')!;
      const labels = stats.querySelectorAll('dt').map((d) => d.text.trim());
      assert.deepEqual(labels, ['Published:', 'Updated:', 'Words:', 'Chapters:', 'Comments:', 'Kudos:', 'Bookmarks:', 'Hits:']);
      assert.equal(stats.querySelector('dd.chapters')!.text, '3/?');
    });

    test('entire work: preface group, one chapter div each with userstuff module, notes, end notes', async () => {
      const doc = parse((await archive.visitor().get(`/works/${id}?view_full_work=true&view_adult=true`)).body);
      const preface = exact(doc, 'div', 'preface group');
      assert.equal(preface.length, 1);
      assert.match(exact(preface[0]!, 'div', 'notes module')[0]!.querySelector('blockquote.userstuff')!.text, /Work notes at the beginning/);
      const chapters = doc.querySelectorAll('div').filter((d) => /^chapter-\d+$/.test(d.id));
      assert.deepEqual(chapters.map((c) => c.id), ['chapter-1', 'chapter-2', 'chapter-3']);
      for (const [i, c] of chapters.entries()) {
        const text = exact(c, 'div', 'userstuff module');
        assert.equal(text.length, 1);
        assert.equal(exact(text[0]!, 'h3', 'landmark heading').length, 1, 'the "Chapter Text" heading tools remove');
        assert.match(exact(c, 'div', 'end notes module')[0]!.querySelector('blockquote')!.text, i === 0 ? /Chapter one end notes/ : new RegExp(`End notes of ${i + 1}`));
        assert.match(c.querySelector('#notes blockquote')!.text, i === 0 ? /Chapter one notes/ : new RegExp(`Notes of ${i + 1}`));
        if (i > 0) assert.match(c.querySelector('#summary blockquote')!.text, new RegExp(`Summary of ${i + 1}`));
      }
      assert.match(doc.querySelector('#work_endnotes blockquote')!.text, /Work notes at the end/);
      assert.ok(doc.querySelector('#workskin #chapters'), 'text sits inside div#workskin');
    });

    test('one chapter page has the preface group and that chapter only', async () => {
      const doc = parse((await archive.visitor().get(`/works/${id}/chapters/${chapterIds[1]}?view_adult=true`)).body);
      assert.equal(exact(doc, 'div', 'preface group').length, 1);
      assert.equal(exact(doc, 'div', 'userstuff module').length, 1);
      assert.match(exact(doc, 'div', 'userstuff module')[0]!.text, /Body of chapter 2/);
    });

    test('adult gate: the sentence and a view_adult link without consent; never with view_adult=true', async () => {
      const gate = await archive.visitor().get(`/works/${id}`);
      assert.match(gate.body, /This work could have adult content. If you continue, you have agreed that you are willing to see such content./);
      assert.ok(parse(gate.body).querySelectorAll('a').some((a) => a.getAttribute('href') === `/works/${id}?view_adult=true`));
      assert.doesNotMatch(gate.body, /Body of chapter/);
      const shown = await archive.visitor().get(`/works/${id}/chapters/${chapterIds[2]}?view_adult=true`);
      assert.doesNotMatch(shown.body, /could have adult content/);
    });

    test('site chrome carries no work or pseud links', async () => {
      const doc = parse((await author.get(`/works/${id}?view_adult=true`)).body);
      for (const chrome of [doc.querySelector('header')!, doc.querySelector('footer')!]) {
        for (const a of chrome.querySelectorAll('a')) assert.doesNotMatch(a.getAttribute('href') ?? '', /\/works\/\d+|\/pseuds\//);
      }
      assert.ok((await author.get('/')).body.includes('href="/users/logout"'), 'logged-in pages carry the logout link in double quotes');
    });

    test('restricted works show the lock image; guests get the registered-users sentence', async () => {
      const res = await author.post('/works', workForm({ 'work[visibility]': 'registered' }));
      const url = String(res.headers.location);
      assert.match((await author.get(url)).body, /<img[^>]+alt="\(Restricted\)"/);
      assert.match((await archive.visitor().get(url)).body, /This work is only available to registered users of the Archive\./);
    });

    test('downloads are listed as li.download ul li a, root-relative, in every format', async () => {
      const doc = parse((await archive.visitor().get(`/works/${id}?view_adult=true`)).body);
      const hrefs = doc.querySelectorAll('li.download ul li a').map((a) => a.getAttribute('href') ?? '');
      for (const ext of ['epub', 'html', 'txt', 'pdf']) assert.ok(hrefs.some((h) => new RegExp(`^/downloads/${id}/[^/]+\\.${ext}(\\?|$)`).test(h)), ext);
      const first = await archive.visitor().get(hrefs.find((h) => h.includes('.html'))!);
      assert.equal(first.statusCode, 200);
    });

    test('a logged-in work page has the bookmark fields tools require', async () => {
      const doc = parse((await author.get(`/works/${id}?view_adult=true`)).body);
      for (const sel of ['input#bookmark_tag_string', 'input#bookmark_private', 'input#bookmark_rec', 'textarea#bookmark_notes']) assert.ok(doc.querySelector(sel), sel);
    });

    test('series page: heading, Complete: in the stats, works as h4.heading links', async () => {
      const series = parse((await archive.visitor().get(`/works/${id}?view_adult=true`)).body).querySelector('dd.series a')!.getAttribute('href')!;
      const doc = parse((await author.get(series)).body);
      assert.equal(doc.querySelector('div.series-show h2.heading')!.text.trim(), 'Contract Series');
      assert.match(doc.querySelector('dl.series dl.stats')!.text.replace(/\s+/g, ''), /Complete:(Yes|No)/);
      assert.equal(doc.querySelector('h4.heading a')!.getAttribute('href'), `/works/${id}`);
    });

    test('series page: Bookmarks: in the stats links the count of public bookmarks to /series/{id}/bookmarks; members get the bookmark fields', async () => {
      const series = parse((await archive.visitor().get(`/works/${id}?view_adult=true`)).body).querySelector('dd.series a')!.getAttribute('href')!;
      const count = async () => {
        const stats = parse((await archive.visitor().get(series)).body).querySelector('dl.series dl.stats')!;
        const dt = stats.querySelectorAll('dt').find((d) => d.text.trim() === 'Bookmarks:')!;
        assert.equal(dt.nextElementSibling!.tagName, 'DD');
        const a = dt.nextElementSibling!.querySelector('a')!;
        assert.equal(a.getAttribute('href'), `${series}/bookmarks`);
        return a.text.trim();
      };
      assert.equal(await count(), '0');
      const doc = parse((await author.get(series)).body);
      for (const sel of ['input#bookmark_tag_string', 'input#bookmark_private', 'input#bookmark_rec', 'textarea#bookmark_notes']) assert.ok(doc.querySelector(sel), sel);
      assert.equal((await author.post(`${series}/bookmarks`, { 'bookmark[notes]': 'my own series' })).statusCode, 303);
      assert.equal(await count(), '1');
      assert.equal((await archive.visitor().get(`${series}/bookmarks`)).statusCode, 200);
      assert.equal((await author.post(`${series}/bookmarks/delete`, {})).statusCode, 303);
      assert.equal(await count(), '0');
    });

    test('Mark for Later: AO3\'s button_to forms to /works/{id}/mark_for_later and mark_as_read, listed at readings?show=to-read', async () => {
      const reader = archive.visitor('198.51.100.40');
      await reader.register('contract_reader');
      const button = async () => {
        const forms = parse((await reader.get(`/works/${id}?view_adult=true`)).body).querySelectorAll('ul.work.navigation li.mark form.button_to');
        assert.equal(forms.length, 1);
        assert.equal(forms[0]!.getAttribute('method'), 'post');
        assert.equal(forms[0]!.querySelector('input[name="_method"]')!.getAttribute('value'), 'patch');
        return forms[0]!.getAttribute('action');
      };
      assert.equal(await button(), `/works/${id}/mark_for_later`);
      assert.equal(parse((await archive.visitor().get(`/works/${id}?view_adult=true`)).body).querySelector('li.mark'), null, 'no button for guests');
      assert.equal((await reader.post(`/works/${id}/mark_for_later`, { _method: 'patch' })).statusCode, 303);
      assert.equal(await button(), `/works/${id}/mark_as_read`);
      const later = parse((await reader.get('/users/contract_reader/readings?show=to-read')).body);
      assert.equal(exact(later, 'li', `work blurb group user-${later.querySelector(`li#work_${id}`)!.getAttribute('class')!.split('user-')[1]}`).length, 1);
      assert.equal(later.querySelector(`li#work_${id} h4.heading a`)!.getAttribute('href'), `/works/${id}`);
      assert.equal((await reader.post(`/works/${id}/mark_as_read`, { _method: 'patch' })).statusCode, 303);
      assert.equal(await button(), `/works/${id}/mark_for_later`);
      assert.equal(parse((await reader.get('/users/contract_reader/readings?show=to-read')).body).querySelector(`li#work_${id}`), null);
    });

    test('a failed login answers 200 with the login form and its message; the limit still answers 429', async () => {
      const tries = [{ login: 'contract_author', password: 'not the passphrase' }, { login: '', password: '' }, { login: 'nobody_at_all', password: 'whatever passphrase' }];
      for (const [i, t] of tries.entries()) {
        const res = await archive.visitor(`203.0.113.${i + 1}`).login(t.login, t.password);
        assert.equal(res.statusCode, 200, t.login || 'empty fields');
        const doc = parse(res.body);
        assert.ok(doc.querySelector('form[action="/users/login"] input[name="user[password]"]'), 'the login form again');
        assert.match(res.body, t.login ? /do not match an account/ : /Enter your username or email/);
        assert.doesNotMatch(res.body, /href="\/users\/logout"/, 'not logged in');
      }
      await archive.visitor().register('contract_locked', 'the right passphrase');
      for (let i = 0; i < 5; i++) assert.equal((await archive.visitor(`203.0.113.${20 + i}`).login('contract_locked', `guess ${i}`)).statusCode, 200);
      const blocked = await archive.visitor('203.0.113.40').login('contract_locked', 'the right passphrase');
      assert.equal(blocked.statusCode, 429);
      assert.ok(Number(blocked.headers['retry-after']) > 0);
    });

    test('/chapters/{id} moves for good to /works/{work}/chapters/{id}; what the viewer may not see is a plain 404', async () => {
      const moved = await archive.visitor().get(`/chapters/${chapterIds[1]}?view_adult=true`);
      assert.equal(moved.statusCode, 301);
      assert.equal(moved.headers.location, `/works/${id}/chapters/${chapterIds[1]}?view_adult=true`);
      assert.equal((await archive.visitor().get(`/chapters/${chapterIds[0]}`)).headers.location, `/works/${id}/chapters/${chapterIds[0]}`);
      const draftChapter = await archive.app.db.transaction(async (tx) => {
        const text = await renderChapterText(archive.app.ctx.texts, { title: 'Unposted', summary: '', notes: '', endNotes: '', body: 'Not yet.', format: 'text' });
        return insertChapter(tx, id, { ...text, status: 'draft', publishAt: null, postedAt: null, silent: false, now: Date.now() });
      });
      const draftWork = Number(/\/works\/(\d+)/.exec(String((await author.post('/works', workForm({ 'work[title]': 'Contract Draft', commit: 'draft' }))).headers.location))![1]);
      const draftWorkChapter = Number(/chapters\/(\d+)/.exec(parse((await author.get(`/works/${draftWork}/navigate`)).body).querySelector('ol a')!.getAttribute('href')!)![1]);
      const missing = await archive.visitor().get('/chapters/98765432');
      assert.equal(missing.statusCode, 404);
      const other = archive.visitor('198.51.100.41');
      await other.register('contract_other');
      await other.get('/'); // shows the sign-up's flash, which would otherwise differ between the two pages
      for (const [who, viewer] of [['guest', archive.visitor()], ['another member', other]] as const) {
        for (const cid of [draftChapter, draftWorkChapter]) {
          const never = parse((await viewer.get('/chapters/98765432')).body).querySelector('main')!.text;
          const res = await viewer.get(`/chapters/${cid}`);
          assert.equal(res.statusCode, 404, `${who}: chapter ${cid}`);
          assert.equal(parse(res.body).querySelector('main')!.text, never, `${who}: the same page as a number that never was`);
        }
      }
      assert.equal((await author.get(`/chapters/${draftChapter}`)).headers.location, `/works/${id}/chapters/${draftChapter}`, 'the creator follows their own draft chapter');
      assert.equal((await author.get(`/chapters/${draftWorkChapter}`)).statusCode, 301);
      for (const bad of ['abc', '0', '-1', '1e3', '99999999999999999999']) assert.equal((await archive.visitor().get(`/chapters/${bad}`)).statusCode, 404, bad);
    });

    test('a bookmarked work\'s form is the edit form, posting to /bookmarks/{id} with _method=put', async () => {
      const reader = archive.visitor('198.51.100.42');
      await reader.register('contract_bookmarker');
      const form = async (who: Client) => parse((await who.get(`/works/${id}?view_adult=true`)).body).querySelector('form#bookmark-form')!;
      const before = await form(reader);
      assert.equal(before.getAttribute('action'), `/works/${id}/bookmarks`);
      assert.equal(before.querySelector('input[name="_method"]'), null);
      assert.equal((await reader.post(`/works/${id}/bookmarks`, { 'bookmark[notes]': 'First read.', 'bookmark[tag_string]': 'comfort, reread', 'bookmark[private]': '1' })).statusCode, 303);
      const edit = await form(reader);
      const action = edit.getAttribute('action')!;
      assert.match(action, /^\/bookmarks\/\d+$/, 'FanFicFare tells a bookmarked work by a form whose action starts with /bookmarks/');
      assert.equal(edit.getAttribute('method'), 'post');
      assert.equal(edit.querySelector('input[name="_method"]')!.getAttribute('value'), 'put');
      assert.equal(edit.querySelector('input#bookmark_tag_string')!.getAttribute('value'), 'comfort, reread');
      assert.ok(edit.querySelector('input#bookmark_private')!.hasAttribute('checked'));
      assert.match(edit.querySelector('textarea#bookmark_notes')!.text, /First read\./);
      const saved = await reader.post(action, { _method: 'put', 'bookmark[notes]': 'Second read.', 'bookmark[tag_string]': 'reread' });
      assert.equal(saved.statusCode, 303);
      assert.equal(saved.headers.location, `/works/${id}`);
      const after = await form(reader);
      assert.equal(after.getAttribute('action'), action, 'the same bookmark, changed');
      assert.equal(after.querySelector('input#bookmark_tag_string')!.getAttribute('value'), 'reread');
      assert.equal(after.querySelector('input#bookmark_private')!.hasAttribute('checked'), false);
      assert.match(after.querySelector('textarea#bookmark_notes')!.text, /Second read\./);
      const other = archive.visitor('198.51.100.43');
      await other.register('contract_intruder');
      assert.equal((await other.post(action, { _method: 'put', 'bookmark[notes]': 'Mine now.' })).statusCode, 404, 'someone else\'s bookmark is as missing as none');
      assert.equal((await other.post('/bookmarks/98765432', { _method: 'put', 'bookmark[notes]': 'x' })).statusCode, 404);
      assert.equal((await reader.post(action, { _method: 'put', 'bookmark[tag_string]': 'x'.repeat(200) })).statusCode, 422, 'a refused edit shows the form again');
      assert.match((await form(reader)).querySelector('textarea#bookmark_notes')!.text, /Second read\./);
    });

    test('the unsubscribe control is <input type="submit" value="Unsubscribe"> in li.subscribe', async () => {
      const reader = archive.visitor('198.51.100.44');
      await reader.register('contract_subscriber');
      const control = async () => parse((await reader.get(`/works/${id}?view_adult=true`)).body).querySelector('ul.work.navigation li.subscribe input[type="submit"]')!;
      assert.equal((await control()).getAttribute('value'), 'Subscribe');
      await reader.post('/users/contract_subscriber/subscriptions', { 'subscription[subscribable_id]': String(id), 'subscription[subscribable_type]': 'Work' });
      const unsubscribe = await control();
      assert.equal(unsubscribe.getAttribute('value'), 'Unsubscribe');
      assert.equal(unsubscribe.getAttribute('name'), 'commit');
      // AO3's form: DELETE /users/{login}/subscriptions/{subscription id}, sent as POST with _method=delete.
      const form = parse((await reader.get(`/works/${id}?view_adult=true`)).body).querySelector('ul.work.navigation li.subscribe form')!;
      const action = form.getAttribute('action')!;
      assert.match(action, /^\/users\/contract_subscriber\/subscriptions\/\d+$/, 'ao3_api reads the subscription id from the action');
      assert.equal(form.getAttribute('method'), 'post');
      assert.equal(form.querySelector('input[name="_method"]')!.getAttribute('value'), 'delete');
      const intruder = archive.visitor('198.51.100.45');
      await intruder.register('contract_unsubscriber');
      assert.equal((await intruder.post(action, { _method: 'delete' })).statusCode, 403, 'another member\'s address');
      assert.equal((await intruder.post(action.replace('contract_subscriber', 'contract_unsubscriber'), { _method: 'delete' })).statusCode, 404, 'another member\'s subscription');
      assert.equal((await control()).getAttribute('value'), 'Unsubscribe');
      const off = await reader.post(action, { _method: 'delete', commit: 'Unsubscribe' });
      assert.equal(off.statusCode, 303);
      assert.equal((await control()).getAttribute('value'), 'Subscribe');
    });

    test('missing works are 404', async () => {
      assert.equal((await archive.visitor().get('/works/987654')).statusCode, 404);
    });
  });
}
