/**
 * The OPDS 1.2 catalog as an e-reader uses it: every feed kind valid against the RELAX NG schemas in
 * test/fixtures/opds (jing), the web's visibility rules and blocklist, pagination, HTTP Basic for members (401 with
 * a challenge, no cookie), and a walk from /opds to an EPUB following links only.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { workIdOf } from '../support/chapters.ts';
import { relaxNgProblems, RelaxNgBatch } from '../support/relax-ng.ts';
import type { Client } from '../support/client.ts';
import { pseudByName } from '../../src/storage/pseuds.ts';
import { userByLogin } from '../../src/storage/users.ts';

const PASSWORD = 'a long test passphrase';
const basic = (login: string, password = PASSWORD) => ({ authorization: `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}` });
const unescape = (s: string) => s.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&amp;', '&');

interface Link { rel: string; href: string; type: string; title?: string }
interface Entry { title: string; links: Link[]; body: string }

const linksOf = (xml: string): Link[] => [...xml.matchAll(/<link rel="([^"]*)" href="([^"]*)" type="([^"]*)"(?: title="([^"]*)")?\/>/g)]
  .map((m) => ({ rel: unescape(m[1]!), href: unescape(m[2]!), type: unescape(m[3]!), title: m[4] && unescape(m[4]) }));

/** A feed's own links and its entries. */
function feedOf(xml: string): { links: Link[]; entries: Entry[] } {
  const head = xml.split('<entry>')[0]!;
  const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => ({ title: unescape(/<title type="text">([^<]*)<\/title>/.exec(m[1]!)![1]!), links: linksOf(m[1]!), body: m[1]! }));
  return { links: linksOf(head), entries };
}

const path = (href: string) => href.replace('http://archive.test', '');
const KIND = { navigation: 'application/atom+xml;profile=opds-catalog;kind=navigation', acquisition: 'application/atom+xml;profile=opds-catalog;kind=acquisition' };

