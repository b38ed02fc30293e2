/**
 * A reader's blocklist everywhere, and said: muted users' and hidden tags' works are left out of every listing
 * (all works, a tag's, an author's and their pseud, a collection's, a series, bookmarks, search), feeds fetched with the
 * reader's session, facet and fandom counts; each listing says exactly how many it hid, and /works says when the
 * default filter narrowed it, with a link to all. A muted writer's comments fold away in place (work page,
 * chapter, comments page, thread, inbox) and the comment counts stay those of the comments shown. Guests and other
 * members never see one member's filtering, the shared page cache included.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse, type HTMLElement } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { startArchive, ADMIN_PASSWORD, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { chapterForm, workIdOf, chapterIdOf } from '../support/chapters.ts';
import type { Client } from '../support/client.ts';
import { seriesOfWorks } from '../../src/storage/series.ts';
import { tagNodeByName } from '../../src/storage/tag-graph.ts';

const commentIdOf = (location: unknown): number => Number(/comment(?:s\/|_)(\d+)/.exec(String(location))![1]);
const blurbIds = (doc: HTMLElement) => doc.querySelectorAll('li.blurb').map((li) => Number(li.id.replace('work_', ''))).sort((a, b) => a - b);
const notice = (doc: HTMLElement) => doc.querySelector('.blocklist-notice');
const entryIds = (xml: string) => [...xml.matchAll(/<entry>[\s\S]*?<\/entry>/g)].map((m) => Number(/\/works\/(\d+)/.exec(m[0])![1])).sort((a, b) => a - b);
const text = (el: HTMLElement | null | undefined) => (el?.text ?? '').replace(/\s+/g, ' ').trim();

for (const engine of engines()) {
  describe(`blocklist everywhere (${engine.name})`, () => {
    let archive: TestArchive;
    let writer: Client;
    let muted: Client;
    let reader: Client;
    let other: Client;
    let guest: Client;
    const w = { plain: 0, gory: 0, m1: 0, m2: 0 };
    let chapterOne = 0;
    let seriesId = 0;
    const c = { muted: 0, reply: 0, readerOwn: 0, mutedReply: 0, mutedOnChapterTwo: 0 };

    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      [writer, muted, reader, other] = ['198.51.100.40', '198.51.100.41', '198.51.100.42', '198.51.100.43'].map((ip) => archive.visitor(ip)) as [Client, Client, Client, Client];
      guest = archive.visitor('198.51.100.44');
      await writer.register('bl_writer');
      await muted.register('bl_muted');
      await reader.register('bl_reader');
      await other.register('bl_other');
      await writer.post('/collections', { 'collection[name]': 'bl_fest', 'collection[title]': 'Blocklist Fest', 'collection[description]': 'x', 'collection[open]': '1' });
      const post = async (client: Client, fields: Record<string, string>) => {
        const res = await client.post('/works', workForm({ 'work[fandom_string]': 'Alpha', ...fields }));
        assert.equal(res.statusCode, 303, res.body.slice(0, 500));
        return workIdOf(res.headers.location);
      };
      w.plain = await post(writer, { 'work[title]': 'Plain Sailing', 'work[freeform_string]': 'Calm', 'work[series_title]': 'Seasons', 'work[collection_names]': 'bl_fest', 'work[wip_length]': '?' });
      w.gory = await post(writer, { 'work[title]': 'Grim Harvest', 'work[freeform_string]': 'Gore', 'work[series_title]': 'Seasons', 'work[collection_names]': 'bl_fest' });
      w.m1 = await post(muted, { 'work[title]': 'Muted One', 'work[freeform_string]': 'Calm', 'work[collection_names]': 'bl_fest' });
      w.m2 = await post(muted, { 'work[title]': 'Muted Two', 'work[freeform_string]': 'Calm', 'work[wip_length]': '?' });
      seriesId = (await seriesOfWorks(archive.app.db, [w.plain])).get(w.plain)![0]!.seriesId;
      // A canonical fandom, so the fandom index lists it with its works.
      const admin = archive.visitor('198.51.100.45');
      assert.equal((await admin.login('admin', ADMIN_PASSWORD)).statusCode, 303);
      assert.equal((await admin.post('/tags/Alpha/canonical', { 'tag[canonical]': '1' })).statusCode, 303);
      for (const id of [w.plain, w.gory, w.m1]) assert.equal((await other.post(`/works/${id}/bookmarks`, { 'bookmark[notes]': 'Good' })).statusCode, 303);
      // Two chapters, so the work page shows chapter one and its comments, and the chapter's comments page exists.
      const page = parse((await writer.get(`/works/${w.plain}`)).body);
      assert.ok(page);
      const second = await writer.post(`/works/${w.plain}/chapters`, chapterForm());
      assert.equal(second.statusCode, 303);
      const chapterTwo = chapterIdOf(second.headers.location);
      chapterOne = Number(/\/chapters\/(\d+)/.exec(parse((await writer.get(`/works/${w.plain}/navigate`)).body).querySelectorAll('a').map((a) => a.getAttribute('href') ?? '').find((h) => /\/chapters\/\d+$/.test(h) && !h.endsWith(`/${chapterTwo}`))!)![1]);
      const comment = async (client: Client, fields: Record<string, string>) => {
        const res = await client.post(`/works/${w.plain}/comments`, fields);
        assert.equal(res.statusCode, 303, res.body.slice(0, 500));
        return commentIdOf(res.headers.location);
      };
      c.muted = await comment(muted, { 'comment[content]': 'Words from the muted writer', 'comment[chapter_id]': String(chapterOne) });
      c.reply = await comment(other, { 'comment[content]': 'A reply from someone else', 'comment[chapter_id]': String(chapterOne), 'comment[parent_id]': String(c.muted) });
      c.readerOwn = await comment(reader, { 'comment[content]': 'The reader speaks', 'comment[chapter_id]': String(chapterOne) });
      c.mutedReply = await comment(muted, { 'comment[content]': 'The muted writer answers', 'comment[chapter_id]': String(chapterOne), 'comment[parent_id]': String(c.readerOwn) });
      c.mutedOnChapterTwo = await comment(muted, { 'comment[content]': 'On the second chapter', 'comment[chapter_id]': String(chapterTwo) });
      // The reader hides the tag Gore and mutes bl_muted; the writer mutes bl_muted too (for their own work page).
      for (const [client, kind, name] of [[reader, 'tag', 'Gore'], [reader, 'user', 'bl_muted'], [writer, 'user', 'bl_muted']] as const) {
        assert.equal((await client.post('/settings/blocklist', { 'block[kind]': kind, 'block[name]': name })).statusCode, 303);
      }
    });
    after(() => archive.close());

    const all = () => [w.plain, w.gory, w.m1, w.m2].sort((a, b) => a - b);

    test('listings leave out blocked works and say exactly how many, with a link to the blocklist', async () => {
      const cases: [string, number[], number][] = [
        ['/works', [w.plain], 3],
        ['/tags/Alpha/works', [w.plain], 3],
        ['/tags/Calm/works', [w.plain], 2],
        ['/users/bl_writer/works', [w.plain], 1],
        ['/users/bl_writer', [w.plain], 1],
        ['/users/bl_muted/works', [], 2],
        ['/users/bl_muted', [], 2],
        ['/collections/bl_fest/works', [w.plain], 2],
        [`/series/${seriesId}`, [w.plain], 1],
        ['/works/search?work_search%5Bquery%5D=Alpha', [w.plain], 3],
        ['/works/search?work_search%5Bquery%5D=Calm', [w.plain], 2],
      ];
      for (const [path, shown, hidden] of cases) {
        const res = await reader.get(path);
        assert.equal(res.statusCode, 200, path);
        const doc = parse(res.body);
        assert.deepEqual(blurbIds(doc), shown, path);
        assert.equal(text(notice(doc)), `${hidden} ${hidden === 1 ? 'work' : 'works'} hidden by your blocklist.`, path);
        assert.equal(notice(doc)!.querySelector('a')!.getAttribute('href'), '/settings/blocklist', path);
      }
      // Filters narrow what the count counts: only blocked works the filter would have shown.
      const calm = (await tagNodeByName(archive.app.db, 'Calm'))!.id;
      const narrowed = parse((await reader.get(`/works?exclude_work_search[freeform_ids][]=${calm}`)).body);
      assert.equal(text(notice(narrowed)), '1 work hidden by your blocklist.', 'of the works without Calm, only Grim Harvest is blocked');
      assert.equal(notice(parse((await reader.get(`/works?work_search[complete]=F&work_search[words_to]=0`)).body)), null, 'nothing hidden, nothing said');
    });

    test('the pseud and author pages say why they list nothing instead of "0 Works"', async () => {
      for (const path of ['/users/bl_muted/pseuds/bl_muted', '/users/bl_muted/pseuds/bl_muted/works', '/users/bl_muted', '/users/bl_muted/works']) {
        const doc = parse((await reader.get(path)).body);
        const heading = text(doc.querySelector('#works-heading'));
        assert.equal(heading, 'Works by bl_muted', path);
        assert.doesNotMatch(doc.querySelector('main')!.text, /\b0 Works\b|has not posted/, path);
        assert.match(text(doc.querySelector('main')), /Every work here is hidden by your blocklist\./, path);
      }
    });

    test('a collection’s work counts leave out blocked works, for that reader only', async () => {
      const count = async (client: Client, path: string, selector: string) => text(parse((await client.get(path)).body).querySelector(selector));
      assert.equal(await count(reader, '/collections/bl_fest', 'dd.works'), '1 work');
      assert.equal(await count(guest, '/collections/bl_fest', 'dd.works'), '3 works');
      assert.equal(await count(other, '/collections/bl_fest', 'dd.works'), '3 works');
      assert.equal(await count(reader, '/collections', 'p.works'), '1 work');
      assert.equal(await count(guest, '/collections', 'p.works'), '3 works');
    });

    test('bookmarks listings leave out blocked works, with the count', async () => {
      const doc = parse((await reader.get('/users/bl_other/bookmarks')).body);
      assert.deepEqual(doc.querySelectorAll('li.bookmark h2 a[href^="/works/"]').map((a) => Number(a.getAttribute('href')!.split('/')[2])), [w.plain]);
      assert.equal(text(notice(doc)), '2 bookmarks hidden by your blocklist.');
      const theirs = parse((await other.get('/users/bl_other/bookmarks')).body);
      assert.equal(theirs.querySelectorAll('li.bookmark').length, 3, 'the owner, who blocks nothing, sees all three');
      assert.equal(notice(theirs), null);
    });

    test('facet counts and the fandom index count only the works the reader may see', async () => {
      const alpha = (await tagNodeByName(archive.app.db, 'Alpha'))!.id;
      const facet = (doc: HTMLElement) => text(doc.querySelector(`input[name="include_work_search[fandom_ids][]"][value="${alpha}"] + label .count`));
      assert.equal(facet(parse((await reader.get('/works')).body)), '(1)');
      assert.equal(facet(parse((await guest.get('/works')).body)), '(4)');
      assert.equal(facet(parse((await other.get('/works')).body)), '(4)');
      const fandomCounts = async (client: Client) => {
        const media = parse((await client.get('/media')).body);
        const card = media.querySelectorAll('li.media-card').find((li) => li.querySelectorAll('a.tag').some((a) => a.text === 'Alpha'));
        assert.ok(card, 'Alpha is on /media');
        const onIndex = text(card.querySelectorAll('a.tag').find((a) => a.text === 'Alpha')!.nextElementSibling);
        const fandoms = parse((await client.get(card.querySelector('h2 a')!.getAttribute('href')!)).body);
        const onMediaPage = text(fandoms.querySelectorAll('a.tag').find((a) => a.text === 'Alpha')?.nextElementSibling);
        return [onIndex, onMediaPage];
      };
      assert.deepEqual(await fandomCounts(reader), ['(1)', '(1)']);
      assert.deepEqual(await fandomCounts(guest), ['(4)', '(4)']);
      assert.deepEqual(await fandomCounts(other), ['(4)', '(4)']);
    });

    test('feeds fetched with the reader’s session leave blocked works out; others get them all', async () => {
      const feeds = ['/users/bl_writer/works.atom', '/tags/Alpha/feed.atom', `/series/${seriesId}.atom`, '/users/bl_muted/works.atom', '/works/search.atom?work_search%5Bquery%5D=Alpha'];
      const expectedFor = (client: 'reader' | 'guest') => ({
        '/users/bl_writer/works.atom': client === 'reader' ? [w.plain] : [w.plain, w.gory],
        '/tags/Alpha/feed.atom': client === 'reader' ? [w.plain] : all(),
        [`/series/${seriesId}.atom`]: client === 'reader' ? [w.plain] : [w.plain, w.gory],
        '/users/bl_muted/works.atom': client === 'reader' ? [] : [w.m1, w.m2],
        '/works/search.atom?work_search%5Bquery%5D=Alpha': client === 'reader' ? [w.plain] : all(),
      } as Record<string, number[]>);
      for (const feed of feeds) {
        const mine = await reader.get(feed);
        assert.equal(mine.statusCode, 200, feed);
        assert.match(String(mine.headers['cache-control']), /private/, `${feed}: never kept by a shared cache`);
        assert.deepEqual(entryIds(mine.body), expectedFor('reader')[feed], `${feed} (reader)`);
        assert.deepEqual(entryIds((await guest.get(feed)).body), expectedFor('guest')[feed], `${feed} (guest)`);
        assert.deepEqual(entryIds((await other.get(feed)).body), expectedFor('guest')[feed], `${feed} (other member)`);
      }
    });

    test('the default filter is said on /works, with a link that shows all', async () => {
      const saved = await reader.post('/settings/filters', { 'filter[name]': 'Finished', 'filter[query]': 'work_search[complete]=T' });
      assert.equal(saved.statusCode, 303);
      const list = parse((await reader.get('/settings/filters')).body);
      const form = list.querySelectorAll('form').find((f) => /\/default$/.test(f.getAttribute('action') ?? '') && f.parentNode!.text.includes('Finished'))!;
      assert.equal((await reader.post(form.getAttribute('action')!, {})).statusCode, 303);
      try {
        const filtered = parse((await reader.get('/works')).body);
        assert.deepEqual(blurbIds(filtered), [], 'the only unblocked work is a work in progress');
        assert.equal(text(filtered.querySelector('.default-filter-notice')), 'Filtered by your default filter — show all.');
        const showAll = filtered.querySelectorAll('.default-filter-notice a').find((a) => a.text === 'show all')!.getAttribute('href')!;
        assert.equal(text(notice(filtered)), '2 works hidden by your blocklist.', 'of the complete works, Grim Harvest and Muted One');
        const unfiltered = parse((await reader.get(showAll)).body);
        assert.deepEqual(blurbIds(unfiltered), [w.plain]);
        assert.equal(unfiltered.querySelector('.default-filter-notice'), null);
        assert.equal(text(notice(unfiltered)), '3 works hidden by your blocklist.');
        // The default filter's own query, as its later pages carry it, says so too; another filter does not.
        assert.ok(parse((await reader.get('/works?work_search%5Bcomplete%5D=T&page=1')).body).querySelector('.default-filter-notice'));
        assert.equal(parse((await reader.get('/works?work_search%5Bcomplete%5D=F')).body).querySelector('.default-filter-notice'), null);
        for (const client of [guest, other]) {
          const doc = parse((await client.get('/works')).body);
          assert.equal(doc.querySelector('.default-filter-notice'), null);
          assert.equal(notice(doc), null);
          assert.deepEqual(blurbIds(doc), all());
        }
      } finally {
        await reader.post(form.getAttribute('action')!.replace('/default', '/delete'), {});
      }
    });

    /** The comment items of a page: id, whether folded as muted, and whether its text shows outside a fold. */
    const comments = (doc: HTMLElement) => doc.querySelectorAll('li.comment').map((li) => ({
      id: Number(li.id.replace('comment_', '')),
      muted: li.classList.contains('muted'),
      folded: Boolean(li.querySelector('details.muted-comment blockquote.userstuff')),
      summary: text(li.querySelector('details.muted-comment > summary')),
    }));

    test('a muted writer’s comments fold in place on the work page, chapter and comments pages, and the thread', async () => {
      const pages = [`/works/${w.plain}`, `/works/${w.plain}/chapters/${chapterOne}`, `/works/${w.plain}/chapters/${chapterOne}/comments`, `/works/${w.plain}/comments`, `/works/${w.plain}/comments/${c.muted}`];
      for (const path of pages) {
        const doc = parse((await reader.get(path)).body);
        const list = comments(doc);
        const byId = new Map(list.map((x) => [x.id, x]));
        const one = byId.get(c.muted)!;
        assert.ok(one, `${path}: the muted comment keeps its place`);
        assert.deepEqual([one.muted, one.folded, one.summary], [true, true, 'Comment from a muted user — showhide'], path);
        const reply = byId.get(c.reply)!;
        assert.deepEqual([reply.muted, reply.folded], [false, false], `${path}: another person's reply is shown`);
        assert.ok(list.findIndex((x) => x.id === c.reply) === list.findIndex((x) => x.id === c.muted) + 1, `${path}: the reply follows it`);
        assert.match(doc.querySelector(`#comment_${c.reply}`)!.classList.value.join(' '), /depth-1/, `${path}: still indented under it`);
        if (byId.has(c.mutedReply)) assert.equal(byId.get(c.mutedReply)!.muted, true, `${path}: a muted reply folds too`);
        if (byId.has(c.readerOwn)) assert.equal(byId.get(c.readerOwn)!.muted, false);
      }
      const chapterTwo = comments(parse((await reader.get(`/works/${w.plain}/comments`)).body)).find((x) => x.id === c.mutedOnChapterTwo);
      assert.equal(chapterTwo?.muted, true, 'all comments page, another chapter');
      for (const client of [guest, other]) {
        const list = comments(parse((await client.get(`/works/${w.plain}/comments`)).body));
        assert.ok(list.length >= 5);
        assert.ok(list.every((x) => !x.muted && !x.folded), 'others see every comment open');
      }
    });

    test('on the author’s own work page a writer they muted is folded too, and the replies of others stay', async () => {
      const list = comments(parse((await writer.get(`/works/${w.plain}/comments`)).body));
      assert.deepEqual(list.filter((x) => x.muted).map((x) => x.id).sort((a, b) => a - b), [c.muted, c.mutedReply, c.mutedOnChapterTwo].sort((a, b) => a - b));
      assert.ok(list.some((x) => x.id === c.reply && !x.muted));
      assert.ok(list.some((x) => x.id === c.readerOwn && !x.muted));
    });

    test('the inbox folds messages from muted writers', async () => {
      const mine = parse((await reader.get('/inbox')).body);
      const item = mine.querySelectorAll('ol.inbox > li').find((li) => li.querySelector(`a[href="/works/${w.plain}/comments/${c.mutedReply}"]`));
      assert.ok(item, 'the muted writer’s reply is in the reader’s inbox');
      assert.ok(item.classList.contains('muted'));
      assert.match(text(item.querySelector('label')), /^A muted user replied to your comment on Plain Sailing/);
      assert.doesNotMatch(text(item.querySelector('label')), /bl_muted/);
      assert.equal(text(item.querySelector('details.muted-comment > summary')), 'Comment from a muted user — showhide');
      assert.match(text(item.querySelector('details.muted-comment blockquote')), /The muted writer answers/);
      const writers = parse((await writer.get('/inbox')).body).querySelectorAll('ol.inbox > li');
      const fromMuted = writers.filter((li) => li.classList.contains('muted')).length;
      const fromOthers = writers.filter((li) => !li.classList.contains('muted'));
      assert.equal(fromMuted, 3, 'the writer muted bl_muted: three comments on their work folded');
      assert.ok(fromOthers.length >= 1 && fromOthers.every((li) => !li.querySelector('details')));
      assert.ok(parse((await muted.get('/inbox')).body).querySelectorAll('ol.inbox > li').every((li) => !li.classList.contains('muted')));
    });

    test('the comment counts still agree: muted comments are folded, not removed', async () => {
      for (const client of [reader, guest]) {
        const doc = parse((await client.get(`/works/${w.plain}`)).body);
        const stat = Number(text(doc.querySelector('dl.stats dd.comments')).replace(/\D/g, ''));
        const page = parse((await client.get(`/works/${w.plain}/comments`)).body);
        assert.equal(Number(text(page.querySelector('#all_comments')).replace(/\D/g, '')), stat);
        assert.equal(page.querySelectorAll('li.comment').filter((li) => !li.classList.contains('deleted')).length, stat);
        assert.equal(stat, 5);
      }
    });

    test('no one else ever sees a member’s filtering: the guests’ page cache and other members', async () => {
      // The reader first, then a guest (who may be served from the shared cache), then the reader again.
      for (const path of [`/works/${w.plain}`, `/works/${w.plain}/chapters/${chapterOne}`]) {
        assert.ok(comments(parse((await reader.get(path)).body)).some((x) => x.muted), path);
        for (let i = 0; i < 2; i++) {
          const doc = parse((await guest.get(path)).body);
          assert.ok(comments(doc).every((x) => !x.muted), `${path}: guest, visit ${i + 1}`);
          assert.equal(doc.querySelector('.blocklist-notice'), null);
        }
        assert.ok(comments(parse((await reader.get(path)).body)).some((x) => x.muted), `${path}: the reader after a guest`);
        assert.ok(comments(parse((await other.get(path)).body)).every((x) => !x.muted), `${path}: another member`);
      }
      assert.ok(archive.app.pages.found > 0, 'the guest was served from the cache at least once');
      for (const path of ['/works', '/tags/Alpha/works', '/users/bl_muted', `/series/${seriesId}`, '/collections/bl_fest/works', '/users/bl_other/bookmarks']) {
        await reader.get(path);
        for (const client of [guest, other]) {
          const doc = parse((await client.get(path)).body);
          assert.equal(doc.querySelector('.listing-notices'), null, path);
        }
      }
      assert.deepEqual(blurbIds(parse((await guest.get('/users/bl_muted')).body)), [w.m1, w.m2].sort((a, b) => a - b));
    });

    test('unblocking brings everything back and the notices go', async () => {
      const blocklist = parse((await reader.get('/settings/blocklist')).body);
      for (const form of blocklist.querySelectorAll('form[action="/settings/blocklist/delete"]')) {
        const fields = Object.fromEntries(form.querySelectorAll('input[type="hidden"]').filter((i) => i.getAttribute('name') !== 'authenticity_token').map((i) => [i.getAttribute('name')!, i.getAttribute('value')!]));
        assert.equal((await reader.post('/settings/blocklist/delete', fields)).statusCode, 303);
      }
      const doc = parse((await reader.get('/works')).body);
      assert.deepEqual(blurbIds(doc), all());
      assert.equal(doc.querySelector('.listing-notices'), null);
      assert.ok(comments(parse((await reader.get(`/works/${w.plain}/comments`)).body)).every((x) => !x.muted));
    });
  });
}
