import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse, type HTMLElement } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { startArchive, ADMIN_PASSWORD, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { workIdOf } from '../support/chapters.ts';
import { Client } from '../support/client.ts';
import { xmlProblem } from '../support/xml-check.ts';
import { createHitCounter } from '../../src/services/hit-counter.ts';
import { sql } from '../../src/storage/sql.ts';

const DAY = 86_400_000;
const FIGURES = ['words', 'hits', 'kudos', 'comments', 'bookmarks', 'subscriptions'] as const;
type Figures = Record<(typeof FIGURES)[number], number>;

const num = (el: HTMLElement | null | undefined) => Number(el!.text.replace(/[^\d]/g, ''));

/** The works table of a statistics page: each row's title, work id and figures, in the order shown. */
function tableOf(body: string): { id: number; title: string; removal: string; figures: Figures }[] {
  return parse(body).querySelectorAll('table.stats-table tbody tr').map((tr) => {
    const link = tr.querySelector('th.title a')!;
    const figures = Object.fromEntries(FIGURES.map((f) => [f, num(tr.querySelector(`td.${f}`))])) as Figures;
    return { id: Number(/\d+$/.exec(link.getAttribute('href')!)![0]), title: link.text, removal: tr.querySelector('.removal')?.text ?? '', figures };
  });
}

/** The chart's table: figures by date text. */
function daysOf(body: string): Map<string, { hits: number; kudos: number }> {
  return new Map(parse(body).querySelectorAll('table.chart-table tbody tr').map((tr) => {
    const [hits, kudos] = tr.querySelectorAll('td').map((td) => num(td));
    return [tr.querySelector('th')!.text, { hits: hits!, kudos: kudos! }];
  }));
}

const dayText = (ms: number) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(ms);

for (const engine of engines()) {
  describe(`author statistics (${engine.name})`, () => {
    let archive: TestArchive;
    let clock: number;
    const realNow = Date.now();
    const midnight = Math.floor(realNow / DAY) * DAY;
    // Yesterday a minute before midnight (UTC) and today a minute after: one day apart for hits and kudos.
    const lateYesterday = midnight - 60_000;
    const earlyToday = midnight + 60_000;
    const thisYear = new Date(earlyToday).getUTCFullYear();
    const pastYear = thisYear - 1;
    const inPastYear = Date.UTC(pastYear, 5, 15, 12);
    const ids = {} as Record<'old' | 'solo' | 'shared' | 'invited' | 'doomed' | 'hidden' | 'friendOwn', number>;

    /** A member logged in afresh at the clock's time (sessions follow the clock, and it moves). */
    const as = async (login: string, ip = '203.0.113.7') => {
      const client = archive.visitor(ip);
      const res = await client.login(login, login === 'admin' ? ADMIN_PASSWORD : undefined);
      assert.equal(res.statusCode, 303, `${login} logs in`);
      return client;
    };
    const post = async (client: Client, title: string, extra: Record<string, string> = {}) => {
      const res = await client.post('/works', workForm({ 'work[title]': title, 'chapter[content]': 'one two three four five six', ...extra }));
      assert.equal(res.statusCode, 303, res.body.slice(0, 400));
      return workIdOf(res.headers.location);
    };
    const comment = async (client: Client, id: number, text: string) => assert.equal((await client.post(`/works/${id}/comments`, { 'comment[content]': text })).statusCode, 303);
    const bookmark = async (client: Client, id: number, hidden = false) =>
      assert.equal((await client.post(`/works/${id}/bookmarks`, { 'bookmark[notes]': 'good', ...(hidden ? { 'bookmark[private]': '1' } : {}) })).statusCode, 303);
    const subscribe = async (client: Client, login: string, type: string, id: number) =>
      assert.equal((await client.post(`/users/${login}/subscriptions`, { 'subscription[subscribable_type]': type, 'subscription[subscribable_id]': String(id) })).statusCode, 303);
    const kudos = async (client: Client, id: number) => assert.equal((await client.post(`/works/${id}/kudos`)).statusCode, 303);
    const view = async (client: Client, id: number) => assert.equal((await client.get(`/works/${id}`)).statusCode, 200);

    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      clock = realNow;
      archive.app.ctx.now = () => clock;
      // The hit counter drops visits older than yesterday by its own clock: it follows the test's.
      archive.app.hits = createHitCounter(archive.app.db, { now: () => clock });
      for (const login of ['statwriter', 'statfriend', 'reader1', 'reader2', 'reader3']) await archive.visitor().register(login);

      // Last year: one work, read, liked, commented on, bookmarked and followed then.
      clock = inPastYear;
      let writer = await as('statwriter');
      ids.old = await post(writer, 'Old Flame');
      const r1 = await as('reader1');
      await view(r1, ids.old);
      await view(archive.visitor('198.51.100.1'), ids.old);
      await kudos(r1, ids.old);
      await comment(r1, ids.old, 'Loved it last year');
      await bookmark(r1, ids.old);
      await subscribe(r1, 'reader1', 'Work', ids.old);
      assert.equal(await archive.app.hits.flush(), 2);

      // Yesterday, a minute before midnight UTC.
      clock = lateYesterday;
      writer = await as('statwriter');
      ids.solo = await post(writer, 'Alone Together');
      ids.shared = await post(writer, 'Two Hands', { 'work[co_creators]': 'statfriend' });
      ids.invited = await post(writer, 'Still Asking', { 'work[co_creators]': 'statfriend' });
      ids.doomed = await post(writer, 'Soon Gone');
      ids.hidden = await post(writer, 'Out of Sight');
      const friend = await as('statfriend');
      assert.equal((await friend.post(`/works/${ids.shared}/invitation`, { accept: '1' })).statusCode, 303);
      ids.friendOwn = await post(friend, 'Friend Alone');
      const guestA = archive.visitor('198.51.100.2');
      const reader1 = await as('reader1', '198.51.100.3');
      for (const id of [ids.solo, ids.shared, ids.doomed, ids.hidden, ids.old]) await view(guestA, id);
      await view(reader1, ids.solo);
      await kudos(reader1, ids.solo);
      await kudos(reader1, ids.doomed);
      await archive.app.hits.flush();

      // Today, a minute after midnight UTC.
      clock = earlyToday;
      await view(guestA, ids.solo); // the same guest on a new day: a new hit
      await view(archive.visitor('198.51.100.4'), ids.solo);
      await view(archive.visitor('198.51.100.4'), ids.solo); // the same visitor twice: one hit
      const reader2 = await as('reader2', '198.51.100.5');
      const reader3 = await as('reader3', '198.51.100.6');
      await kudos(reader2, ids.solo);
      await kudos(reader3, ids.shared);
      await comment(reader1, ids.solo, 'First!');
      await comment(reader2, ids.solo, 'Second.');
      await comment(reader2, ids.shared, 'Both of you, well done.');
      await bookmark(reader1, ids.solo);
      await bookmark(reader2, ids.solo, true); // private: not counted, as on the work page
      await bookmark(reader3, ids.shared);
      await subscribe(reader1, 'reader1', 'Work', ids.solo);
      await subscribe(reader2, 'reader2', 'Work', ids.solo);
      const writerId = Number((await archive.app.db.get<{ id: number }>(sql`SELECT id FROM users WHERE login = ${'statwriter'}`))!.id);
      await subscribe(reader3, 'reader3', 'User', writerId);
      await archive.app.hits.flush();

      // One work deleted by its author, one hidden by moderators.
      writer = await as('statwriter');
      assert.equal((await writer.post(`/works/${ids.doomed}/delete`, {})).statusCode, 303);
      const admin = await as('admin');
      assert.equal((await admin.post(`/admin/works/${ids.hidden}/hide`, { reason: 'Needs a warning.' })).statusCode, 303);
    });
    after(() => archive.close());

    const statsOf = async (login: string, query = '') => {
      const res = await (await as(login)).get(`/users/${login}/stats${query}`);
      assert.equal(res.statusCode, 200, res.body.slice(0, 400));
      return res.body;
    };
    /** What the public work page says (the true counts every reader sees), and the subscriptions stored. */
    const workPageFigures = async (id: number): Promise<Figures> => {
      const page = parse((await (await as('statwriter')).get(`/works/${id}`)).body);
      const dd = (cls: string) => num(page.querySelector(`dl.stats dd.${cls}`));
      const subs = await archive.app.db.all(sqlSubscriptions(id));
      return { words: dd('words'), hits: dd('hits'), kudos: dd('kudos'), comments: dd('comments'), bookmarks: dd('bookmarks'), subscriptions: subs.length };
    };

    test('all time: every work of the author with the figures readers see, and the totals', async () => {
      const body = await statsOf('statwriter');
      const rows = tableOf(body);
      assert.deepEqual(rows.map((r) => r.id).sort(), [ids.old, ids.solo, ids.shared, ids.invited, ids.hidden].sort(), 'the deleted work dropped out; the hidden one stays');
      const solo = rows.find((r) => r.id === ids.solo)!;
      assert.deepEqual(solo.figures, { words: 6, hits: 4, kudos: 2, comments: 2, bookmarks: 1, subscriptions: 2 });
      assert.deepEqual(rows.find((r) => r.id === ids.shared)!.figures, { words: 6, hits: 1, kudos: 1, comments: 1, bookmarks: 1, subscriptions: 0 });
      assert.deepEqual(rows.find((r) => r.id === ids.old)!.figures, { words: 6, hits: 3, kudos: 1, comments: 1, bookmarks: 1, subscriptions: 1 });
      for (const id of [ids.solo, ids.shared, ids.old]) assert.deepEqual(rows.find((r) => r.id === id)!.figures, await workPageFigures(id), `work ${id} as its page says`);
      assert.equal(rows.find((r) => r.id === ids.hidden)!.removal, 'Hidden by moderators');
      const totals = parse(body).querySelector('table.stats-table tfoot tr')!;
      for (const f of FIGURES) assert.equal(num(totals.querySelector(`td.${f}`)), rows.reduce((sum, r) => sum + r.figures[f], 0), `total ${f}`);
      const dl = parse(body).querySelector('.stats-totals dl.stats')!;
      assert.equal(num(dl.querySelector('dd.hits')), 3 + 4 + 1 + 1, 'the hidden work\'s hit counts; the deleted one\'s does not');
      assert.equal(num(dl.querySelector('dd.user-subscriptions')), 1);
      assert.equal(num(dl.querySelector('dd.works')), 5);
    });

    test('hits and kudos fall on the UTC day they were made, either side of midnight', async () => {
      const body = await statsOf('statwriter');
      const days = daysOf(body);
      assert.equal(days.size, 30, 'the last 30 days by default');
      // Yesterday: guest A's hits on solo, shared, hidden and old (the deleted work's is not counted) and reader1's on solo; reader1's kudos on solo.
      assert.deepEqual(days.get(dayText(lateYesterday)), { hits: 5, kudos: 1 });
      assert.deepEqual(days.get(dayText(earlyToday)), { hits: 2, kudos: 2 });
      const one = daysOf(await statsOf('statwriter', `?work=${ids.solo}&range=7`));
      assert.equal(one.size, 7);
      assert.deepEqual(one.get(dayText(lateYesterday)), { hits: 2, kudos: 1 });
      assert.deepEqual(one.get(dayText(earlyToday)), { hits: 2, kudos: 1 });
      const year = daysOf(await statsOf('statwriter', '?range=365'));
      assert.equal(year.size, 365);
      const pastInRange = inPastYear >= midnight - 364 * DAY ? 1 : 0;
      assert.equal([...year.values()].reduce((s, d) => s + d.kudos, 0), 3 + pastInRange, 'the deleted work\'s kudos are out');
    });

    test('a year shows what happened in it, for the works posted by its end', async () => {
      const past = await statsOf('statwriter', `?year=${pastYear}`);
      assert.deepEqual(tableOf(past).map((r) => [r.id, r.figures]), [[ids.old, { words: 6, hits: 2, kudos: 1, comments: 1, bookmarks: 1, subscriptions: 1 }]]);
      const now = tableOf(await statsOf('statwriter', `?year=${thisYear}`));
      assert.deepEqual(now.find((r) => r.id === ids.old)!.figures, { words: 6, hits: 1, kudos: 0, comments: 0, bookmarks: 0, subscriptions: 0 });
      assert.deepEqual(now.find((r) => r.id === ids.solo)!.figures, { words: 6, hits: 4, kudos: 2, comments: 2, bookmarks: 1, subscriptions: 2 });
      const years = parse(past).querySelectorAll('nav.stats-years li').map((li) => li.text.trim());
      assert.deepEqual(years, ['All years', String(thisYear), String(pastYear)]);
      assert.equal(parse(past).querySelector('nav.stats-years [aria-current="page"]')!.text, String(pastYear));
      const none = await statsOf('statwriter', `?year=${pastYear - 5}`);
      assert.match(parse(none).querySelector('p.notice')!.text, new RegExp(`no statistics for ${pastYear - 5}; showing all years`));
      assert.equal(tableOf(none).length, 5);
    });

    test('columns sort by their heading links, either way, and AO3\'s column names work', async () => {
      const byKudos = await statsOf('statwriter', '?sort_column=kudos&sort_direction=asc');
      const kudosUp = tableOf(byKudos).map((r) => r.figures.kudos);
      assert.deepEqual(kudosUp, [...kudosUp].sort((a, b) => a - b));
      const th = parse(byKudos).querySelector('table.stats-table th.kudos')!;
      assert.equal(th.getAttribute('aria-sort'), 'ascending');
      assert.match(th.querySelector('a')!.getAttribute('href')!, /sort_column=kudos&sort_direction=desc/);
      const byTitle = await statsOf('statwriter', '?sort_column=title&sort_direction=asc');
      assert.ok(parse(byTitle).querySelectorAll('nav.stats-sort a').some((a) => a.text === 'Z to A' && /sort_column=title&sort_direction=desc/.test(a.getAttribute('href')!)), 'narrow screens sort by links too');
      const titles = tableOf(byTitle).map((r) => r.title);
      assert.deepEqual(titles, [...titles].sort((a, b) => a.localeCompare(b, 'en')));
      const ao3 = tableOf(await statsOf('statwriter', '?sort_column=kudos.count&sort_direction=DESC')).map((r) => r.figures.kudos);
      assert.deepEqual(ao3, [...kudosUp].reverse());
      const byDefault = await statsOf('statwriter');
      const hits = tableOf(byDefault).map((r) => r.figures.hits);
      assert.deepEqual(hits, [...hits].sort((a, b) => b - a), 'most hits first by default');
      const bad = await statsOf('statwriter', '?sort_column=mood&range=12&work=nope&year=soon');
      const notices = parse(bad).querySelectorAll('p.notice').map((p) => p.text);
      assert.equal(notices.length, 4, notices.join(' | '));
      assert.equal(daysOf(bad).size, 30);
      const foreign = await statsOf('statwriter', `?work=${ids.friendOwn}`);
      assert.match(parse(foreign).querySelector('p.notice')!.text, /not a work of yours/);
    });

    test('only the account holder sees the page: guests, other members and staff get 404', async () => {
      assert.equal((await archive.visitor().get('/users/statwriter/stats')).statusCode, 404);
      assert.equal((await (await as('reader1')).get('/users/statwriter/stats')).statusCode, 404);
      assert.equal((await (await as('statfriend')).get('/users/statwriter/stats')).statusCode, 404, 'a co-creator sees shared works on their own page only');
      assert.equal((await (await as('admin')).get('/users/statwriter/stats')).statusCode, 404);
      assert.equal((await archive.visitor().get('/users/nobody-here/stats')).statusCode, 404);
    });

    test('a co-creator sees the shared work with the same figures, not the author\'s others or unaccepted ones', async () => {
      const rows = tableOf(await statsOf('statfriend'));
      assert.deepEqual(rows.map((r) => r.id).sort(), [ids.shared, ids.friendOwn].sort());
      const authorRow = tableOf(await statsOf('statwriter')).find((r) => r.id === ids.shared)!;
      assert.deepEqual(rows.find((r) => r.id === ids.shared)!.figures, authorRow.figures);
      const days = daysOf(await statsOf('statfriend', `?work=${ids.shared}`));
      assert.deepEqual(days.get(dayText(lateYesterday)), { hits: 1, kudos: 0 });
      assert.deepEqual(days.get(dayText(earlyToday)), { hits: 0, kudos: 1 });
    });

    test('the charts are well-formed SVG images with a title, a description and labelled axes', async () => {
      const body = await statsOf('statwriter');
      const svgs = body.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
      assert.equal(svgs.length, 2);
      for (const svg of svgs) {
        assert.equal(xmlProblem(svg), undefined);
        const el = parse(svg).querySelector('svg')!;
        assert.equal(el.getAttribute('role'), 'img');
        const titleId = el.getAttribute('aria-labelledby');
        const descId = el.getAttribute('aria-describedby');
        assert.match(el.querySelector(`title#${titleId}`)!.text, /^(Hits|Kudos) per day$/);
        assert.match(el.querySelector(`desc#${descId}`)!.text, /^Bar chart of (hits|kudos) per day from .* \(UTC\), all your works: \d+ (hits|kudos) in all; the most, \d+, on /);
        assert.ok(el.querySelectorAll('text.axis-title').some((t) => t.text === 'Date (UTC)'));
      }
      assert.match(svgs[0]!, /<desc[^>]*>[^<]*: 7 hits in all; the most, 5, on /);
      assert.ok(parse(body).querySelector('details.chart-data table.chart-table caption'), 'the same figures as a table');
    });

    test('the member menu and the author\'s works page lead to the statistics', async () => {
      const writer = await as('statwriter');
      const works = parse((await writer.get('/users/statwriter/works')).body);
      assert.ok(works.querySelector('.user-menu-items a[href="/users/statwriter/stats"]'));
      assert.ok(works.querySelector('p.user-links a[href="/users/statwriter/stats"]'));
      const other = parse((await (await as('reader1')).get('/users/statwriter/works')).body);
      assert.equal(other.querySelector('p.user-links a[href="/users/statwriter/stats"]'), null);
    });
  });
}

const sqlSubscriptions = (id: number) => sql`SELECT id FROM subscriptions WHERE kind = 'work' AND target_id = ${id}`;
