import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { chapterForm, workIdOf } from '../support/chapters.ts';
import type { Client } from '../support/client.ts';

/** The attributes of the `<html>` tag of a page. */
const htmlTag = (body: string) => /<html[^>]*>/.exec(body)?.[0] ?? '';

const CHAPTER_TEXTS = ['The snow began at dusk.', 'In the morning the snow had stopped.', 'By spring the road was open again.'];

for (const engine of engines()) {
  describe(`reading settings, print and plain versions (${engine.name})`, () => {
    let archive: TestArchive;
    let author: Client;
    let work: string;
    let adult: string;
    let draft: string;
    let members: string;

    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      author = archive.visitor();
      await author.register('writer');
      const posted = await author.post('/works', workForm({
        'work[title]': 'Three Winters',
        'work[wip_length]': '3',
        'work[notes]': 'Written for the winter exchange.',
        'work[endnotes]': 'Thank you for reading!',
        'chapter[title]': 'First Snow',
        'chapter[content]': CHAPTER_TEXTS[0]!,
        'chapter[endnotes]': 'More soon.',
      }));
      assert.equal(posted.statusCode, 303, posted.body.slice(0, 500));
      work = `/works/${workIdOf(posted.headers.location)}`;
      for (const [i, title] of ['The Thaw', 'Spring'].entries()) {
        const added = await author.post(`${work}/chapters`, chapterForm({ 'chapter[title]': title, 'chapter[content]': CHAPTER_TEXTS[i + 1]! }));
        assert.equal(added.statusCode, 303, added.body.slice(0, 500));
      }
      adult = `/works/${workIdOf((await author.post('/works', workForm({ 'work[title]': 'Heat', 'work[rating_string]': 'Explicit', 'chapter[content]': 'A grown-up story.' }))).headers.location)}`;
      draft = `/works/${workIdOf((await author.post('/works', workForm({ commit: 'draft', 'work[title]': 'Unfinished', 'chapter[content]': 'Not ready yet.' }))).headers.location)}`;
      members = `/works/${workIdOf((await author.post('/works', workForm({ 'work[visibility]': 'registered', 'work[title]': 'Members only', 'chapter[content]': 'For members.' }))).headers.location)}`;
    });
    after(() => archive.close());

    test('a guest sees the defaults and the reading settings block with its script', async () => {
      const page = await archive.visitor().get(work);
      assert.equal(page.statusCode, 200);
      assert.equal(htmlTag(page.body), '<html lang="en" dir="ltr" data-theme="auto" data-width="full" data-font="serif" data-size="3" data-spacing="normal" data-author-style="shown">');
      assert.match(page.body, /<details class="reader-settings">\s*<summary>Reading settings<\/summary>/);
      assert.match(page.body, /<form method="post" action="\/reader-settings"/);
      assert.match(page.body, /<input type="hidden" name="return_to" value="\/works\/\d+">/);
      assert.match(page.body, /<label for="reader_theme">Colours<\/label>/);
      assert.match(page.body, /<script type="module" src="\/assets\/reader\.[0-9a-f]{10}\.js"><\/script>/);
      assert.match(page.body, /<div id="workskin">/);
    });

    test('without JavaScript: a guest posts the form, comes back, and every later page carries the choices', async () => {
      const guest = archive.visitor();
      await guest.get(work);
      const res = await guest.post('/reader-settings', { width: 'half', theme: 'dark', font: 'dyslexic', font_size: '4', line_spacing: 'loose', hide_author_style: ['0', '1'], return_to: `${work}?view_full_work=true` });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, `${work}?view_full_work=true`);
      const cookie = res.cookies.find((c) => c.name === 'quire_reader');
      assert.ok(cookie, 'a preferences cookie is set');
      assert.equal(cookie.value, '1222321');
      assert.equal(cookie.sameSite, 'Lax');
      assert.equal(cookie.path, '/');
      assert.equal(cookie.maxAge, 365 * 24 * 60 * 60);
      const next = await guest.get(String(res.headers.location));
      assert.match(next.body, /Your reading settings are saved/);
      assert.equal(htmlTag(next.body), '<html lang="en" dir="ltr" data-theme="dark" data-width="half" data-font="dyslexic" data-size="4" data-spacing="loose" data-author-style="hidden">');
      assert.match(next.body, /<div id="workskin" class="skin-disabled">/);
      assert.match(next.body, /<option value="dark" selected>Dark<\/option>/);
      assert.match(htmlTag((await guest.get('/')).body), /data-theme="dark"/, 'the theme applies across the site');
      assert.match(htmlTag((await archive.visitor().get(work)).body), /data-theme="auto"/, 'other visitors keep the defaults');

      const unticked = await guest.post('/reader-settings', { hide_author_style: '0', return_to: work });
      assert.equal(unticked.statusCode, 303);
      const after = htmlTag((await guest.get(work)).body);
      assert.match(after, /data-author-style="shown"/, 'unticking is saved');
      assert.match(after, /data-theme="dark" data-width="half"/, 'a partial form keeps the other choices');
    });

    test('"Smaller text" and "Larger text" move one step and stay within 1 to 5', async () => {
      const guest = archive.visitor();
      await guest.post('/reader-settings', { font_size: '3', size_step: 'smaller', return_to: work });
      assert.match(htmlTag((await guest.get(work)).body), /data-size="2"/);
      await guest.post('/reader-settings', { font_size: '5', size_step: 'larger', return_to: work });
      assert.match(htmlTag((await guest.get(work)).body), /data-size="5"/);
    });

    test('unknown values are ignored, and return_to only leads back into the archive', async () => {
      const guest = archive.visitor();
      const res = await guest.post('/reader-settings', { theme: 'neon', width: '200%', return_to: '//evil.example/x' });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/');
      assert.match(htmlTag((await guest.get(work)).body), /data-theme="auto" data-width="full"/);
    });

    test('with JavaScript: a background save sends the CSRF token in a header and gets JSON', async () => {
      const guest = archive.visitor();
      const token = await guest.csrfToken();
      const headers = { cookie: [...guest.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
      const res = await archive.server.inject({ method: 'POST', url: '/reader-settings', headers: { ...headers, 'x-csrf-token': token }, payload: 'theme=sepia&width=three-quarters' });
      assert.equal(res.statusCode, 200);
      assert.deepEqual(res.json(), { width: 'three-quarters', theme: 'sepia', font: 'serif', fontSize: 3, lineSpacing: 'normal', hideAuthorStyle: false });
      assert.ok(res.cookies.some((c) => c.name === 'quire_reader'));
      const forged = await archive.server.inject({ method: 'POST', url: '/reader-settings', headers: { ...headers, 'x-csrf-token': 'forged' }, payload: 'theme=dark' });
      assert.equal(forged.statusCode, 403);
      const none = await guest.post('/reader-settings', { theme: 'dark', authenticity_token: null });
      assert.equal(none.statusCode, 403);
    });

    test('a logged-in reader keeps settings in the account and finds them on another device', async () => {
      const laptop = archive.visitor();
      await laptop.register('reader');
      const res = await laptop.post('/reader-settings', { theme: 'sepia', width: 'three-quarters', font: 'sans', font_size: '5', line_spacing: 'relaxed', return_to: work });
      assert.equal(res.statusCode, 303);
      assert.ok(!res.cookies.some((c) => c.name === 'quire_reader'), 'no cookie: the account keeps them');
      const phone = archive.visitor('198.51.100.9');
      assert.match(htmlTag((await phone.get(work)).body), /data-theme="auto"/);
      assert.equal((await phone.login('reader')).statusCode, 303);
      assert.equal(htmlTag((await phone.get(work)).body), '<html lang="en" dir="ltr" data-theme="sepia" data-width="three-quarters" data-font="sans" data-size="5" data-spacing="relaxed" data-author-style="shown">');
      await phone.post('/users/logout', {});
      assert.match(htmlTag((await phone.get(work)).body), /data-theme="auto"/, 'logged out, the guest defaults apply again');
    });

    test('the reading settings page: same choices plus adult consent, linked from the settings tabs', async () => {
      assert.match(String((await archive.visitor().get('/settings/reading')).headers.location), /^\/users\/login/);
      const reader = archive.visitor();
      await reader.register('settler');
      const profile = await reader.get('/settings/profile');
      assert.match(profile.body, /<a href="\/settings\/reading">Reading<\/a>/);
      const form = await reader.get('/settings/reading');
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /<span aria-current="page">Reading<\/span>/);
      assert.match(form.body, /<label for="reader_adult_consent">Always show adult content \(skip the warning\)<\/label>/);
      assert.match(form.body, /<label for="reader_width">Text width<\/label>/);

      const gate = await reader.get(adult);
      assert.match(gate.body, /This work could have adult content/);
      const saved = await reader.post('/settings/reading', { width: 'half', theme: 'light', font: 'serif', font_size: '2', line_spacing: 'normal', hide_author_style: '0', adult_consent: ['0', '1'] });
      assert.equal(saved.statusCode, 303);
      assert.equal(saved.headers.location, '/settings/reading');
      const again = await reader.get('/settings/reading');
      assert.match(again.body, /Your reading settings are saved/);
      assert.match(again.body, /id="reader_adult_consent" name="adult_consent" value="1" checked/);
      assert.match(htmlTag(again.body), /data-theme="light" data-width="half"/);
      const shown = await reader.get(adult);
      assert.doesNotMatch(shown.body, /This work could have adult content/);
      assert.match(shown.body, /A grown-up story/);

      await reader.post('/settings/reading', { adult_consent: '0' });
      assert.match((await archive.visitor().get(adult)).body, /This work could have adult content/);
      const fresh = archive.visitor('198.51.100.20');
      await fresh.login('settler');
      assert.match((await fresh.get(adult)).body, /This work could have adult content/, 'consent withdrawn');
    });

    test('work-page controls never give adult consent, and guests cannot keep it in their cookie', async () => {
      const guest = archive.visitor();
      await guest.post('/reader-settings', { adult_consent: '1', return_to: adult });
      assert.match((await guest.get(adult)).body, /This work could have adult content/);
      const member = archive.visitor();
      await member.register('cautious');
      await member.post('/reader-settings', { adult_consent: '1', return_to: adult });
      assert.match((await member.get(adult)).body, /This work could have adult content/);
    });

    test('?style=disable shows the work without author styling for one view', async () => {
      const guest = archive.visitor();
      const plain = await guest.get(`${work}?style=disable`);
      assert.match(plain.body, /<div id="workskin" class="skin-disabled">/);
      assert.match(htmlTag(plain.body), /data-author-style="hidden"/);
      assert.match((await guest.get(work)).body, /<div id="workskin">/);
    });

    for (const path of ['/print', '?print=true']) {
      test(`the print version (${path}) has the whole work and no site chrome or scripts`, async () => {
        const res = await archive.visitor().get(`${work}${path}`);
        assert.equal(res.statusCode, 200);
        const b = res.body;
        assert.match(b, /<link rel="stylesheet" href="\/assets\/print\.[0-9a-f]{10}\.css">/);
        assert.doesNotMatch(b, /<script/);
        assert.doesNotMatch(b, /site\.[0-9a-f]{10}\.css|site-header|site-footer|<nav|Reading settings|Log in/);
        assert.match(b, /<title>Three Winters by writer<\/title>/);
        assert.match(b, /<h1 class="title" lang="en" dir="ltr">Three Winters<\/h1>/);
        assert.match(b, /<p class="byline">by writer<\/p>/);
        assert.match(b, /<dt>Rating:<\/dt><dd>General Audiences<\/dd>/);
        assert.match(b, /<dt>Archive Warnings:<\/dt><dd>No Archive Warnings Apply<\/dd>/);
        assert.match(b, /<dt>Fandoms:<\/dt><dd>Original Work<\/dd>/);
        assert.match(b, /<dt>Additional Tags:<\/dt><dd>Snow, Enemies to Lovers<\/dd>/);
        assert.match(b, /<dt>Chapters:<\/dt><dd>3\/3<\/dd>/);
        assert.match(b, /<h2>Summary<\/h2><div class="userstuff"><p>Two rivals, one \*snowstorm\*.<\/p>/);
        assert.match(b, /Written for the winter exchange/);
        assert.match(b, /More soon/);
        assert.match(b, /Thank you for reading!/);
        const titles = [...b.matchAll(/<h2 class="chapter-title">([^<]*)<\/h2>/g)].map((m) => m[1]);
        assert.deepEqual(titles, ['Chapter 1: First Snow', 'Chapter 2: The Thaw', 'Chapter 3: Spring']);
        let at = 0;
        for (const text of CHAPTER_TEXTS) {
          const found = b.indexOf(text, at);
          assert.ok(found > at, `${text} appears, in order`);
          at = found;
        }
        assert.match(b, /Posted on Test Archive: http:\/\/archive\.test\/works\/\d+/);
      });
    }

    test('the dyslexia-friendly font is served from its npm package under a hashed name the stylesheet uses', async () => {
      const page = await archive.visitor().get(work);
      const cssUrl = /href="(\/assets\/site\.[0-9a-f]{10}\.css)"/.exec(page.body)![1]!;
      const css = (await archive.visitor().get(cssUrl)).body;
      const fontUrl = /url\((\/assets\/opendyslexic-latin-400-normal\.[0-9a-f]{10}\.woff2)\)/.exec(css)?.[1];
      assert.ok(fontUrl, 'site.css points at the hashed font file');
      const font = await archive.visitor().get(fontUrl);
      assert.equal(font.statusCode, 200);
      assert.equal(font.headers['content-type'], 'font/woff2');
      assert.match(String(font.headers['cache-control']), /immutable/);
      assert.equal(font.rawPayload.subarray(0, 4).toString('latin1'), 'wOF2');
    });

    test('the print stylesheet is served', async () => {
      const page = await archive.visitor().get(`${work}/print`);
      const href = /href="(\/assets\/print\.[0-9a-f]{10}\.css)"/.exec(page.body)![1]!;
      const css = await archive.visitor().get(href);
      assert.equal(css.statusCode, 200);
      assert.match(css.body, /@media print/);
    });

    test('the plain version is minimal HTML with every chapter, no scripts and no stylesheet', async () => {
      const res = await archive.visitor().get(`${work}/plain`);
      assert.equal(res.statusCode, 200);
      const b = res.body;
      assert.match(b, /^<!DOCTYPE html>\n<html lang="en" dir="ltr">/);
      assert.doesNotMatch(b, /<script|<link|<style|style=|<nav|<form|site-header/);
      assert.match(b, /<h1 lang="en" dir="ltr">Three Winters<\/h1>/);
      assert.match(b, /<p>by writer<\/p>/);
      assert.match(b, /<h2>Summary<\/h2>/);
      assert.deepEqual([...b.matchAll(/<h2 id="chapter-\d">([^<]*)<\/h2>/g)].map((m) => m[1]), ['Chapter 1: First Snow', 'Chapter 2: The Thaw', 'Chapter 3: Spring']);
      for (const text of CHAPTER_TEXTS) assert.ok(b.includes(text), text);
    });

    for (const version of ['/print', '/plain']) {
      test(`the ${version.slice(1)} version obeys the work's access rules`, async () => {
        assert.equal((await archive.visitor().get(`/works/999999${version}`)).statusCode, 404);
        assert.equal((await archive.visitor().get(`${draft}${version}`)).statusCode, 404, 'drafts are hidden from guests');
        const snoop = archive.visitor();
        await snoop.register(`snoop${version.slice(1)}`);
        assert.equal((await snoop.get(`${draft}${version}`)).statusCode, 404, 'and from other readers');
        const own = await author.get(`${draft}${version}`);
        assert.equal(own.statusCode, 200);
        assert.match(own.body, /Not ready yet/);

        const guest = await archive.visitor().get(`${members}${version}`);
        assert.match(guest.body, /This work is only available to registered users of the Archive/);
        assert.doesNotMatch(guest.body, /For members/);
        assert.match((await snoop.get(`${members}${version}`)).body, /For members/);

        const visitor = archive.visitor();
        const gate = await visitor.get(`${adult}${version}`);
        assert.match(gate.body, /This work could have adult content. If you continue, you have agreed that you are willing to see such content./);
        assert.doesNotMatch(gate.body, /A grown-up story/);
        assert.ok(gate.body.includes(`href="${adult}${version}?view_adult=true"`), 'the gate continues to the same version');
        assert.match((await visitor.get(`${adult}${version}?view_adult=true`)).body, /A grown-up story/);
      });
    }
  });
}
