/**
 * Refinable search on both databases: the listing's filters, facets and every sort over a search's matches agree
 * with the SQL path (storage/search/reference.ts); every match can be paged through past the ranked 1,000; the
 * blocklist applies; the advanced form and AO3's spellings give the listing's URL; bad input gets a page with a
 * message and the filter kept, never an error; nothing hidden, draft or registered-only leaks into results,
 * counts, facets or excerpts.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { chapterForm, workIdOf } from '../support/chapters.ts';
import type { Client } from '../support/client.ts';
import { sql } from '../../src/storage/sql.ts';
import { generateArchive } from '../../src/bench-data/generate.ts';
import { searchWorks, type SearchPage } from '../../src/actions/search-works.ts';
import { resolveFilter } from '../../src/actions/filter-works.ts';
import { moderateWork } from '../../src/actions/moderate-work.ts';
import { parseWorkSearch, SEARCH_SORTS } from '../../src/domain/work-search.ts';
import { FACETS_LOADED } from '../../src/domain/work-filter.ts';
import type { Viewer } from '../../src/domain/permissions.ts';
import { pageOfMatchingWorks, withTextMatch } from '../../src/storage/search/reference.ts';
import { MAX_RANKED } from '../../src/storage/search/index.ts';
import { facetCounts } from '../../src/storage/work-facets.ts';
import { countBlockedWorks } from '../../src/storage/work-filter.ts';
import { addBlock } from '../../src/storage/blocklist.ts';
import { userByLogin } from '../../src/storage/users.ts';

/** Work ids in the order a page lists them. */
const found = (body: string): number[] => [...body.matchAll(/<li id="work_(\d+)"/g)].map((m) => Number(m[1]));
const heading = (body: string): string => /<h1 class="heading">([^<]*)<\/h1>/.exec(body)?.[1] ?? '';
const fmt = (n: number) => n.toLocaleString('en');
const ids = (p: SearchPage) => p.hits.map((h) => h.blurb.work.id);
const url = (params: Record<string, string> | URLSearchParams) => `/works/search?${new URLSearchParams(params).toString()}`;

