/**
 * Finding your way: the header's links per role (every one leads to a page), the member's unread inbox count, the
 * home page's lists (fandoms by media, most kudos this week, latest updates) with visibility and the blocklist
 * applied, the fandom index's counts and A–Z jump, the tag search and the tag page's relations with counts.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse, type HTMLElement } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { startArchive, ADMIN_PASSWORD, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { workIdOf } from '../support/chapters.ts';
import { memberWithRole } from '../support/policy.ts';
import type { Client } from '../support/client.ts';
import { sql } from '../../src/storage/sql.ts';

const doc = async (client: Client, path: string): Promise<HTMLElement> => {
  const res = await client.get(path);
  assert.equal(res.statusCode, 200, `${path}: ${res.body.slice(0, 300)}`);
  return parse(res.body);
};
const text = (el: HTMLElement | null | undefined) => (el?.text ?? '').replace(/\s+/g, ' ').trim();
const hrefs = (el: HTMLElement | null | undefined) => (el?.querySelectorAll('a') ?? []).map((a) => a.getAttribute('href')!);
const blurbIds = (el: HTMLElement | null) => (el?.querySelectorAll('li.blurb') ?? []).map((li) => Number(li.id.replace('work_', '')));
const kudosIds = (page: HTMLElement) => page.querySelectorAll('ol.kudos-week > li').map((li) => Number(/\/works\/(\d+)$/.exec(li.querySelector('a')!.getAttribute('href')!)![1]));
/** "Name (count)" of each fandom in a list. */
const fandomCounts = (el: HTMLElement | undefined) => (el?.querySelectorAll('ul.tags li') ?? []).map((li) => text(li));
const mediaCard = (page: HTMLElement, media: string) => page.querySelectorAll('li.media-card').find((li) => text(li.querySelector('.heading a')) === media);
const DAY = 24 * 60 * 60 * 1000;

