/**
 * The whole site in Spanish and Arabic: every GET route of the route table is either crawled here (as a guest, a
 * reader, an author or an admin of an archive with works, chapters, comments, kudos, bookmarks, a series, a
 * collection, a report, an inbox and an API token) or named as no page (a download, a feed read elsewhere, JSON, a
 * redirect), so a route added later without either fails the last test (the routes crawled are those the server
 * says answered). Each page, error pages and forms
 * re-rendered after a bad POST included, must hold no English catalog message; Arabic pages are right to left; and
 * members whose own setting is Spanish get Spanish pages even when their browser asks for English.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { parse } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { startArchive, ADMIN_PASSWORD, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { chapterForm, workIdOf, chapterIdOf } from '../support/chapters.ts';
import { englishIn, pageText } from '../support/untranslated.ts';
import { englishSentences } from '../support/english-sentences.ts';
import { Client } from '../support/client.ts';
import { routes } from '../../src/web/routes.ts';
import { LEGACY_SCRIPTS } from '../../src/actions/legacy-links.ts';
import { sql } from '../../src/storage/sql.ts';
import { apiRoutes } from '../../src/web/api/routes.ts';
import { endpointSummaryKey } from '../../src/web/views/api-guide.ts';
import { catalogs } from '../../src/i18n/catalog.ts';
import type { Locale } from '../../src/i18n/locales.ts';

/** Who asks for a page. */
type Who = 'guest' | 'reader' | 'author' | 'admin';

/** What the crawl needs to know of the archive it set up. */
interface World {
  work: number;
  chapter: number;
  draft: number;
  series: number;
  comment: number;
  report: number;
  media: string;
  kept: string;
  /** Rated Explicit (the adult gate), members-only, hidden by the moderators, deleted by its author. */
  explicit: number;
  locked: number;
  hidden: number;
  deleted: number;
  /** The ids of the reader's two API tokens, one to revoke in each language. */
  tokens: number[];
}

/** One page to fetch: its address and who asks for it. */
type Visit = [path: string, who: Who];

/** `who` asks for each of `paths`. */
const as = (who: Who, ...paths: string[]): Visit[] => paths.map((path) => [path, who]);

/**
 * The pages of the crawl, each kind of viewer who sees something different. Which routes they reach is read from the
 * server as it answers, so no table of routes is kept here by hand.
 */
