/**
 * The reading side in Spanish and Arabic: every kind of page a reader meets (the work and its chapters, listings,
 * search, comments, tags, series, collections, members' pages and lists, feeds) asked for with Accept-Language has
 * no English catalog message left in it, Arabic pages are right to left, and numbers are written the language's way.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { assertNoEnglish } from '../support/untranslated.ts';
import type { Client } from '../support/client.ts';

const LOCALES = ['es', 'ar'] as const;
const idOf = (location: unknown) => Number(/\/works\/(\d+)/.exec(String(location))?.[1]);

for (const engine of engines()) {
  describe(`the reading side in Spanish and Arabic (${engine.name})`, () => {
    let archive: TestArchive;
    let author: Client;
    let reader: Client;
    let guest: Client;
    let work: number;
    let chapter: number;
    let series: number;
    let comment: number;
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      author = archive.visitor('198.51.100.10');
      await author.register('escritora');
      reader = archive.visitor('198.51.100.11');
      await reader.register('lectora');
      guest = archive.visitor('198.51.100.12');
      assert.equal((await author.post('/collections', { 'collection[name]': 'invierno', 'collection[title]': 'Invierno', 'collection[description]': '', 'collection[open]': '1' })).statusCode, 303);
      // 12,345 words and 3 more in the second chapter, so listings show a grouped number; two chapters, so the work has chapter navigation.
      const long = Array.from({ length: 12_345 }, () => 'nieve').join(' ');
      const posted = await author.post('/works', workForm({
        'work[title]': 'Camino a casa', 'work[summary]': 'Dos rivales.', 'work[language]': 'es', 'work[wip_length]': '2',
        'work[series_title]': 'Estaciones', 'work[recipients]': 'lectora', 'work[collection_names]': 'invierno', 'chapter[content]': long,
      }));
      assert.equal(posted.statusCode, 303, posted.body.slice(0, 500));
      work = idOf(posted.headers.location);
      const second = await author.post(`/works/${work}/chapters`, { 'chapter[title]': 'Deshielo', 'chapter[format]': 'text', 'chapter[content]': 'El sol volvió.', commit: 'post' });
      assert.equal(second.statusCode, 303, second.body.slice(0, 500));
      const page = parse((await author.get(`/works/${work}/navigate`)).body);
      chapter = Number(/chapters\/(\d+)/.exec(page.querySelectorAll('ol.chapter a')[1]!.getAttribute('href')!)![1]);
      series = Number(/\/series\/(\d+)/.exec(parse((await author.get(`/works/${work}`)).body).querySelector('dd.series a')!.getAttribute('href')!)![1]);
      await reader.post(`/works/${work}/kudos`);
      await guest.post(`/works/${work}/kudos`);
      const said = await reader.post(`/works/${work}/comments`, { 'comment[content]': '¡Precioso!' });
      comment = Number(/comment_(\d+)/.exec(String(said.headers.location))![1]);
      await reader.post(`/works/${work}/bookmarks`, { 'bookmark[notes]': 'Para releer', 'bookmark[tag_string]': 'invierno', 'bookmark[rec]': '1' });
      await reader.post(`/series/${series}/bookmarks`, { 'bookmark[notes]': 'Toda la serie' });
      await reader.post('/users/lectora/subscriptions', { 'subscription[subscribable_type]': 'Work', 'subscription[subscribable_id]': String(work) });
      await reader.post(`/works/${work}/mark_for_later`, { _method: 'patch' });
      await reader.post('/settings/blocklist', { 'block[kind]': 'tag', 'block[tag]': 'Snow' });
      // The actions above were asked for in English: their flash messages are read here, before the pages in other languages.
      for (const who of [author, reader, guest]) await who.get('/works');
    });
    after(() => archive.close());

    /** What each kind of page is, and who asks for it. */
    const pages = (): [string, Client][] => [
      [`/works/${work}`, reader], [`/works/${work}`, guest], [`/works/${work}?view_full_work=true`, reader],
      [`/works/${work}/chapters/${chapter}`, reader], [`/works/${work}/navigate`, guest], [`/works/${work}/print`, guest], [`/works/${work}/plain`, guest],
      [`/works/${work}/comments`, reader], [`/works/${work}/comments/${comment}`, guest], [`/works/${work}/comments`, author],
      ['/works', reader], ['/works?work_search[complete]=T&work_search[sort_column]=word_count', guest],
      ['/tags/Original%20Work/works', guest], ['/tags/Original%20Work', reader], ['/tags/search?tag_search[name]=an', guest],
      ['/works/search?work_search[query]=rivales', guest], ['/works/search?work_search[query]=nada%20de%20nada', guest], ['/works/search?edit_search=true', guest],
      [`/series/${series}`, reader], [`/series/${series}/bookmarks`, guest], ['/collections', guest], ['/collections/invierno', author], ['/collections/invierno/items', author],
      ['/users/escritora', reader], ['/users/escritora/works', guest], ['/users/escritora/works/drafts', author], ['/users/escritora/pseuds', author],
      ['/users/escritora/pseuds/escritora', guest], ['/users/escritora/pseuds/new', author], ['/users/lectora/gifts', reader], ['/users/escritora/stats', author],
      ['/users/lectora/bookmarks', reader], ['/users/lectora/readings', reader], ['/users/lectora/readings?show=to-read', reader],
      ['/users/lectora/subscriptions', reader], ['/users/lectora/comments', guest], ['/settings/blocklist', reader], ['/settings/filters', reader],
    ];

    for (const locale of LOCALES) {
      test(`no English catalog message is left on any reading page in ${locale}`, async () => {
        for (const [path, who] of pages()) {
          const res = await who.get(path, { 'accept-language': locale });
          assert.equal(res.statusCode, 200, `${path}: ${res.body.slice(0, 300)}`);
          assert.doesNotThrow(() => assertNoEnglish(res.body, locale), (e: Error) => assert.fail(`${path}\n${e.message}`));
          const html = parse(res.body).querySelector('html')!;
          assert.equal(html.getAttribute('lang'), locale, path);
          assert.equal(html.getAttribute('dir'), locale === 'ar' ? 'rtl' : 'ltr', path);
        }
      });
    }

    test('listings write numbers and counts the reader\'s way', async () => {
      const words = async (locale: string) => parse((await guest.get('/works', { 'accept-language': locale })).body).querySelector(`li#work_${work} dd.words`)!.text;
      assert.equal(await words('en'), '12,348');
      assert.equal(await words('es'), '12.348');
      const heading = async (locale: string) => parse((await guest.get('/tags/Original%20Work/works', { 'accept-language': locale })).body).querySelector('h1')!.text.trim();
      assert.equal(await heading('en'), '1 Work in Original Work');
      assert.equal(await heading('es'), '1 obra en Original Work');
      assert.equal(await heading('ar'), 'عمل واحد في Original Work');
      const kudos = async (locale: string) => parse((await guest.get(`/works/${work}`, { 'accept-language': locale })).body).querySelector('#kudos p.kudos')!.text.trim();
      assert.equal(await kudos('en'), '♥ Kudos from lectora and 1 guest');
      assert.equal(await kudos('es'), '♥ Kudos de lectora y 1 invitado');
    });

    test('the tools\' English stays exactly as AO3 writes it when English is asked for', async () => {
      const doc = parse((await guest.get(`/works/${work}`, { 'accept-language': 'en' })).body);
      assert.deepEqual(doc.querySelectorAll('dl.stats dt').map((d) => d.text), ['Published:', 'Completed:', 'Words:', 'Chapters:', 'Comments:', 'Kudos:', 'Bookmarks:', 'Hits:']);
      assert.match(doc.querySelector('dd.series')!.text, /Part 1 of Estaciones/);
      const spanish = parse((await guest.get(`/works/${work}`, { 'accept-language': 'es' })).body);
      assert.equal(spanish.querySelector('dl.stats dt.words')!.text, 'Palabras:');
      assert.ok(spanish.querySelector('dl.work.meta.group dd.fandom.tags a.tag'), 'the contract\'s classes do not change with the language');
    });

    test('downloads carry their fixed words in the reader\'s language, each language its own file', async () => {
      const txt = async (locale: string) => guest.get(`/downloads/${work}/camino.txt`, { 'accept-language': locale });
      const [en, es, ar] = [await txt('en'), await txt('es'), await txt('ar')];
      assert.match(en.body, /^Posted originally on Test Archive at /m);
      assert.match(en.body, /^Chapter 2: Deshielo$/m);
      assert.match(es.body, /^Publicado originalmente en Test Archive en /m);
      assert.match(es.body, /^Capítulo 2: Deshielo$/m);
      assert.match(es.body, /Palabras: 12\.348/);
      assert.match(ar.body, /^الفصل 2: Deshielo$/m);
      assert.equal(new Set([en, es, ar].map((r) => r.headers.etag)).size, 3, 'a cached English file is never sent for Spanish');
      const html = (await guest.get(`/downloads/${work}/camino.html`, { 'accept-language': 'es' })).body;
      assert.match(html, /<p class="heading">Resumen<\/p>/);
      assert.match(html, /Por favor, <a href="[^"]+">pásate por Test Archive<\/a> para dejar comentarios\./);
    });

    test('what an action answers is in the reader\'s language', async () => {
      const cookie = [...reader.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      const payload = `authenticity_token=${encodeURIComponent(await reader.csrfToken())}`;
      const res = await archive.server.inject({ method: 'POST', url: `/works/${work}/kudos`, remoteAddress: reader.ip, payload,
        headers: { cookie, 'accept-language': 'ar', 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' } });
      assert.equal(res.statusCode, 200, res.body.slice(0, 300));
      assert.equal(res.json().message, 'لقد سجّلت إعجابك هنا من قبل. :)');
      assert.match(res.json().html, /إعجابات من/);
    });
  });
}