for (const engine of engines()) {
  describe(`finding your way (${engine.name})`, () => {
    let archive: TestArchive;
    let admin: Client;
    let moderator: Client;
    let writer: Client;
    let noisy: Client;
    let reader: Client;
    let guest: Client;
    const w = { trek: 0, members: 0, hidden: 0, noisy: 0, spoiler: 0, synonym: 0, tos: 0, draft: 0, numbers: 0, franchise: 0 };

    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      admin = archive.visitor('192.0.2.1');
      assert.equal((await admin.login('admin', ADMIN_PASSWORD)).statusCode, 303);
      moderator = await memberWithRole(archive, admin, 'nav_mod', 'moderator');
      [writer, noisy, reader] = ['192.0.2.2', '192.0.2.3', '192.0.2.4'].map((ip) => archive.visitor(ip)) as [Client, Client, Client];
      guest = archive.visitor('192.0.2.5');
      await writer.register('nav_writer');
      await noisy.register('nav_noisy');
      await reader.register('nav_reader');
      const post = async (client: Client, fields: Record<string, string>) => {
        const res = await client.post('/works', workForm({ 'work[character_string]': '', 'work[relationship_string]': '', 'work[freeform_string]': 'Found Family', ...fields }));
        assert.equal(res.statusCode, 303, res.body.slice(0, 500));
        return workIdOf(res.headers.location);
      };
      w.trek = await post(writer, { 'work[title]': 'Warp Speed', 'work[fandom_string]': 'Star Trek', 'work[character_string]': 'Spock' });
      w.members = await post(writer, { 'work[title]': 'Members Bridge', 'work[fandom_string]': 'Star Trek', 'work[visibility]': 'registered' });
      w.hidden = await post(writer, { 'work[title]': 'Hidden Deck', 'work[fandom_string]': 'Star Trek' });
      w.noisy = await post(noisy, { 'work[title]': 'Loud Nebula', 'work[fandom_string]': 'Star Trek' });
      w.spoiler = await post(writer, { 'work[title]': 'Spoiled Tardis', 'work[fandom_string]': 'Doctor Who', 'work[freeform_string]': 'Spoilers' });
      w.synonym = await post(writer, { 'work[title]': 'Short Name', 'work[fandom_string]': 'ST' });
      w.tos = await post(writer, { 'work[title]': 'Original Series', 'work[fandom_string]': 'Star Trek TOS' });
      w.numbers = await post(writer, { 'work[title]': 'Odyssey', 'work[fandom_string]': '2001 Nights' });
      w.draft = await post(writer, { 'work[title]': 'Unposted', 'work[fandom_string]': 'Star Trek', 'work[freeform_string]': 'Secret Draft Tag', commit: 'draft' });

      // Wrangling: canonical fandoms in TV Shows, a synonym, a sub-tag, a metatag and a character under its fandom.
      const wrangle = async (name: string, action: string, fields: Record<string, string>) =>
        assert.equal((await admin.post(`/tags/${encodeURIComponent(name)}/${action}`, fields)).statusCode, 303, `${action} ${name}`);
      w.franchise = workIdOf((await admin.post('/works', workForm({ 'work[title]': 'Franchise Notes', 'work[fandom_string]': 'Star Trek Franchise', 'work[visibility]': 'registered' }))).headers.location);
      for (const f of ['Star Trek', 'Doctor Who', 'Star Trek TOS', 'Star Trek Franchise', '2001 Nights']) {
        await wrangle(f, 'canonical', { 'tag[canonical]': '1' });
        await wrangle(f, 'media', { 'tag[media]': 'TV Shows' });
      }
      await wrangle('ST', 'synonym', { 'tag[synonym]': 'Star Trek' });
      await wrangle('Star Trek TOS', 'parents', { 'tag[parent]': 'Star Trek' });
      await wrangle('Star Trek', 'parents', { 'tag[parent]': 'Star Trek Franchise' });
      await wrangle('Spock', 'canonical', { 'tag[canonical]': '1' });
      await wrangle('Spock', 'parents', { 'tag[parent]': 'Star Trek' });

      // Kudos this week: noisy 3, trek 2, members-only 2 (members see it), spoiler 1 (+1 older than a week), hidden 4.
      const kudos = async (id: number, n: number, from: number) => {
        for (let i = 0; i < n; i++) assert.equal((await archive.visitor(`198.18.${from}.${i + 1}`).post(`/works/${id}/kudos`)).statusCode, 303);
      };
      await kudos(w.noisy, 3, 1);
      await kudos(w.trek, 2, 2);
      await kudos(w.hidden, 4, 3);
      await kudos(w.spoiler, 1, 4);
      await reader.post(`/works/${w.members}/kudos`);
      await moderator.post(`/works/${w.members}/kudos`);
      await archive.app.db.run(sql`INSERT INTO kudos (work_id, guest_key, created_at) VALUES (${w.spoiler}, ${'old-guest'}, ${Date.now() - 8 * DAY})`);
      assert.equal((await moderator.post(`/admin/works/${w.hidden}/hide`, { reason: 'Testing hidden works.' })).statusCode, 303);

      // The reader mutes one writer and hides one tag.
      assert.equal((await reader.post('/settings/blocklist', { 'block[kind]': 'user', 'block[name]': 'nav_noisy' })).statusCode, 303);
      assert.equal((await reader.post('/settings/blocklist', { 'block[kind]': 'tag', 'block[name]': 'Spoilers' })).statusCode, 303);
    });
    after(() => archive.close());

    test('the header: site navigation for everyone, Log in and Sign up for guests, a member menu whose links all lead somewhere', async () => {
      const page = await doc(guest, '/');
      assert.deepEqual(hrefs(page.querySelector('header nav[aria-label="Browse"]')), ['/media', '/works', '/works/search', '/collections']);
      assert.ok(page.querySelector('header form[role="search"] input[name="work_search[query]"]'), 'the search box stays');
      assert.deepEqual(hrefs(page.querySelector('header nav[aria-label="Account"]')), ['/users/login', '/users/new']);
      assert.equal(page.querySelector('details.user-menu'), null);
      assert.equal(page.querySelectorAll('nav[aria-label="Site"]').length, 1, 'the footer keeps its own label');

      const expected = (login: string) => [`/users/${login}`, `/users/${login}/works`, `/users/${login}/works/drafts`, `/users/${login}/stats`, `/users/${login}/bookmarks`, `/users/${login}/subscriptions`, `/users/${login}/readings?show=to-read`, `/users/${login}/readings`, '/inbox', `/users/${login}/invitations`, '/works/new', '/settings/profile'];
      for (const [client, login, staff] of [[reader, 'nav_reader', undefined], [moderator, 'nav_mod', 'Moderation'], [admin, 'admin', 'Admin']] as const) {
        const home = await doc(client, '/');
        const menu = home.querySelector('header nav[aria-label="Account"] details.user-menu')!;
        assert.ok(menu, login);
        assert.match(text(menu.querySelector('summary')), new RegExp(`Account menu for ${login}`));
        const links = menu.querySelectorAll('ul a');
        assert.deepEqual(links.map((a) => a.getAttribute('href')), [...expected(login), ...(staff ? ['/admin'] : []), '/users/logout'], login);
        assert.deepEqual(links.map((a) => text(a)), ['My profile', 'My works', 'Drafts', 'Statistics', 'Bookmarks', 'Subscriptions', 'Marked for Later', 'History', 'Inbox', 'Invitations', 'Post new work', 'Settings', ...(staff ? [staff] : []), 'Log out']);
        for (const href of new Set(links.map((a) => a.getAttribute('href')!))) assert.equal((await client.get(href)).statusCode, 200, `${login}: ${href}`);
        assert.ok(home.querySelector('script[src^="/assets/menu."]'), 'the menu script is an asset');
      }
      // Logging out stays a form with a CSRF token behind the link.
      const confirm = await doc(reader, '/users/logout');
      assert.ok(confirm.querySelector('form[method="post"][action="/users/logout"] input[name="authenticity_token"]'));
      assert.equal((await reader.get('/')).statusCode, 200, 'a GET does not log out');
      assert.ok((await doc(reader, '/')).querySelector('details.user-menu'));
    });

    test('the unread inbox count in the header follows the inbox; guests get none', async () => {
      const badge = async () => text((await doc(writer, '/works')).querySelector('details.user-menu summary .badge'));
      assert.equal(await badge(), '');
      for (const words of ['First note', 'Second note']) assert.equal((await reader.post(`/works/${w.trek}/comments`, { 'comment[content]': words })).statusCode, 303);
      assert.equal(await badge(), '2 unread');
      const inbox = await doc(writer, '/inbox');
      assert.match(text(inbox.querySelector('a[href="/inbox"] .badge')), /^2 unread$/);
      const first = inbox.querySelector('ol.inbox li input')!.getAttribute('value')!;
      assert.equal((await writer.post('/inbox', { 'ids[]': [first], bulk: 'read' })).statusCode, 303);
      assert.equal(await badge(), '1 unread');
      assert.equal((await doc(reader, '/')).querySelector('.user-menu .badge'), null, 'only the recipient sees it');
      assert.doesNotMatch((await guest.get('/')).body, /class="badge"|href="\/inbox"/);
      if (engine.name === 'sqlite') {
        const plan = await archive.app.db.all<{ detail: string }>(sql`EXPLAIN QUERY PLAN SELECT COUNT(*) AS n FROM inbox_items i JOIN comments c ON c.id = i.comment_id
          WHERE i.user_id = ${1} AND i.read_at IS NULL AND c.status = 'published' AND c.hidden_at IS NULL`);
        assert.ok(plan.some((p) => /inbox_unread/.test(p.detail)), JSON.stringify(plan));
      }
    });

    test('home: tagline, fandoms by media, most kudos this week and the latest updates, as each visitor may see them', async () => {
      const page = await doc(guest, '/');
      assert.equal(text(page.querySelector('.home-intro .site-tagline')), 'A fan fiction archive: stories by fans, for fans.');
      assert.deepEqual(hrefs(page.querySelector('.home-onward')), ['/works', '/media', '/works/search']);
      const recent = blurbIds(page.querySelector('.recent-works'));
      assert.deepEqual(recent.slice().sort((a, b) => a - b), [w.trek, w.noisy, w.spoiler, w.synonym, w.tos, w.numbers].sort((a, b) => a - b), 'no registered-only, hidden or draft work');
      assert.deepEqual(kudosIds(page), [w.noisy, w.trek, w.spoiler], 'this week only: the hidden and the members-only work are left out');
      assert.match(text(page.querySelector('ol.kudos-week li')), /Loud Nebula by nav_noisy in Star Trek 3 kudos this week/);
      assert.match(text(page.querySelectorAll('ol.kudos-week li')[2]), /1 kudos this week/, 'the older kudos is not counted');
      // Star Trek: its own public works and its synonym's (trek, noisy, synonym); sub-tags are counted on their own.
      assert.deepEqual(fandomCounts(mediaCard(page, 'TV Shows')), ['Star Trek (3)', '2001 Nights (1)', 'Doctor Who (1)', 'Star Trek TOS (1)']);

      const member = await doc(reader, '/');
      assert.deepEqual(blurbIds(member.querySelector('.recent-works')).sort((a, b) => a - b), [w.trek, w.members, w.synonym, w.tos, w.numbers, w.franchise].sort((a, b) => a - b), 'muted writer and hidden tag left out');
      assert.deepEqual(kudosIds(member), [w.members, w.trek]);
      assert.deepEqual(fandomCounts(mediaCard(member, 'TV Shows')), ['Star Trek (3)', '2001 Nights (1)', 'Star Trek Franchise (1)', 'Star Trek TOS (1)'], 'members-only works count, blocked ones do not');
      assert.deepEqual(kudosIds(await doc(writer, '/')), [w.noisy, w.members, w.trek, w.spoiler], 'another member has no blocklist');
      // The week's leaders are counted once a minute, but what each visitor is shown of them is current.
      assert.equal((await moderator.post(`/admin/works/${w.trek}/hide`, { reason: 'A moment out.' })).statusCode, 303);
      assert.deepEqual(kudosIds(await doc(guest, '/')), [w.noisy, w.spoiler]);
      assert.equal((await moderator.post(`/admin/works/${w.trek}/unhide`, { reason: 'Back.' })).statusCode, 303);
      assert.deepEqual(kudosIds(await doc(guest, '/')), [w.noisy, w.trek, w.spoiler]);

      assert.equal((await admin.post('/admin/settings', { 'site[name]': 'Test Archive', 'site[tagline]': 'Stories <kept> safe' })).statusCode, 303);
      assert.match((await guest.get('/')).body, /<p class="site-tagline">Stories &lt;kept&gt; safe<\/p>/);
      assert.equal((await admin.post('/admin/settings', { 'site[name]': 'Test Archive', 'site[tagline]': '' })).statusCode, 303);
    });

    test('the fandom index: counts per viewer on /media and each media type, an A–Z jump with "#"', async () => {
      const media = await doc(guest, '/media');
      const tv = mediaCard(media, 'TV Shows')!;
      assert.match(text(tv.querySelector('.heading')), /TV Shows \(5 fandoms\)/);
      assert.deepEqual(fandomCounts(tv), ['Star Trek (3)', '2001 Nights (1)', 'Doctor Who (1)', 'Star Trek TOS (1)']);
      assert.match(text(mediaCard(media, 'Movies')), /No fandoms yet/);

      const list = await doc(guest, '/media/TV%20Shows/fandoms');
      const jump = list.querySelector('nav.letter-jump[aria-label="Fandoms by first letter"]')!;
      assert.deepEqual(hrefs(jump), ['#letter-other', '#letter-D', '#letter-S']);
      assert.equal(jump.querySelector('a[href="#letter-other"]')!.getAttribute('aria-label'), 'Numbers and symbols');
      assert.equal(jump.querySelectorAll('li').length, 27, '# and A to Z, the empty ones as plain text');
      const section = (id: string) => list.querySelector(`section[aria-labelledby="${id}"]`);
      assert.deepEqual(fandomCounts(section('letter-other')!), ['2001 Nights (1)']);
      assert.deepEqual(fandomCounts(section('letter-D')!), ['Doctor Who (1)']);
      assert.deepEqual(fandomCounts(section('letter-S')!), ['Star Trek (3)', 'Star Trek Franchise (0)', 'Star Trek TOS (1)']);
      assert.ok(list.querySelector('h2#letter-S'));

      const readers = await doc(reader, '/media/TV%20Shows/fandoms');
      assert.deepEqual(fandomCounts(readers.querySelector('section[aria-labelledby="letter-S"]')!), ['Star Trek (3)', 'Star Trek Franchise (1)', 'Star Trek TOS (1)']);
      assert.deepEqual(fandomCounts(readers.querySelector('section[aria-labelledby="letter-D"]')!), ['Doctor Who (0)'], 'its only work carries a hidden tag');
      assert.equal((await guest.get('/media/Radio/fandoms')).statusCode, 404);
    });

    test('tag search: name, kind and canonical filters, most used first with counts, clear messages for bad input', async () => {
      const search = async (client: Client, query: string) => {
        const page = await doc(client, `/tags/search?${query}`);
        return page.querySelectorAll('ol.tag-list > li').map((li) => `${text(li.querySelector('a.tag'))} ${text(li.querySelector('.count'))}`);
      };
      const form = await doc(guest, '/tags/search');
      assert.equal(text(form.querySelector('h1')), 'Search tags', 'not read as a tag named "search"');
      assert.ok(form.querySelector('form[action="/tags/search"] input[name="tag_search[name]"]'));
      assert.equal(form.querySelector('ol.tag-list'), null, 'nothing asked, nothing listed');

      assert.deepEqual(await search(guest, 'tag_search[name]=star&tag_search[type]=fandom'), ['Star Trek (3 works)', 'Star Trek TOS (1 work)', 'Star Trek Franchise (0 works)']);
      assert.deepEqual(await search(reader, 'tag_search[name]=STAR&tag_search[type]=Fandom'), ['Star Trek (3 works)', 'Star Trek Franchise (1 work)', 'Star Trek TOS (1 work)']);
      assert.deepEqual(await search(guest, 'tag_search[name]=s&tag_search[type]=character'), ['Spock (1 work)']);
      const all = await search(guest, 'tag_search[name]=st');
      assert.ok(all.includes('ST (1 work)') && all.includes('Star Trek (3 works)'), all.join('; '));
      assert.deepEqual(await search(guest, 'tag_search[name]=st&tag_search[canonical]=T&tag_search[type]=fandom'), ['Star Trek (3 works)', 'Star Trek TOS (1 work)', 'Star Trek Franchise (0 works)'], 'the synonym ST is not canonical');
      const synonym = (await doc(guest, '/tags/search?tag_search[name]=st&tag_search[type]=fandom')).querySelectorAll('ol.tag-list > li').find((li) => text(li.querySelector('a.tag')) === 'ST')!;
      assert.match(text(synonym.querySelector('.meta')), /Fandom, synonym of Star Trek/);
      assert.deepEqual(await search(writer, 'tag_search[name]=secret'), [], 'a tag only on a draft is not found, even by its author');
      assert.deepEqual(await search(guest, 'tag_search[name]=spoil'), ['Spoilers (1 work)']);
      assert.deepEqual(await search(reader, 'tag_search[name]=spoil'), [], 'hidden by the reader and on no work they see');

      const last = await doc(guest, '/tags/search?tag_search[name]=star&page=7');
      assert.match(text(last.querySelector('.tag-results .notice')), /only 1 page of results: this is the last/);
      assert.equal(last.querySelectorAll('ol.tag-list > li').length, 3);
      for (const [query, message] of [
        ['tag_search[type]=Bogus', /There is no tag kind "Bogus"/],
        [`tag_search[name]=${'x'.repeat(2000)}`, /at most 150 characters; the name searched for has 2,000/],
        ['tag_search[name]=star&page=abc', /"abc" is not a page number/],
        ['tag_search[canonical]=maybe', /either ticked or not/],
      ] as const) {
        const res = await guest.get(`/tags/search?${query}`);
        assert.equal(res.statusCode, 400, query);
        const page = parse(res.body);
        assert.match(text(page.querySelector('.form-error')), message);
        assert.equal(page.querySelector('ol.tag-list'), null);
        assert.ok(page.querySelector('form[action="/tags/search"]'), 'the form stays');
      }
      assert.equal(parse((await guest.get('/tags/search?tag_search[type]=Bogus&tag_search[name]=kept')).body).querySelector('#tag_search_name')!.getAttribute('value'), 'kept');
    });

    test('the tag page: canonical of a synonym, synonyms, parents, metatags, sub-tags and characters with counts', async () => {
      const rel = (page: HTMLElement) => {
        const out: Record<string, string> = {};
        const dl = page.querySelector('dl.tag-relations')!;
        for (const dt of dl.querySelectorAll('dt')) out[text(dt).replace(/:$/, '')] = text(dt.nextElementSibling);
        return out;
      };
      const trek = await doc(guest, '/tags/Star%20Trek');
      assert.deepEqual(rel(trek), {
        Kind: 'Fandom', Canonical: 'Yes', Media: 'TV Shows', Synonyms: 'ST (1)', 'Parent tags': 'None',
        Metatags: 'Star Trek Franchise (0)', 'Sub-tags': 'Star Trek TOS (1)', 'Character tags': 'Spock (1)',
      });
      assert.match(text(trek.querySelector('.tag-works')), /Works tagged Star Trek \(3 works\)/);
      assert.equal(rel(await doc(reader, '/tags/Star%20Trek')).Metatags, 'Star Trek Franchise (1)', 'members count members-only works');

      const st = await doc(guest, '/tags/ST');
      assert.equal(rel(st)['Synonym of'], 'Star Trek (3)');
      assert.equal(st.querySelector('.tag-works a')!.getAttribute('href'), '/tags/Star%20Trek/works', 'a synonym lists its canonical\'s works');
      assert.equal((await guest.get('/tags/ST/works')).statusCode, 301);

      const spock = rel(await doc(guest, '/tags/Spock'));
      assert.equal(spock['Parent tags'], 'Star Trek (3)');
      assert.equal(spock.Kind, 'Character');
      assert.equal((await guest.get('/tags/No%20Such%20Tag')).statusCode, 404);
    });
  });
}