const visits = (w: World): Visit[] => [
  ...as('guest', '/', '/support', '/contact', '/rules', '/site_map', '/setup', '/users/new', '/users/login', '/users/verify?token=no-such-token',
    '/users/password/new', '/users/password/edit?token=no-such-token', '/users/autora', '/users/autora/works', '/works',
    '/works?work_search[complete]=T&work_search[sort_column]=kudos_count', '/tags/search', '/tags/search?tag_search[name]=ips', '/tags/Ipsum',
    '/tags/Ipsum/works', '/media', `/media/${w.media}/fandoms`, '/works/search', '/works/search?work_search[query]=lorem',
    '/works/search?work_search[query]=zzzz', `/works/${w.work}`, `/works/${w.explicit}`, `/works/${w.explicit}?view_adult=true`, `/works/${w.locked}`,
    `/works/${w.hidden}`, `/works/${w.deleted}`, `/works/${w.work}/navigate`, `/works/${w.work}/print`, `/works/${w.work}/plain`,
    `/works/${w.work}/comments`, `/works/${w.work}/chapters/${w.chapter}/comments`, '/users/lectora/comments', `/series/${w.series}`, '/collections',
    '/collections/ferias', '/collections/ferias/works', '/users/lectora/bookmarks', `/abuse_reports/new?url=%2Fworks%2F${w.work}`,
    '/abuse_reports/sent', '/terms', '/content_policy', '/invite_requests', '/signup/no-such-token', '/users/autora/pseuds',
    '/users/autora/pseuds/Nocturna', '/users/autora/pseuds/autora/works', `/series/${w.series}/bookmarks`, '/api'),
  ...as('reader', '/', '/users/logout', '/users/autora', '/users/autora/contact', '/works', '/settings/blocklist', '/settings/filters',
    `/works/${w.work}`, `/works/${w.work}?view_full_work=true`, `/works/${w.work}/chapters/${w.chapter}`, '/settings/reading',
    `/works/${w.work}/comments/${w.comment}`, `/comments/${w.comment}/edit`, '/users/lectora/invitations', '/users/lectora/bookmarks',
    '/users/lectora/subscriptions', '/settings/profile', '/settings/account', '/terms/accept', '/settings/invitations', '/users/lectora/readings',
    '/users/lectora/readings?show=to-read', '/users/lectora/readings/clear', '/users/lectora/gifts', '/api', '/settings/api-tokens'),
  ...as('author', '/users/autora/works/drafts', '/users/autora/stats', '/works/new', `/works/${w.work}`, `/works/${w.draft}`, `/works/${w.hidden}`,
    `/works/${w.work}/comments`, '/comments/moderation', '/inbox', `/works/${w.work}/edit`, `/works/${w.draft}/edit`, `/works/${w.work}/delete`,
    `/works/${w.work}/chapters/new`, `/works/${w.work}/chapters/manage`, `/works/${w.work}/chapters/${w.chapter}/edit`,
    `/works/${w.work}/chapters/${w.chapter}/delete`, '/collections/new', '/collections/ferias', '/collections/ferias/edit',
    '/collections/ferias/items', `/kept-posts/${w.kept}`, '/users/autora/pseuds/new', '/users/autora/pseuds/Nocturna/edit', '/settings/posting',
    `/series/${w.series}/edit`),
  ...as('admin', '/', '/site_map', '/tags/unwrangled', '/tags/Ipsum/edit', '/tags/Glacies/edit', `/works/${w.work}`, `/works/${w.hidden}`,
    '/admin/settings', '/admin/fandoms', '/admin/users', '/admin/reports', `/admin/reports/${w.report}`, '/admin/policies', '/admin/invitations',
    '/admin/validation', '/admin', '/admin/users/lectora', `/admin/works/${w.work}/moderate`, `/admin/works/${w.work}/tags`,
    `/admin/comments/${w.comment}/moderate`, `/admin/series/${w.series}/moderate`, '/admin/collections/ferias/moderate',
    '/admin/users/lectora/moderate', '/admin/audit'),
];

/** GET routes that are no page of the interface, and why. */
const NOT_PAGES: Record<string, string> = {
  '/healthz': 'JSON for load balancers',
  '/assets/:file': 'stylesheets, scripts and images',
  '/token_dispenser.json': 'JSON (AO3 tools read the CSRF token there)',
  '/autocomplete/tag': 'JSON for the tag fields (its texts come from the page: autocomplete-text.ts)',
  '/downloads/:id/:file': 'EPUB, PDF, HTML and text downloads (their labels: download-labels test)',
  '/works/:id/chapter': 'a redirect to the chosen chapter',
  '/users/:login/export': 'the member\'s data as a file',
  '/admin/audit.csv': 'CSV',
  '/chapters/:id': 'AO3\'s short address: a redirect',
};

/** Why a GET route is no page of the interface, or undefined when it is one. */
function whyNotAPage(url: string): string | undefined {
  if (url in NOT_PAGES) return NOT_PAGES[url];
  if (LEGACY_SCRIPTS.includes(url)) return 'eFiction address: a redirect';
  if (url.startsWith('/opds')) return 'OPDS catalog for e-readers (opds test)';
  if (/\.(atom|xml)$/.test(url)) return 'Atom feed or OpenSearch description (feeds and translated-reading tests)';
  return undefined;
}

/** Pages that are errors or forms answered after a bad POST: [what, who, how to get it]. */
type ErrorPage = [what: string, who: Who, fetch: (c: Client, locale: Locale, w: World) => Promise<LightMyRequestResponse>];

