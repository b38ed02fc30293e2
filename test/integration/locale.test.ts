/** The interface language of a request: member's setting, else Accept-Language, else the site default; carried to every view. */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { parse } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { startArchive, ADMIN_PASSWORD, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { workIdOf } from '../support/chapters.ts';
import { currentLocale, t } from '../../src/i18n/translate.ts';
import { putSetting, deleteSetting, getSetting } from '../../src/storage/settings.ts';
import { userByLogin, setUserLocale } from '../../src/storage/users.ts';
import { SITE_LOCALE_KEY } from '../../src/domain/site.ts';
import { assertNoEnglish } from '../support/untranslated.ts';

const htmlTag = (body: string) => /<html[^>]*>/.exec(body)?.[0] ?? '';

/** A promise two requests meet at, so both are in flight at once before either answers. */
function meeting(parties: number): () => Promise<void> {
  let arrived = 0;
  let open!: () => void;
  const all = new Promise<void>((resolve) => { open = resolve; });
  return () => {
    if (++arrived === parties) open();
    return all;
  };
}

let meet = meeting(2);

/** Test routes reporting the language seen at the start of a handler, after awaiting the other request, and in a message. */
function localeRoutes(server: FastifyInstance): void {
  const handler = async (request: { body?: unknown }) => {
    const start = currentLocale();
    await meet();
    await new Promise<void>((resolve) => setImmediate(resolve));
    return { start, after: currentLocale(), message: t('common.count.works', { count: 2 }), body: request.body ?? null };
  };
  server.get('/test/locale', handler);
  server.post('/test/locale', handler);
  server.get('/test/locale/fail', async () => { throw new Error('boom'); });
}

for (const engine of engines()) {
  describe(`interface language (${engine.name})`, () => {
    let archive: TestArchive;
    let work: string;

    before(async () => {
      archive = await startArchive(engine, { setUp: true, extraRoutes: localeRoutes });
      const author = archive.visitor();
      await author.register('writer');
      work = `/works/${workIdOf((await author.post('/works', workForm())).headers.location)}`;
    });
    after(() => archive.close());

    test('two concurrent requests in different languages each keep their own, through GET and a parsed POST body', async () => {
      meet = meeting(2);
      const [es, ar] = await Promise.all([
        archive.server.inject({ method: 'GET', url: '/test/locale', headers: { 'accept-language': 'es-MX,es;q=0.9' } }),
        archive.server.inject({ method: 'GET', url: '/test/locale', headers: { 'accept-language': 'ar' } }),
      ]);
      assert.deepEqual(es.json(), { start: 'es', after: 'es', message: '2 obras', body: null });
      assert.deepEqual(ar.json(), { start: 'ar', after: 'ar', message: 'عملان', body: null });

      meet = meeting(2);
      const form = (lang: string) => archive.server.inject({ method: 'POST', url: '/test/locale', headers: { 'accept-language': lang, 'content-type': 'application/json' }, payload: JSON.stringify({ lang }) });
      const [esPost, arPost] = await Promise.all([form('es'), form('ar')]);
      assert.deepEqual(esPost.json(), { start: 'es', after: 'es', message: '2 obras', body: { lang: 'es' } });
      assert.deepEqual(arPost.json(), { start: 'ar', after: 'ar', message: 'عملان', body: { lang: 'ar' } });
    });

    test('error and not-found pages are in the request\'s language', async () => {
      const missing = await archive.visitor().get('/no/such/page', { 'accept-language': 'ar' });
      assert.equal(missing.statusCode, 404);
      assert.equal(htmlTag(missing.body).slice(0, 26), '<html lang="ar" dir="rtl" ');
      const failed = await archive.visitor().get('/test/locale/fail', { 'accept-language': 'es' });
      assert.equal(failed.statusCode, 500);
      assert.match(htmlTag(failed.body), /^<html lang="es" dir="ltr"/);
    });

    test('the member\'s setting beats Accept-Language, which beats the site default', async () => {
      const reader = archive.visitor();
      await reader.register('lector');
      assert.match(htmlTag((await reader.get('/')).body), /^<html lang="en" dir="ltr"/, 'nothing asked: English');
      assert.match(htmlTag((await reader.get('/', { 'accept-language': 'es' })).body), /^<html lang="es" dir="ltr"/);

      await putSetting(archive.app.db, SITE_LOCALE_KEY, 'ar');
      archive.app.siteLocale.forget();
      assert.match(htmlTag((await reader.get('/')).body), /^<html lang="ar" dir="rtl"/, 'the site default');
      assert.match(htmlTag((await reader.get('/', { 'accept-language': 'es' })).body), /^<html lang="es"/, 'the browser beats the site default');
      assert.match(htmlTag((await reader.get('/', { 'accept-language': 'de, fr;q=0.8' })).body), /^<html lang="ar"/, 'a browser asking for none of ours gets the site default');

      const account = await userByLogin(archive.app.db, 'lector');
      await setUserLocale(archive.app.db, account!.id, 'es');
      assert.match(htmlTag((await reader.get('/', { 'accept-language': 'ar' })).body), /^<html lang="es" dir="ltr"/, 'the member\'s choice beats the browser');
      assert.match(htmlTag((await archive.visitor().get('/', { 'accept-language': 'ar' })).body), /^<html lang="ar"/, 'a guest still gets what the browser asks');

      await setUserLocale(archive.app.db, account!.id, null);
      assert.match(htmlTag((await reader.get('/')).body), /^<html lang="ar"/, 'back to the site default');
      await deleteSetting(archive.app.db, SITE_LOCALE_KEY);
      archive.app.siteLocale.forget();
    });

    test('pages say they vary by Accept-Language and name their language', async () => {
      const page = await archive.visitor().get('/', { 'accept-language': 'es' });
      assert.match(String(page.headers.vary), /Accept-Language/);
      assert.equal(page.headers['content-language'], 'es');
      const feed = await archive.visitor().get('/users/writer/works.atom');
      assert.equal(feed.statusCode, 200);
      assert.match(String(feed.headers.vary), /^Cookie, Accept-Language$/);
    });

    test('the guest page cache keeps one copy per language', async () => {
      const english = await archive.visitor().get(work);
      assert.equal(english.statusCode, 200);
      assert.match(htmlTag(english.body), /^<html lang="en"/);
      const before = archive.app.pages.found;
      assert.match(htmlTag((await archive.visitor().get(work)).body), /^<html lang="en"/);
      assert.equal(archive.app.pages.found, before + 1, 'the second English guest is served from the cache');
      const spanish = await archive.visitor().get(work, { 'accept-language': 'es' });
      assert.match(htmlTag(spanish.body), /^<html lang="es"/, 'a Spanish guest never gets the English copy');
      assert.equal(archive.app.pages.found, before + 1);
      const arabic = await archive.visitor().get(work, { 'accept-language': 'ar' });
      assert.match(htmlTag(arabic.body), /^<html lang="ar" dir="rtl"/);
      assert.match(htmlTag((await archive.visitor().get(work, { 'accept-language': 'es' })).body), /^<html lang="es"/);
      assert.equal(archive.app.pages.found, before + 2, 'the Spanish copy is cached in turn');
    });
  });
}

for (const engine of engines()) {
  describe(`choosing languages (${engine.name})`, () => {
    let archive: TestArchive;
    before(async () => { archive = await startArchive(engine, { setUp: true }); });
    after(() => archive.close());

    test('a member chooses a language on the account page; the confirmation is already in it; automatic goes back', async () => {
      const member = archive.visitor();
      await member.register('polyglot');
      const page = await member.get('/settings/account');
      assert.match(page.body, /<select id="account_locale" name="account\[locale\]"[^>]*>\s*<option value="" selected>Automatic: your browser’s language, else English<\/option>\s*<option value="en" lang="en" dir="ltr">English<\/option>\s*<option value="es" lang="es" dir="ltr">Español<\/option>\s*<option value="ar" lang="ar" dir="rtl">العربية<\/option>/);
      const saved = await member.post('/settings/language', { 'account[locale]': 'es' });
      assert.equal(saved.statusCode, 303);
      const next = await member.get(String(saved.headers.location), { 'accept-language': 'ar' });
      assert.match(htmlTag(next.body), /^<html lang="es"/);
      assert.match(next.body, /Tu idioma se ha guardado\./);
      assert.match(next.body, /<option value="es" lang="es" dir="ltr" selected>Español<\/option>/);
      const back = await member.post('/settings/language', { 'account[locale]': '' });
      assert.equal(back.statusCode, 303);
      assert.equal((await userByLogin(archive.app.db, 'polyglot'))?.locale, undefined);
    });

    test('a member who logs in is welcomed in their own language, whatever the browser asks for', async () => {
      const member = archive.visitor();
      await member.register('returning');
      await member.post('/settings/language', { 'account[locale]': 'ar' });
      await member.post('/users/logout');
      const login = await member.post('/users/login', { 'user[login]': 'returning', 'user[password]': 'a long test passphrase' });
      assert.equal(login.statusCode, 303);
      const home = await member.get(String(login.headers.location), { 'accept-language': 'es' });
      assert.match(htmlTag(home.body), /^<html lang="ar" dir="rtl"/);
      assert.match(home.body, /<p class="flash" role="status">أنت مسجّل الدخول باسم returning\.<\/p>/);
    });

    test('an unknown language is refused with a clear message, and the choice stays as it was', async () => {
      const member = archive.visitor();
      await member.register('careful');
      await member.post('/settings/language', { 'account[locale]': 'ar' });
      const refused = await member.post('/settings/language', { 'account[locale]': 'klingon' });
      assert.equal(refused.statusCode, 422);
      assert.match(refused.body, /<p class="error" id="account_locale_error">اختر إحدى اللغات الموجودة في القائمة\.<\/p>/);
      assert.equal((await userByLogin(archive.app.db, 'careful'))?.locale, 'ar');
      assert.equal((await archive.visitor().post('/settings/language', { 'account[locale]': 'es' })).statusCode, 303, 'a guest is sent to log in');
    });

    test('admins set the site default in the site settings; an unknown one is refused and nothing typed is lost', async () => {
      const admin = archive.visitor();
      await admin.login('admin', ADMIN_PASSWORD);
      const form = await admin.get('/admin/settings');
      assert.match(form.body, /<select id="site_locale" name="site\[locale\]"[^>]*>\s*<option value="" lang="en" dir="ltr" selected>English<\/option>/);
      const refused = await admin.post('/admin/settings', { 'site[name]': 'Renamed Archive', 'site[locale]': 'xx' });
      assert.equal(refused.statusCode, 422);
      assert.match(refused.body, /Choose one of the languages in the list\./);
      assert.match(refused.body, /value="Renamed Archive"/);
      assert.equal(await getSetting(archive.app.db, 'site_name'), 'Test Archive');

      const saved = await admin.post('/admin/settings', { 'site[name]': 'Test Archive', 'site[locale]': 'es' });
      assert.equal(saved.statusCode, 303);
      assert.match(htmlTag((await archive.visitor().get('/')).body), /^<html lang="es"/, 'a guest asking for nothing gets the new default at once');
      assert.match((await admin.get('/admin/settings')).body, /<option value="es" lang="es" dir="ltr" selected>Español<\/option>/);
      assert.equal((await admin.post('/admin/settings', { 'site[name]': 'Test Archive', 'site[locale]': '' })).statusCode, 303);
      assert.match(htmlTag((await archive.visitor().get('/')).body), /^<html lang="en"/);
    });
  });
}

for (const engine of engines()) {
  describe(`a work's own language and direction (${engine.name})`, () => {
    let archive: TestArchive;
    let arabic: string;
    let english: string;
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      const author = archive.visitor();
      await author.register('katib');
      arabic = `/works/${workIdOf((await author.post('/works', workForm({ 'work[title]': 'بيت الريح', 'work[summary]': 'قصة قصيرة عن الريح.', 'work[language]': 'ar', 'chapter[content]': 'هبت الريح عند الغروب.' }))).headers.location)}`;
      english = `/works/${workIdOf((await author.post('/works', workForm({ 'work[title]': 'House of Wind', 'work[summary]': 'A short story about the wind.', 'chapter[content]': 'The wind rose at dusk.' }))).headers.location)}`;
    });
    after(() => archive.close());

    /** The lang and dir of the elements holding a work's title, summary and text on its page. */
    const workParts = (body: string) => {
      const page = parse(body);
      const of = (selector: string) => {
        const el = page.querySelector(selector);
        return el ? `${el.getAttribute('lang')} ${el.getAttribute('dir')}` : 'missing';
      };
      return { title: of('.preface h2.title span'), summary: of('.preface .summary blockquote.userstuff'), text: of('#chapters div.userstuff.module, div.userstuff.module') };
    };

    test('an Arabic work reads right to left inside the English interface', async () => {
      const page = await archive.visitor().get(arabic);
      assert.equal(page.statusCode, 200);
      assert.match(htmlTag(page.body), /^<html lang="en" dir="ltr"/);
      assert.deepEqual(workParts(page.body), { title: 'ar rtl', summary: 'ar rtl', text: 'ar rtl' });
      assert.match(page.body, /<h3 class="landmark heading" id="work" lang="en" dir="ltr">/, 'the interface heading inside the text says it is English');
    });

    test('an English work reads left to right inside the Arabic interface', async () => {
      const page = await archive.visitor().get(english, { 'accept-language': 'ar' });
      assert.match(htmlTag(page.body), /^<html lang="ar" dir="rtl"/);
      assert.deepEqual(workParts(page.body), { title: 'en ltr', summary: 'en ltr', text: 'en ltr' });
    });

    test('blurbs carry each work\'s language on its title and summary, in either interface', async () => {
      for (const lang of ['en', 'ar']) {
        const listing = parse((await archive.visitor().get('/works', { 'accept-language': lang })).body);
        const blurb = (title: string) => listing.querySelectorAll('li.work.blurb').find((b) => b.querySelector('h4.heading a')?.text === title);
        for (const [title, tag, dir] of [['بيت الريح', 'ar', 'rtl'], ['House of Wind', 'en', 'ltr']] as const) {
          const b = blurb(title);
          assert.ok(b, `${title} is listed`);
          assert.equal(`${b.querySelector('h4.heading a')?.getAttribute('lang')} ${b.querySelector('h4.heading a')?.getAttribute('dir')}`, `${tag} ${dir}`);
          assert.equal(`${b.querySelector('blockquote.summary')?.getAttribute('lang')} ${b.querySelector('blockquote.summary')?.getAttribute('dir')}`, `${tag} ${dir}`);
        }
      }
    });

    test('the printable and plain versions keep the work\'s direction', async () => {
      for (const version of ['/print', '/plain']) {
        const res = await archive.visitor().get(`${arabic}${version}`);
        assert.equal(res.statusCode, 200, version);
        assert.match(res.body, /<div lang="ar" dir="rtl">/, version);
      }
    });
  });
}