for (const engine of engines()) {
  describe(`refinable search (${engine.name})`, () => {
    let archive: TestArchive;
    const errors: unknown[] = [];
    let guest: Client;
    let freeforms: number[] = [];
    let ratings: { id: number; name: string }[] = [];
    const db = () => archive.app.db;

    /** The SQL path's answer for the same request: page, total and facets. */
    const reference = async (params: URLSearchParams, viewer: Viewer, perPage: number, page: number) => {
      const s = parseWorkSearch(params, Date.now());
      const f = await resolveFilter(db(), viewer, s.filter, {});
      const r = await pageOfMatchingWorks(db(), s.query, f, { limit: perPage, offset: (page - 1) * perPage, ranked: s.sort === '_score' ? MAX_RANKED : 0 });
      return { ...r, facets: await facetCounts(db(), withTextMatch(db(), s.query, f), FACETS_LOADED), hidden: await countBlockedWorks(db(), withTextMatch(db(), s.query, f)) };
    };

    before(async () => {
      archive = await startArchive(engine, {
        setUp: true,
        extraRoutes: (server: FastifyInstance) => server.addHook('onError', async (_request, _reply, error) => { errors.push(error); }),
      });
      await generateArchive(db(), { works: 1200, seed: 7, wordsScale: 1, chapterText: 'short' });
      await archive.app.ctx.listing.current();
      await db().run(sql`UPDATE works SET visibility = 'registered' WHERE id % 29 = 0`);
      await db().run(sql`UPDATE works SET deleted_at = 1 WHERE id % 37 = 0`);
      await db().run(sql`UPDATE works SET kudos_count = 7 WHERE id % 5 = 0`);
      guest = archive.visitor('203.0.113.30');
      freeforms = (await db().all<{ id: number }>(sql`SELECT t.id FROM tags t JOIN taggings tg ON tg.tag_id = t.id WHERE t.kind = ${'freeform'}
        GROUP BY t.id ORDER BY COUNT(*) DESC, t.id LIMIT 5`)).map((r) => Number(r.id));
      ratings = (await db().all<{ id: number; name: string }>(sql`SELECT t.id, t.name FROM tags t JOIN taggings tg ON tg.tag_id = t.id WHERE t.kind = ${'rating'}
        GROUP BY t.id, t.name ORDER BY COUNT(*) DESC, t.id`)).map((r) => ({ id: Number(r.id), name: r.name }));
    });
    after(async () => {
      assert.deepEqual(errors, [], 'no request failed');
      await archive.close();
    });

    test('every sort in both directions, with filters, gives the SQL path\'s page, count and facets', async () => {
      let compared = 0;
      for (const sort of Object.keys(SEARCH_SORTS)) {
        for (const direction of ['asc', 'desc']) {
          const params = new URLSearchParams({ 'work_search[query]': 'lantern', 'work_search[sort_column]': sort, 'work_search[sort_direction]': direction, 'work_search[complete]': 'T' });
          params.append('exclude_work_search[freeform_ids][]', String(freeforms[1]));
          for (const page of [1, 3]) {
            params.set('page', String(page));
            const got = await searchWorks(archive.app.ctx, undefined, params);
            const expected = await reference(params, undefined, 20, got.window.page);
            const what = `${sort} ${direction} page ${page}`;
            assert.ok(expected.total > 60, `${what}: ${expected.total} matches`);
            assert.equal(got.total, expected.total, what);
            assert.deepEqual(ids(got), expected.ids, what);
            assert.deepEqual(Object.fromEntries(got.facets), Object.fromEntries(expected.facets), what);
            compared++;
          }
        }
      }
      assert.equal(compared, Object.keys(SEARCH_SORTS).length * 4);
    });

    test('a phrase sorted by kudos and narrowed to a rating, over HTTP', async () => {
      const rating = ratings[0]!;
      const params = new URLSearchParams({ 'work_search[query]': '"the old harbour"', 'include_work_search[rating_ids][]': String(rating.id), 'work_search[sort_column]': 'kudos_count' });
      const res = await guest.get(url(params));
      assert.equal(res.statusCode, 200);
      const expected = await reference(params, undefined, 20, 1);
      assert.ok(expected.total > 20, `${expected.total} matches`);
      assert.deepEqual(found(res.body), expected.ids);
      assert.equal(heading(res.body), `1 - 20 of ${fmt(expected.total)} Works found`);
      assert.match(res.body, new RegExp(`<input type="checkbox" id="include_rating_${rating.id}" name="include_work_search\\[rating_ids\\]\\[\\]" value="${rating.id}" checked> <label for="include_rating_${rating.id}">${rating.name} <span class="count">\\((${fmt(expected.total)}|${expected.total})\\)</span>`));
      assert.match(res.body, /<option value="kudos_count" selected>Kudos<\/option>/);
      // The panel's form carries the words; pagination keeps everything.
      assert.match(res.body, /<input type="hidden" name="work_search\[query\]" value="&quot;the old harbour&quot;">/);
      assert.match(res.body, /href="\/works\/search\?work_search%5Bquery%5D=%22the\+old\+harbour%22&amp;include_work_search%5Brating_ids%5D%5B%5D=\d+&amp;work_search%5Bsort_column%5D=kudos_count&amp;page=2"/);
    });

    test('every match can be paged through: the newest 1,000 ranked first, the rest by date updated', async () => {
      const params = new URLSearchParams({ 'work_search[query]': 'the' });
      const first = await searchWorks(archive.app.ctx, undefined, params, 100);
      assert.ok(first.total > MAX_RANKED + 20, `${first.total} matches`);
      const all: number[] = [];
      for (let page = 1; page <= first.window.pages; page++) {
        params.set('page', String(page));
        const got = await searchWorks(archive.app.ctx, undefined, params, 100);
        assert.deepEqual(ids(got), (await reference(params, undefined, 100, page)).ids, `page ${page}`);
        all.push(...ids(got));
      }
      assert.equal(all.length, first.total);
      assert.equal(new Set(all).size, first.total, 'no work twice');
      const newest = [...all].sort((a, b) => b - a).slice(0, MAX_RANKED);
      assert.deepEqual(new Set(all.slice(0, MAX_RANKED)), new Set(newest), 'the ranked part is the newest 1,000 matches');
      const tail = all.slice(MAX_RANKED);
      const byDate = (await db().all<{ id: number }>(sql`SELECT id FROM works WHERE id IN (${sql.join(tail)}) ORDER BY COALESCE(updated_at, created_at) DESC, id DESC`)).map((r) => Number(r.id));
      assert.deepEqual(tail, byDate, 'the rest by date updated');

      const res = await guest.get(`${url({ 'work_search[query]': 'the' })}&page=51`);
      assert.equal(heading(res.body), `1,001 - ${fmt(Math.min(1020, first.total))} of ${fmt(first.total)} Works found`);
      assert.match(res.body, new RegExp(`The 1,000 newest matches come first, best match first; the other ${fmt(first.total - 1000)} follow by date updated.`));
      const byKudos = await guest.get(`${url({ 'work_search[query]': 'the', 'work_search[sort_column]': 'kudos_count', 'work_search[sort_direction]': 'asc' })}&page=99999`);
      const lastPage = Math.ceil(first.total / 20);
      assert.equal(heading(byKudos.body), `${fmt((lastPage - 1) * 20 + 1)} - ${fmt(first.total)} of ${fmt(first.total)} Works found`);
      assert.doesNotMatch(byKudos.body, /newest matches come first/);
    });

    test('the blocklist applies to matches, count and facets, and says how many it hid', async () => {
      const reader = archive.visitor('203.0.113.31');
      await reader.register('searchblocker');
      const me = (await userByLogin(db(), 'searchblocker'))!;
      const [creator] = await db().all<{ user_id: number }>(sql`SELECT wc.user_id FROM work_creators wc GROUP BY wc.user_id ORDER BY COUNT(*) DESC, wc.user_id LIMIT 1`);
      await addBlock(db(), me.id, 'tag', freeforms[0]!);
      await addBlock(db(), me.id, 'user', Number(creator!.user_id));
      const params = new URLSearchParams({ 'work_search[query]': 'lantern' });
      const res = await reader.get(url(params));
      const expected = await reference(params, me, 20, 1);
      const unblocked = await reference(params, { ...me, id: -1 }, 20, 1);
      assert.ok(expected.hidden > 0 && expected.total + expected.hidden === unblocked.total, `${expected.hidden} hidden`);
      assert.deepEqual(found(res.body), expected.ids);
      assert.equal(heading(res.body), `1 - 20 of ${fmt(expected.total)} Works found`);
      assert.match(res.body, new RegExp(`${fmt(expected.hidden)} works hidden by <a href="/settings/blocklist">your blocklist</a>`));
      assert.doesNotMatch(res.body, new RegExp(`id="include_freeform_${freeforms[0]}"`), 'a blocked tag is no facet');
      const got = await searchWorks(archive.app.ctx, me, params);
      assert.deepEqual(Object.fromEntries(got.facets), Object.fromEntries(expected.facets));
      assert.doesNotMatch((await guest.get(url(params))).body, /hidden by/, 'guests have no blocklist');
    });

    test('the advanced form: its fields, the same URL as the panel, filters without words, AO3 spellings, editing', async () => {
      const form = await guest.get('/works/search');
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /<form class="search advanced" role="search" aria-label="Advanced search" action="\/works\/search" method="get">/);
      for (const name of ['work_search[query]', 'work_search[title]', 'work_search[creators]', 'work_search[summary]', 'include_work_search[rating_ids][]', 'work_search[other_tag_names]',
        'work_search[excluded_tag_names]', 'work_search[words_from]', 'work_search[words_to]', 'work_search[date_from]', 'work_search[date_to]', 'work_search[language_id]',
        'work_search[complete]', 'work_search[crossover]', 'work_search[sort_column]', 'work_search[sort_direction]']) {
        assert.ok(form.body.includes(`name="${name}"`), name);
      }
      assert.doesNotMatch(form.body, /search-problems/);
      const rating = ratings[0]!;
      assert.match(form.body, new RegExp(`<option value="${rating.id}">${rating.name}</option>`));
      // What a browser sends from the form: every field, most empty.
      const [fandom] = await db().all<{ name: string }>(sql`SELECT t.name FROM tags t JOIN taggings tg ON tg.tag_id = t.id WHERE t.kind = ${'fandom'} GROUP BY t.id, t.name ORDER BY COUNT(*) DESC, t.id LIMIT 1`);
      const sent = new URLSearchParams([['work_search[query]', 'lantern'], ['work_search[title]', ''], ['work_search[creators]', ''], ['work_search[summary]', ''],
        ['work_search[date_from]', ''], ['work_search[date_to]', ''], ['work_search[complete]', ''], ['work_search[crossover]', ''], ['work_search[words_from]', ''],
        ['work_search[words_to]', '3000'], ['work_search[language_id]', ''], ['include_work_search[rating_ids][]', String(rating.id)], ['work_search[other_tag_names]', fandom!.name],
        ['work_search[excluded_tag_names]', ''], ['work_search[sort_column]', 'kudos_count'], ['work_search[sort_direction]', 'desc']]);
      const fromForm = await guest.get(url(sent));
      const canonical = new URLSearchParams([['work_search[query]', 'lantern'], ['include_work_search[rating_ids][]', String(rating.id)], ['work_search[other_tag_names]', fandom!.name],
        ['work_search[words_to]', '3000'], ['work_search[sort_column]', 'kudos_count']]).toString();
      const fromPanel = await guest.get(`/works/search?${canonical}`);
      assert.ok(found(fromForm.body).length > 0);
      assert.deepEqual(found(fromForm.body), found(fromPanel.body));
      assert.ok(fromForm.body.includes(`href="/works/search.atom?${canonical.replace(/&/g, '&amp;')}"`), 'the form\'s search has the panel\'s URL');
      // AO3's advanced-search spellings read as the same search.
      const ao3 = await guest.get(url({ 'work_search[query]': 'lantern', 'work_search[rating_ids]': String(rating.id), 'work_search[fandom_names]': fandom!.name, 'work_search[word_count]': '<3001', 'work_search[sort_column]': 'kudos_count' }));
      assert.deepEqual(found(ao3.body), found(fromPanel.body));
      // A field searches its field only: the title field is `title:`.
      const byTitleField = await guest.get(url({ 'work_search[title]': 'the' }));
      assert.deepEqual(found(byTitleField.body), found((await guest.get(url({ 'work_search[query]': 'title:the' }))).body));
      assert.match(byTitleField.body, /<link rel="alternate" type="application\/atom\+xml" title="Search: title: the" href="\/works\/search.atom\?work_search%5Btitle%5D=the">/);
      assert.match((await guest.get('/works/search.atom?work_search%5Btitle%5D=the')).body, /<title type="text">Search: title: the<\/title>/);
      // Filters without words list every work they let through, as /works does.
      const filtersOnly = await guest.get(url({ 'include_work_search[rating_ids][]': String(rating.id), 'work_search[sort_column]': 'hits' }));
      const works = await guest.get(`/works?include_work_search%5Brating_ids%5D%5B%5D=${rating.id}&work_search%5Bsort_column%5D=hits`);
      assert.deepEqual(found(filtersOnly.body), found(works.body));
      assert.match(heading(filtersOnly.body), /^1 - 20 of [\d,]+ Works found$/);
      // Editing a search fills the form in.
      const edit = await guest.get(`/works/search?${canonical}&edit_search=true`);
      assert.match(edit.body, /id="as_query" name="work_search\[query\]" value="lantern"/);
      assert.match(edit.body, new RegExp(`<option value="${rating.id}" selected>`));
      assert.match(edit.body, /<option value="kudos_count" selected>Kudos<\/option>/);
      assert.match(edit.body, /id="as_words_to" name="work_search\[words_to\]" value="3000"/);
    });

    test('bad input: a page with a clear message and the filter kept, never an error', async () => {
      const lantern = { 'work_search[query]': 'lantern', 'include_work_search[rating_ids][]': String(ratings[0]!.id) };
      const kept = new RegExp(`id="include_rating_${ratings[0]!.id}" name="include_work_search\\[rating_ids\\]\\[\\]" value="${ratings[0]!.id}" checked`);
      const cases: [Record<string, string>, RegExp, RegExp | null][] = [
        [{ ...lantern, 'include_work_search[freeform_ids][]': 'abc' }, /Tag choices that are not tag numbers were left out: “abc”\./, kept],
        [{ ...lantern, 'exclude_work_search[freeform_ids][]': '999999999' }, /No tag has the number 999999999: left out\./, kept],
        [{ ...lantern, 'work_search[other_tag_names]': 'No Such Tag Anywhere' }, /No tag is named “No Such Tag Anywhere”, so no works have it\./, /value="No Such Tag Anywhere"/],
        [{ ...lantern, 'work_search[excluded_tag_names]': 'Nothing Like This' }, /No tag is named “Nothing Like This”: there was nothing to leave out for it\./, kept],
        [{ ...lantern, page: '99999' }, /There are only [\d,]+ pages of results: showing the last\./, kept],
        [{ ...lantern, page: 'abc' }, /“abc” is not a page number: showing page 1\./, kept],
        [{ ...lantern, 'work_search[sort_column]': 'bogus' }, /There is no sort “bogus”: sorted by best match instead\./, kept],
        [{ ...lantern, 'work_search[sort_direction]': 'sideways' }, /The sort direction “sideways” is neither ascending \(asc\) nor descending \(desc\)\./, kept],
        [{ ...lantern, 'work_search[words_from]': 'many' }, /The word count “many” is not a whole number: left out\./, kept],
        [{ ...lantern, 'work_search[word_count]': 'lots' }, /The word count “lots” was not understood/, kept],
        [{ ...lantern, 'work_search[date_from]': 'yesterday' }, /The date “yesterday” is not a date like 2024-05-31: left out\./, kept],
        [{ ...lantern, 'work_search[revised_at]': 'whenever' }, /The date “whenever” was not understood/, kept],
        [{ ...lantern, 'work_search[language_id]': 'zz' }, /There is no language “zz” to choose: any language is shown\./, kept],
        [{ ...lantern, 'work_search[complete]': 'maybe' }, /Completion status “maybe” is not one of the choices/, kept],
        [{ ...lantern, 'work_search[words_from]': '5000', 'work_search[words_to]': '10' }, /The word count range is empty/, /id="ws_words_from" type="number" name="work_search\[words_from\]" value="5000"/],
        [{ 'work_search[query]': `${'lantern '.repeat(250)}` }, /Only the first 500 characters of the search were used\.[\s\S]*Only the first 20 words and phrases were searched for\./, null],
        [{ 'work_search[query]': '' }, /Type words to search for, or choose filters to narrow the works\./, /aria-label="Advanced search"/],
        [{ 'work_search[query]': '-lantern' }, /Add a word to search for: exclusions alone match nothing\./, /value="-lantern"/],
        [{ 'work_search[query]': '!!! ???' }, /The search has no words or numbers in it to look for\./, /value="!!! \?\?\?"/],
      ];
      for (const [params, message, keep] of cases) {
        const res = await guest.get(url(params));
        const what = JSON.stringify(params).slice(0, 200);
        assert.equal(res.statusCode, 200, what);
        assert.match(res.body, /<div class="notice search-problems" role="status">/, what);
        assert.match(res.body, message, what);
        if (keep) assert.match(res.body, keep, what);
      }
      const past = await guest.get(url({ ...lantern, page: '99999' }));
      const total = Number(/of ([\d,]+) Works found/.exec(heading(past.body))![1]!.replace(/,/g, ''));
      assert.equal(found(past.body).length, total - Math.floor((total - 1) / 20) * 20, 'the last page is shown');
      assert.equal(errors.length, 0);
    });

    test('nothing hidden, draft or registered-only reaches results, counts, facets or excerpts', async () => {
      const author = archive.visitor('203.0.113.32');
      await author.register('gloamwriter');
      const post = async (fields: Record<string, string>) => workIdOf((await author.post('/works', workForm({ 'work[freeform_string]': 'Gloam Tag', ...fields }))).headers.location);
      const open = await post({ 'work[title]': 'Gloaming Open', 'chapter[content]': 'Zephyrine gloaming over the meadow.' });
      assert.equal((await author.post(`/works/${open}/chapters`, chapterForm({ 'chapter[content]': 'Quellmarsh gloaming, a secret draft.', commit: 'draft' }))).statusCode, 303);
      const members = await post({ 'work[title]': 'Gloaming Members', 'work[visibility]': 'registered', 'work[freeform_string]': 'Brindle Tag', 'chapter[content]': 'Brindleshade gloaming for members.' });
      const hidden = await post({ 'work[title]': 'Gloaming Hidden', 'work[freeform_string]': 'Vesper Tag', 'chapter[content]': 'Vesperlight gloaming, soon hidden.' });
      await post({ 'work[title]': 'Gloaming Draft', 'work[freeform_string]': 'Thorn Tag', 'chapter[content]': 'Thornquill gloaming in a draft.', commit: 'draft' });
      await moderateWork(archive.app.ctx, (await userByLogin(db(), 'admin'))!, hidden, 'hide', 'Testing that hidden works stay out of search.');

      for (const word of ['quellmarsh', 'vesperlight', 'thornquill', 'brindleshade']) {
        const res = await guest.get(url({ 'work_search[query]': word }));
        assert.deepEqual(found(res.body), [], word);
        assert.equal(heading(res.body), '0 Works found', word);
      }
      assert.deepEqual(found((await author.get(url({ 'work_search[query]': 'quellmarsh' }))).body), [], 'a draft chapter is not searched, even for its author');
      assert.deepEqual(found((await author.get(url({ 'work_search[query]': 'thornquill' }))).body), [], 'nor a draft work');
      const res = await guest.get(url({ 'work_search[query]': 'gloaming' }));
      assert.deepEqual(found(res.body), [open]);
      assert.equal(heading(res.body), '1 Work found');
      assert.match(res.body, /<mark>gloaming<\/mark>/i);
      for (const text of ['Quellmarsh', 'Brindle', 'Vesper', 'Thorn']) assert.ok(!res.body.includes(text), `${text} appears nowhere on the guest's page`);
      const reader = archive.visitor('203.0.113.33');
      await reader.register('gloamreader');
      const member = await reader.get(url({ 'work_search[query]': 'gloaming' }));
      assert.deepEqual(found(member.body).sort((a, b) => a - b), [open, members].sort((a, b) => a - b));
      assert.match(member.body, /<mark>Brindleshade<\/mark>|Brindleshade <mark>gloaming<\/mark>/);
      assert.ok(!member.body.includes('Quellmarsh') && !member.body.includes('Vesper') && !member.body.includes('Thorn'));
    });
  });
}