const ERROR_PAGES: ErrorPage[] = [
  ['404, no such work', 'guest', (c, l) => c.get('/works/987654', { 'accept-language': l })],
  ['404, no such address', 'reader', (c, l) => c.get('/no/such/page', { 'accept-language': l })],
  ['403, another member\'s invitations', 'reader', (c, l) => c.get('/users/autora/invitations', { 'accept-language': l })],
  ['403, an admin page', 'reader', (c, l) => c.get('/admin/settings', { 'accept-language': l })],
  ['403, a form without its CSRF token', 'reader', (c, l) => c.post('/settings/profile', { 'profile[display_name]': 'x', authenticity_token: null }, { 'accept-language': l })],
  ['failed login', 'guest', (c, l) => c.post('/users/login', { 'user[login]': 'lectora', 'user[password]': 'not the password' }, { 'accept-language': l })],
  ['sign-up with nothing filled in', 'guest', (c, l) => c.post('/users', { 'user[login]': '', 'user[email]': 'nope', 'user[password]': 'a', 'user[password_confirmation]': 'b' }, { 'accept-language': l })],
  ['a report with nothing filled in', 'guest', (c, l) => c.post('/abuse_reports', { 'abuse_report[url]': '', 'abuse_report[reason]': '', 'abuse_report[comment]': '' }, { 'accept-language': l })],
  ['a work without a title or text', 'author', (c, l) => c.post('/works', workForm({ 'work[title]': '', 'chapter[content]': '', 'work[fandom_string]': '' }), { 'accept-language': l })],
  ['a chapter without text', 'author', (c, l, w) => c.post(`/works/${w.work}/chapters`, chapterForm({ 'chapter[content]': '' }), { 'accept-language': l })],
  ['an empty comment', 'reader', (c, l, w) => c.post(`/works/${w.work}/comments`, { 'comment[content]': '' }, { 'accept-language': l })],
  ['a collection without a name', 'author', (c, l) => c.post('/collections', { 'collection[name]': '', 'collection[title]': '' }, { 'accept-language': l })],
  ['a password change that does not match', 'reader', (c, l) => c.post('/settings/password', { 'user[current_password]': 'wrong', 'user[password]': 'a new long passphrase', 'user[password_confirmation]': 'another one' }, { 'accept-language': l })],
  ['an API token without a name', 'reader', (c, l) => c.post('/settings/api-tokens', { 'token[name]': '' }, { 'accept-language': l })],
];

/** Forms that succeed and answer with a flash message on the page they lead to: [what, who, address, fields]. */
type FlashForm = [what: string, who: Who, url: (w: World, locale: Locale) => string, fields: (locale: Locale) => Record<string, string>];

const FLASH_FORMS: FlashForm[] = [
  ['kudos', 'reader', (w) => `/works/${w.explicit}/kudos`, () => ({})],
  ['a bookmark', 'reader', (w) => `/works/${w.explicit}/bookmarks`, (l) => ({ 'bookmark[notes]': `Nota ${l}` })],
  ['a subscription', 'reader', () => '/users/lectora/subscriptions', () => ({ 'subscription[subscribable_type]': 'User', 'subscription[subscribable_id]': '2' })],
  ['marked for later', 'reader', (w) => `/works/${w.explicit}/mark_for_later`, () => ({})],
  ['a comment', 'reader', (w) => `/works/${w.explicit}/comments`, (l) => ({ 'comment[content]': `Bene ${l}.` })],
  ['a blocked tag', 'reader', () => '/settings/blocklist', (l) => ({ 'block[kind]': 'tag', 'block[tag]': l === 'es' ? 'Nix' : 'Bea' })],
  ['a saved filter', 'reader', () => '/settings/filters', (l) => ({ 'filter[name]': `Filtrum ${l}`, 'filter[query]': 'work_search[complete]=T' })],
  ['the profile', 'reader', () => '/settings/profile', () => ({ 'profile[display_name]': 'Lectrix', 'profile[bio]': 'Lego.', 'profile[website]': '' })],
  ['a pseud', 'author', () => '/users/autora/pseuds', (l) => ({ 'pseud[name]': `Umbra ${l}`, 'pseud[description]': '' })],
  ['a collection', 'author', () => '/collections', (l) => ({ 'collection[name]': `festum_${l}`, 'collection[title]': `Festum ${l}`, 'collection[description]': '', 'collection[open]': '1' })],
  ['a chapter', 'author', (w) => `/works/${w.explicit}/chapters`, (l) => chapterForm({ 'chapter[title]': `Pars ${l}`, 'chapter[content]': 'Et cetera.' }) as Record<string, string>],
  ['a work', 'author', () => '/works', (l) => workForm({ 'work[title]': `Opus ${l}`, 'work[summary]': 'Breve.', 'work[fandom_string]': 'Ipsum', 'work[relationship_string]': '', 'work[character_string]': '',
    'work[freeform_string]': 'Nix', 'work[language]': 'es', 'chapter[content]': 'Lorem ipsum.' }) as Record<string, string>],
  ['an API token revoked', 'reader', (w, l) => `/settings/api-tokens/${w.tokens[l === 'es' ? 0 : 1]}/delete`, () => ({})],
];