for (const engine of engines()) {
  describe(`chrome, account and site pages in Spanish and Arabic (${engine.name})`, () => {
    let archive: TestArchive;
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      const author = archive.visitor();
      await author.register('escritora');
      await author.post('/works', workForm());
    });
    after(() => archive.close());

    const guestPages = ['/users/login', '/users/new', '/users/password/new', '/site_map', '/media', '/invite_requests', '/terms', '/content_policy', '/support', '/no/such/page'];
    const memberPages = (login: string) => ['/settings/profile', '/settings/account', '/settings/reading', '/settings/invitations', '/inbox', `/users/${login}/invitations`, '/users/logout'];

    /** assertNoEnglish, naming the page. */
    const noEnglish = (body: string, locale: 'es' | 'ar', path: string) => {
      try { assertNoEnglish(body, locale); } catch (error) { throw new Error(`${path}: ${(error as Error).message}`); }
    };

    for (const locale of ['es', 'ar'] as const) {
      test(`no English catalog message on the guest pages in ${locale}`, async () => {
        const media = parse((await archive.visitor().get('/media')).body).querySelector('.media-card a')?.getAttribute('href');
        assert.ok(media, 'a media type is listed');
        for (const path of [...guestPages, media]) {
          const page = await archive.visitor().get(path, { 'accept-language': locale });
          assert.ok(page.statusCode === 200 || (path === '/no/such/page' && page.statusCode === 404), `${path}: ${page.statusCode}`);
          assert.match(htmlTag(page.body), new RegExp(`^<html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}"`), path);
          noEnglish(page.body, locale, path);
        }
      });

      test(`no English catalog message on a member's own pages in ${locale}, with the member's language chosen`, async () => {
        const member = archive.visitor();
        await member.register(`miembro_${locale}`);
        assert.equal((await member.post('/settings/language', { 'account[locale]': locale })).statusCode, 303);
        for (const path of memberPages(`miembro_${locale}`)) {
          const page = await member.get(path);
          assert.equal(page.statusCode, 200, path);
          assert.match(htmlTag(page.body), new RegExp(`^<html lang="${locale}"`), path);
          noEnglish(page.body, locale, path);
        }
      });
    }
  });
}