for (const engine of engines()) {
  describe(`OPDS catalog (${engine.name})`, () => {
    let archive: TestArchive;
    let author: Client;
    let reader: Client;
    let admin: Client;
    const ids: Record<string, number> = {};
    const e = () => archive.visitor('198.51.100.20');
    /** Every document fetched below, validated at the end in one jing run per schema. */
    const valid = new RelaxNgBatch();

    /** GET a catalog feed, check its status and media type, keep it to validate against the kind's schema, parse it. */
    async function feed(client: Client, url: string, kind: 'navigation' | 'acquisition', headers: Record<string, string> = {}) {
      const res = await client.get(url, headers);
      assert.equal(res.statusCode, 200, `${url}: ${res.body.slice(0, 300)}`);
      assert.equal(res.headers['content-type'], `${KIND[kind]};charset=utf-8`, url);
      assert.doesNotMatch(String(res.headers['set-cookie'] ?? ''), /quire_session/, 'no session cookie');
      // The OPDS schemas include atom.rnc and only narrow it, so a valid catalog feed is a valid Atom feed too.
      valid.add(`opds-${kind}`, res.body, url);
      return feedOf(res.body);
    }
    const titles = (f: { entries: Entry[] }) => f.entries.map((x) => x.title);

    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      admin = archive.visitor();
      await admin.login('admin', 'keeper of the archive');
      author = archive.visitor();
      reader = archive.visitor('203.0.113.30');
      await author.register('opds_writer');
      await reader.register('opds_reader');
      const post = async (client: Client, key: string, f: Record<string, string>) => {
        const res = await client.post('/works', workForm({ 'work[fandom_string]': 'Harbor Tales', 'work[new_fandom_media]': 'Books & Literature', ...f }));
        assert.equal(res.statusCode, 303, res.body.slice(0, 500));
        ids[key] = workIdOf(res.headers.location);
      };
      assert.equal((await reader.post('/collections', { 'collection[name]': 'harbor_fest', 'collection[title]': 'Harbor Fest', 'collection[description]': '', 'collection[open]': '1' })).statusCode, 303);
      await post(author, 'open', { 'work[collection_names]': 'harbor_fest', 'work[title]': 'Lantern & <Tides>', 'work[summary]': 'A keeper <em>waits</em>.<script>alert(1)</script>', 'work[series_title]': 'Harbor Cycle', 'work[freeform_string]': 'Lighthouses' });
      await post(author, 'locked', { 'work[title]': 'Members Lantern', 'work[visibility]': 'registered' });
      await post(author, 'draft', { 'work[title]': 'Draft Lantern', commit: 'draft' });
      await post(author, 'hidden', { 'work[title]': 'Hidden Lantern' });
      const muted = archive.visitor();
      await muted.register('opds_muted');
      await post(muted, 'muted', { 'work[title]': 'Muted Lantern' });
      assert.equal((await author.post('/users/opds_writer/pseuds', { 'pseud[name]': 'Night Keeper', 'pseud[description]': '' })).statusCode, 303);
      const pseud = await pseudByName(archive.app.db, (await userByLogin(archive.app.db, 'opds_writer'))!.id, 'Night Keeper');
      await post(author, 'bulk1', { 'work[title]': 'Filler 1', 'work[fandom_string]': 'Filler Fandom', 'work[pseud_id]': String(pseud!.id) });
      for (let i = 2; i <= 21; i++) await post(author, `bulk${i}`, { 'work[title]': `Filler ${i}`, 'work[fandom_string]': 'Filler Fandom' });
      assert.equal((await admin.post(`/admin/works/${ids.hidden}/hide`, { reason: 'Needs a warning.' })).statusCode, 303);
      assert.equal((await admin.post('/tags/Harbor%20Tales/canonical', { 'tag[canonical]': '1' })).statusCode, 303);
      assert.equal((await reader.post('/settings/blocklist', { 'block[kind]': 'user', 'block[name]': 'opds_muted' })).statusCode, 303);
      assert.equal((await reader.post(`/works/${ids.open}/bookmarks`, { 'bookmark[notes]': '' })).statusCode, 303);
      assert.equal((await reader.post(`/works/${ids.locked}/mark_for_later`)).statusCode, 303);
    });
    after(() => archive.close());

    test('root navigation feed: sections, OpenSearch link, and a log-in entry for guests', async () => {
      const root = await feed(e(), '/opds', 'navigation');
      assert.deepEqual(titles(root), ['New works', 'Most kudos', 'Fandoms', 'Collections', 'Series', 'Log in']);
      const search = root.links.find((l) => l.rel === 'search')!;
      assert.deepEqual([search.href, search.type], ['http://archive.test/opds/opensearch.xml', 'application/opensearchdescription+xml']);
      const description = await e().get('/opds/opensearch.xml');
      valid.add('opensearch', description.body, '/opds/opensearch.xml');
      assert.match(description.body, /template="http:\/\/archive.test\/opds\/search\?q=\{searchTerms\}"/);
      valid.add('atom', (await e().get('/opds')).body, '/opds');
      valid.add('atom', (await e().get('/opds/works/new')).body, '/opds/works/new');
      assert.match(relaxNgProblems('opds-acquisition', (await e().get('/opds')).body), /error/, 'a navigation feed is no acquisition feed');
      const member = await feed(e(), '/opds', 'navigation', basic('opds_reader'));
      assert.deepEqual(titles(member).slice(-2), ['My bookmarks', 'Marked for Later']);
    });

    test('acquisition entries: creators, summary, categories, language, size, downloads', async () => {
      const newest = await feed(e(), '/opds/works/new', 'acquisition');
      const both = [...newest.entries, ...(await feed(e(), '/opds/works/new?page=2', 'acquisition')).entries];
      const entry = both.find((x) => x.title === 'Lantern & <Tides>')!;
      // A work posted as another pseud is credited as its byline shows it (docs/pseuds.md).
      assert.match(both.find((x) => x.title === 'Filler 1')!.body, /<author><name>Night Keeper \(opds_writer\)<\/name><uri>http:\/\/archive.test\/users\/opds_writer\/pseuds\/Night%20Keeper<\/uri><\/author>/);
      assert.ok(entry, 'the work is listed');
      assert.match(entry.body, /<author><name>opds_writer<\/name><uri>http:\/\/archive.test\/users\/opds_writer\/pseuds\/opds_writer<\/uri><\/author>/);
      assert.match(entry.body, /<content type="html">&lt;p&gt;A keeper &lt;em&gt;waits&lt;\/em&gt;\.&lt;\/p&gt;/, 'the sanitized summary, escaped');
      assert.doesNotMatch(entry.body, /script/);
      assert.match(entry.body, /<dc:language>en<\/dc:language>/);
      assert.match(entry.body, /<dc:extent>\d+ words<\/dc:extent>/);
      for (const [kind, name] of [['rating', 'General Audiences'], ['warning', 'No Archive Warnings Apply'], ['fandom', 'Harbor Tales'], ['freeform', 'Lighthouses']]) {
        assert.ok(entry.body.includes(`<category scheme="http://archive.test/tags#${kind}" term="${name}" label="${name}"/>`), `${kind} category`);
      }
      const acquisitions = entry.links.filter((l) => l.rel === 'http://opds-spec.org/acquisition');
      assert.deepEqual(acquisitions.map((l) => l.type), ['application/epub+zip', 'text/html']);
      assert.match(acquisitions[0]!.href, new RegExp(`^http://archive.test/opds/downloads/${ids.open}/[^/]+\\.epub$`));
      assert.ok(entry.links.some((l) => l.rel === 'related' && /\/opds\/series\/\d+$/.test(l.href)), 'its series');
    });

    test('guests never see drafts, hidden, registered-only works; members see registered-only; the blocklist applies', async () => {
      const all = async (client: Client, headers: Record<string, string> = {}) => {
        const out: string[] = [];
        for (const url of ['/opds/works/new', '/opds/works/new?page=2', '/opds/works/kudos', '/opds/works/kudos?page=2', '/opds/search?q=lantern']) out.push(...titles(await feed(client, url, 'acquisition', headers)));
        return out;
      };
      const guest = await all(e());
      for (const t of ['Members Lantern', 'Draft Lantern', 'Hidden Lantern']) assert.ok(!guest.includes(t), `guest: ${t}`);
      assert.ok(guest.includes('Muted Lantern') && guest.includes('Lantern & <Tides>'));
      const member = await all(e(), basic('opds_reader'));
      assert.ok(member.includes('Members Lantern'), 'registered-only with Basic auth');
      for (const t of ['Draft Lantern', 'Hidden Lantern', 'Muted Lantern']) assert.ok(!member.includes(t), `member: ${t}`);
      const search = titles(await feed(e(), '/opds/search?q=lantern', 'acquisition', basic('opds_reader')));
      assert.deepEqual(search.sort(), ['Lantern & <Tides>', 'Members Lantern']);
      // A guest typing a registered-only work's download gets a Basic challenge, not a login page saved as a book.
      const locked = await e().get(`/opds/downloads/${ids.locked}/x.epub`);
      assert.equal(locked.statusCode, 401);
      assert.equal((await e().get(`/opds/downloads/${ids.locked}/x.epub`, basic('opds_reader'))).headers['content-type'], 'application/epub+zip');
      assert.equal((await e().get(`/opds/downloads/${ids.draft}/x.epub`, basic('opds_reader'))).statusCode, 404);
    });

    test('pagination: first, next, previous, last and OpenSearch totals', async () => {
      const first = await feed(e(), '/opds/works/new', 'acquisition');
      const rel = (f: { links: Link[] }, r: string) => f.links.find((l) => l.rel === r)?.href;
      assert.equal(first.entries.length, 20);
      assert.equal(rel(first, 'previous'), undefined);
      assert.equal(rel(first, 'next'), 'http://archive.test/opds/works/new?page=2');
      const second = await feed(e(), path(rel(first, 'next')!), 'acquisition');
      assert.equal(rel(second, 'previous'), 'http://archive.test/opds/works/new');
      assert.equal(rel(second, 'next'), undefined);
      assert.equal(rel(second, 'last'), 'http://archive.test/opds/works/new?page=2');
      assert.deepEqual(titles(first).filter((t) => titles(second).includes(t)), [], 'no work on both pages');
      assert.equal(first.entries.length + second.entries.length, 23, 'the 23 works a guest may see');
      assert.match((await e().get('/opds/works/new')).body, /<opensearch:totalResults>23<\/opensearch:totalResults>/);
      const search = await feed(e(), '/opds/search?q=filler', 'acquisition');
      assert.equal(rel(search, 'next'), 'http://archive.test/opds/search?q=filler&page=2');
      assert.equal(search.entries.length, 20);
      assert.deepEqual(titles(await feed(e(), '/opds/search?q=filler&page=2', 'acquisition')).length, 1, 'the 21st filler');
    });

    test('members: HTTP Basic for bookmarks and Marked for Later; 401 with a challenge otherwise', async () => {
      for (const url of ['/opds/bookmarks', '/opds/marked-for-later', '/opds/account']) {
        const res = await e().get(url);
        assert.equal(res.statusCode, 401, url);
        assert.equal(res.headers['www-authenticate'], 'Basic realm="Quire OPDS catalog", charset="UTF-8"');
      }
      const wrong = await e().get('/opds', basic('opds_reader', 'not the password'));
      assert.equal(wrong.statusCode, 401);
      assert.match(String(wrong.headers['www-authenticate']), /^Basic realm=/);
      assert.equal((await e().get('/opds', { authorization: 'Basic %%%' })).statusCode, 401);
      assert.deepEqual(titles(await feed(e(), '/opds/bookmarks', 'acquisition', basic('opds_reader'))), ['Lantern & <Tides>']);
      assert.deepEqual(titles(await feed(e(), '/opds/marked-for-later', 'acquisition', basic('opds_reader'))), ['Members Lantern']);
      assert.deepEqual(titles(await feed(e(), '/opds/account', 'navigation', basic('opds_reader'))), ['My bookmarks', 'Marked for Later']);
      const ok = await e().get('/opds/bookmarks', basic('opds_reader'));
      assert.doesNotMatch(String(ok.headers['set-cookie'] ?? ''), /quire_session/, 'Basic auth never sets a session cookie');
      assert.match(String(ok.headers.vary), /Authorization/);
    });

    test('Basic auth shares the login form\'s attempt limit', async () => {
      const ip = archive.visitor('198.51.100.99');
      let last = 0;
      for (let i = 0; i < 6; i++) last = (await ip.get('/opds/works/new', basic('opds_writer', `wrong ${i}`))).statusCode;
      assert.equal(last, 429, 'past five failures the account waits');
    });

    test('fandoms by media, collections, series', async () => {
      const media = await feed(e(), '/opds/fandoms', 'navigation');
      const books = media.entries.find((x) => x.title === 'Books & Literature')!;
      assert.ok(books, titles(media).join());
      const fandoms = await feed(e(), path(books.links[0]!.href), 'navigation');
      const harbor = fandoms.entries.find((x) => x.title === 'Harbor Tales')!;
      assert.ok(harbor, titles(fandoms).join());
      assert.equal(harbor.links[0]!.type, KIND.acquisition);
      assert.deepEqual(titles(await feed(e(), path(harbor.links[0]!.href), 'acquisition')).sort(), ['Lantern & <Tides>', 'Muted Lantern'], 'guests: the public works');
      assert.deepEqual(titles(await feed(e(), path(harbor.links[0]!.href), 'acquisition', basic('opds_reader'))).sort(), ['Lantern & <Tides>', 'Members Lantern'], 'the member: registered-only in, blocked out');
      const collections = await feed(e(), '/opds/collections', 'navigation');
      const fest = collections.entries.find((x) => x.title === 'Harbor Fest')!;
      assert.ok(fest, titles(collections).join());
      assert.deepEqual(titles(await feed(e(), path(fest.links[0]!.href), 'acquisition')), ['Lantern & <Tides>']);
      // Series come a page of recently updated works at a time: the series' work was posted first, so it is on page 2.
      const series = await feed(e(), '/opds/series', 'navigation');
      assert.ok(!titles(series).includes('Harbor Cycle'));
      const later = await feed(e(), path(series.links.find((l) => l.rel === 'next')!.href), 'navigation');
      const cycle = later.entries.find((x) => x.title === 'Harbor Cycle')!;
      assert.deepEqual(titles(await feed(e(), path(cycle.links[0]!.href), 'acquisition')), ['Lantern & <Tides>']);
      assert.equal((await e().get('/opds/fandoms/No%20Such%20Media')).statusCode, 404);
      assert.equal((await e().get('/opds/tags/No%20Such%20Tag')).statusCode, 404);
    });

    test('a walk from /opds to an EPUB, following links only', async () => {
      const client = e();
      const root = await feed(client, '/opds', 'navigation');
      const newest = root.entries.find((x) => x.title === 'New works')!.links[0]!;
      assert.equal(newest.type, KIND.acquisition);
      let page = await feed(client, path(newest.href), 'acquisition');
      let entry = page.entries.find((x) => x.title === 'Lantern & <Tides>');
      while (!entry) {
        page = await feed(client, path(page.links.find((l) => l.rel === 'next')!.href), 'acquisition');
        entry = page.entries.find((x) => x.title === 'Lantern & <Tides>');
      }
      const epub = entry.links.find((l) => l.rel === 'http://opds-spec.org/acquisition' && l.type === 'application/epub+zip')!;
      const res = await client.get(path(epub.href));
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'application/epub+zip');
      assert.equal(res.rawPayload.subarray(0, 2).toString(), 'PK', 'a zip');
      assert.ok(res.rawPayload.includes(Buffer.from('application/epub+zip')), 'with the EPUB mimetype');
    });

    test('every document fetched above is valid against its schema', () => {
      assert.ok(valid.size >= 20, `only ${valid.size} documents were kept`);
      assert.equal(valid.problems(), '');
    });
  });
}