/** What is wrong with one answer in `locale`: English left, a failed request, or the wrong language or direction. */
function problemsOf(res: LightMyRequestResponse, locale: Locale): string[] {
  if (res.statusCode >= 500) return [`answered ${res.statusCode}`];
  if (!String(res.headers['content-type'] ?? '').startsWith('text/html')) return [`not a page (${String(res.headers['content-type'])}, ${res.statusCode})`];
  const htmlTag = parse(res.body).querySelector('html');
  const problems: string[] = [];
  if (htmlTag?.getAttribute('lang') !== locale) problems.push(`<html lang="${htmlTag?.getAttribute('lang')}">`);
  const dir = locale === 'ar' ? 'rtl' : 'ltr';
  if ((htmlTag?.getAttribute('dir') ?? 'ltr') !== dir) problems.push(`<html dir="${htmlTag?.getAttribute('dir')}">`);
  return [...problems, ...englishIn(res.body, locale), ...englishSentences(pageText(res.body, locale)).map((s) => `outside the catalog: "${s}"`)];
}

for (const engine of engines()) {
  describe(`every page in Spanish and Arabic (${engine.name})`, () => {
    let archive: TestArchive;
    let clients: Record<Who, Client>;
    let world: World;
    const served = new Set<string>();

    /** Fetches a page as `who` would, following one redirect (a page that sends elsewhere is judged by where it sends). */
    async function fetchAs(who: Who, path: string, acceptLanguage: string): Promise<LightMyRequestResponse> {
      const res = await clients[who].get(path, { 'accept-language': acceptLanguage });
      const location = res.headers.location;
      if (res.statusCode >= 300 && res.statusCode < 400 && typeof location === 'string' && location.startsWith('/')) return clients[who].get(location, { 'accept-language': acceptLanguage });
      return res;
    }

    before(async () => {
      // The routes that answered the crawl (its requests, unlike the setting up, all say which language they want).
      const record = (server: FastifyInstance) => server.addHook('onResponse', async (request) => {
        if (request.method === 'GET' && request.headers['accept-language'] && request.routeOptions.url) served.add(request.routeOptions.url);
      });
      archive = await startArchive(engine, { setUp: true, extraRoutes: record });
      clients = { guest: archive.visitor('198.51.100.20'), reader: archive.visitor('198.51.100.21'), author: archive.visitor('198.51.100.22'), admin: archive.visitor('198.51.100.23') };
      const { guest, reader, author, admin } = clients;
      assert.equal((await admin.login('admin', ADMIN_PASSWORD)).statusCode, 303);
      await author.register('autora');
      await reader.register('lectora');
      // User content in Latin, so no English word on a page can be the archive's own content.
      assert.equal((await author.post('/users/autora/pseuds', { 'pseud[name]': 'Nocturna', 'pseud[description]': 'Post tenebras.' })).statusCode, 303);
      assert.equal((await author.post('/collections', { 'collection[name]': 'ferias', 'collection[title]': 'Feriae', 'collection[description]': 'Carmina.', 'collection[open]': '1' })).statusCode, 303);
      const latin = { 'work[summary]': 'Dolor sit amet.', 'work[fandom_string]': 'Ipsum', 'work[relationship_string]': 'Ann/Bea', 'work[character_string]': 'Ann, Bea', 'work[freeform_string]': 'Nix, Glacies', 'work[language]': 'es', 'chapter[content]': 'Ut enim ad minim veniam.' };
      const posted = await author.post('/works', workForm({ ...latin, 'work[title]': 'Lorem ipsum', 'work[wip_length]': '2', 'work[series_title]': 'Tempora',
        'work[recipients]': 'lectora', 'work[collection_names]': 'ferias', 'chapter[content]': 'Lorem ipsum dolor sit amet.\n\nConsectetur adipiscing elit.' }));
      assert.equal(posted.statusCode, 303, posted.body.slice(0, 500));
      const work = workIdOf(posted.headers.location);
      const second = await author.post(`/works/${work}/chapters`, chapterForm({ 'chapter[title]': 'Sed ut', 'chapter[content]': 'Sed ut perspiciatis.' }));
      assert.equal(second.statusCode, 303, second.body.slice(0, 500));
      const chapter = chapterIdOf(second.headers.location);
      const draft = workIdOf((await author.post('/works', workForm({ ...latin, 'work[title]': 'Ut enim', commit: 'draft' }))).headers.location);
      // A work with the reader as co-creator, waiting for her answer.
      assert.equal((await author.post('/works', workForm({ ...latin, 'work[title]': 'Duis aute', 'work[co_creators]': 'lectora' }))).statusCode, 303);
      const rated = async (fields: Record<string, string>) => workIdOf((await author.post('/works', workForm({ ...latin, ...fields }))).headers.location);
      const explicit = await rated({ 'work[title]': 'Nox atra', 'work[rating_string]': 'Explicit' });
      const locked = await rated({ 'work[title]': 'Arcanum', 'work[visibility]': 'registered' });
      const hidden = await rated({ 'work[title]': 'Occultum' });
      assert.equal((await admin.post(`/admin/works/${hidden}/hide`, { reason: 'Spam.' })).statusCode, 303);
      const deleted = await rated({ 'work[title]': 'Deletum' });
      assert.equal((await author.post(`/works/${deleted}/delete`)).statusCode, 303);
      const series = Number(/\/series\/(\d+)/.exec(parse((await author.get(`/works/${work}`)).body).querySelector('dd.series a')!.getAttribute('href')!)![1]);

      await reader.post(`/works/${work}/kudos`);
      await guest.post(`/works/${work}/kudos`);
      const said = await reader.post(`/works/${work}/comments`, { 'comment[content]': 'Pulcherrimum!' });
      const comment = Number(/comment_(\d+)/.exec(String(said.headers.location))![1]);
      // Comments on the main work wait for the author's approval from now on: the guest's below is in her queue.
      assert.equal((await author.post(`/works/${work}/comment_settings`, { comment_permission: 'everyone', moderate_comments: '1' })).statusCode, 303);
      await guest.post(`/works/${work}/comments`, { 'comment[content]': 'Optime.', 'comment[name]': 'Hospes', 'comment[email]': 'hospes@example.org' });
      await reader.post(`/works/${work}/bookmarks`, { 'bookmark[notes]': 'Iterum legam', 'bookmark[tag_string]': 'hiems', 'bookmark[rec]': '1' });
      await reader.post(`/series/${series}/bookmarks`, { 'bookmark[notes]': 'Tota series' });
      await reader.post('/users/lectora/subscriptions', { 'subscription[subscribable_type]': 'Work', 'subscription[subscribable_id]': String(work) });
      await reader.post(`/works/${work}/mark_for_later`);
      await reader.post('/settings/blocklist', { 'block[kind]': 'tag', 'block[tag]': 'Glacies' });
      await reader.post('/settings/filters', { 'filter[name]': 'Perfecta', 'filter[query]': 'work_search[complete]=T' });
      for (const name of ['KOReader', 'Calibre']) assert.equal((await reader.post('/settings/api-tokens', { 'token[name]': name })).statusCode, 200);
      assert.equal((await reader.post('/abuse_reports', { 'abuse_report[url]': `http://archive.test/works/${work}`, 'abuse_report[reason]': 'Harassment', 'abuse_report[comment]': 'Vide, quaeso.' })).statusCode, 303);
      const report = Number(/\/admin\/reports\/(\d+)/.exec((await admin.get('/admin/reports')).body)?.[1]);
      assert.ok(report, 'the report is in the queue');
      const media = /\/media\/([^/"]+)\/fandoms/.exec((await guest.get('/media')).body)?.[1];
      assert.ok(media, 'the media index links a media');

      // A form kept while the author's session had expired, shown after she logs in again.
      await archive.app.db.run(sql`UPDATE sessions SET expires_at = ${Date.now() - 1000} WHERE user_id = (SELECT id FROM users WHERE login = 'autora')`);
      // The kept fields are shown as sent: the member's own words, in Latin here.
      const keptAt = String((await author.post(`/works/${work}/bookmarks`, { 'bookmark[notes]': 'Excepteur sint.', 'bookmark[tag_string]': 'nox' })).headers.location);
      const kept = /kept=([\w-]+)/.exec(keptAt)?.[1];
      assert.ok(kept, `the form was kept: ${keptAt}`);
      assert.equal((await author.post('/users/login', { 'user[login]': 'autora', 'user[password]': 'a long test passphrase', kept })).statusCode, 303);

      // The actions above answered in English: their flash messages are read now, before the pages in other languages.
      for (const who of Object.values(clients)) await who.get('/');
      const tokens = [...(await reader.get('/settings/api-tokens')).body.matchAll(/\/settings\/api-tokens\/(\d+)\/delete/g)].map((m) => Number(m[1]));
      assert.equal(tokens.length, 2);
      world = { work, chapter, draft, series, comment, report, media, kept, explicit, locked, hidden, deleted, tokens };
    });
    after(() => archive.close());

    test('every endpoint the /api guide lists has its summary in the catalog', () => {
      assert.deepEqual(apiRoutes.map((r) => endpointSummaryKey(r.url)).filter((key) => !catalogs().en.has(key)), []);
    });

    for (const locale of ['es', 'ar'] as const) {
      test(`every page asked for in ${locale} is in ${locale}, with no English catalog message`, async () => {
        const found: string[] = [];
        for (const [path, who] of visits(world)) {
          const problems = problemsOf(await fetchAs(who, path, locale), locale);
          if (problems.length) found.push(`${path} (${who}): ${problems.join('; ')}`);
        }
        assert.deepEqual(found, []);
      });

      test(`error pages and forms after a bad POST in ${locale} are in ${locale}`, async () => {
        const found: string[] = [];
        for (const [what, who, fetch] of ERROR_PAGES) {
          const res = await fetch(clients[who], locale, world);
          if (res.statusCode < 200 || res.statusCode >= 300 && res.statusCode < 400) found.push(`${what}: answered ${res.statusCode}, not a page`);
          const problems = problemsOf(res, locale);
          if (problems.length) found.push(`${what} (${res.statusCode}): ${problems.join('; ')}`);
        }
        assert.deepEqual(found, []);
      });
    }

    for (const locale of ['es', 'ar'] as const) {
      test(`forms sent in ${locale} lead to pages whose flash message is in ${locale}`, async () => {
        const found: string[] = [];
        for (const [what, who, url, fields] of FLASH_FORMS) {
          const sent = await clients[who].post(url(world, locale), fields(locale), { 'accept-language': locale });
          const location = sent.headers.location;
          if (sent.statusCode !== 303 || typeof location !== 'string') { found.push(`${what}: answered ${sent.statusCode}`); continue; }
          const problems = problemsOf(await clients[who].get(location, { 'accept-language': locale }), locale);
          if (problems.length) found.push(`${what} → ${location}: ${problems.join('; ')}`);
        }
        assert.deepEqual(found, []);
      });
    }

    test('members whose setting is Spanish get every member page in Spanish though their browser asks for English', async () => {
      for (const who of ['reader', 'author', 'admin'] as const) {
        assert.equal((await clients[who].post('/settings/language', { 'account[locale]': 'es' })).statusCode, 303);
        await clients[who].get('/');
      }
      const found: string[] = [];
      for (const [path, who] of visits(world).filter(([, who]) => who !== 'guest')) {
        const problems = problemsOf(await fetchAs(who, path, 'en-US,en;q=0.9'), 'es');
        if (problems.length) found.push(`${path} (${who}): ${problems.join('; ')}`);
      }
      assert.deepEqual(found, []);
    });

    // Last: by now the crawl has been answered by every route it reaches.
    test('every GET route was crawled above or is named as no page', () => {
      const gets = routes.filter((r) => r.method === 'GET').map((r) => r.url);
      assert.deepEqual(gets.filter((url) => !served.has(url) && whyNotAPage(url) === undefined), [], 'GET routes neither crawled nor named as no page');
      assert.deepEqual(gets.filter((url) => served.has(url) && whyNotAPage(url) !== undefined), [], 'crawled, yet named as no page');
      assert.deepEqual(Object.keys(NOT_PAGES).filter((url) => !gets.includes(url)), [], 'named as no page but no longer a GET route');
    });
  });
}
