/**
 * The authoring side in Spanish and Arabic: the posting, report, moderation and admin pages carry no English
 * catalog message, Arabic ones are right to left, a refused post explains itself in the author's language with
 * nothing lost, and each mail is written in its recipient's language whoever caused it.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { startArchive, ADMIN_PASSWORD, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { workIdOf } from '../support/chapters.ts';
import { assertNoEnglish } from '../support/untranslated.ts';
import type { Client } from '../support/client.ts';
import { userByLogin, setUserLocale } from '../../src/storage/users.ts';
import { insertReport } from '../../src/storage/abuse-reports.ts';
import type { Locale } from '../../src/i18n/locales.ts';

const htmlTag = (body: string) => /<html[^>]*>/.exec(body)?.[0] ?? '';

for (const engine of engines()) {
  describe(`authoring pages and mails in Spanish and Arabic (${engine.name})`, () => {
    let archive: TestArchive;
    let writer: Client;
    let admin: Client;
    let workId: number;
    let reportId: number;
    const speaks = async (login: string, locale: Locale | null) => setUserLocale(archive.app.db, (await userByLogin(archive.app.db, login))!.id, locale);

    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      writer = archive.visitor('203.0.113.31');
      await writer.register('escritora');
      workId = workIdOf((await writer.post('/works', workForm())).headers.location);
      await writer.get(`/works/${workId}`); // shows (and so clears) the English "posted" flash
      admin = archive.visitor('203.0.113.32');
      assert.equal((await admin.login('admin', ADMIN_PASSWORD)).statusCode, 303);
      await admin.get('/admin'); // shows (and so clears) the English "logged in" flash
      const writerId = (await userByLogin(archive.app.db, 'escritora'))!.id;
      reportId = await insertReport(archive.app.db, {
        createdAt: Date.now(), url: `/works/${workId}`, targetKind: 'work', targetId: workId, targetUserId: writerId, reason: 'Spam',
        body: 'Copied from elsewhere.', reporterId: null, reporterName: 'Visitante', reporterEmail: 'visitante@example.org', ipHash: '',
      });
    });
    after(() => archive.close());

    for (const locale of ['es', 'ar'] as const) {
      test(`the work, chapter, report, moderation and admin pages in ${locale} have no English catalog message`, async () => {
        await speaks('escritora', locale);
        await speaks('admin', locale);
        const guest = archive.visitor('203.0.113.33');
        const pages: [string, () => Promise<{ statusCode: number; body: string }>][] = [
          ['/works/new', () => writer.get('/works/new')],
          [`/works/${workId}/edit`, () => writer.get(`/works/${workId}/edit`)],
          [`/works/${workId}/chapters/new`, () => writer.get(`/works/${workId}/chapters/new`)],
          ['/abuse_reports/new', () => guest.get(`/abuse_reports/new?url=/works/${workId}`, { 'accept-language': locale })],
          ['/admin/reports', () => admin.get('/admin/reports')],
          [`/admin/reports/${reportId}`, () => admin.get(`/admin/reports/${reportId}`)],
          [`/admin/works/${workId}/moderate`, () => admin.get(`/admin/works/${workId}/moderate`)],
          ['/admin', () => admin.get('/admin')],
          ['/admin/settings', () => admin.get('/admin/settings')],
          ['/admin/policies', () => admin.get('/admin/policies')],
          ['/admin/audit', () => admin.get('/admin/audit')],
        ];
        for (const [path, load] of pages) {
          const page = await load();
          assert.equal(page.statusCode, 200, path);
          assert.match(htmlTag(page.body), new RegExp(`^<html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}"`), path);
          assert.doesNotThrow(() => assertNoEnglish(page.body, locale), (e: Error) => assert.fail(`${path}: ${e.message}`));
        }
        // The fields fans' tools fill in keep AO3's names whatever the language.
        const form = parse((await writer.get('/works/new')).body);
        for (const name of ['work[title]', 'work[fandom_string]', 'work[rating_string]', 'chapter[content]']) assert.ok(form.querySelector(`[name="${name}"]`), name);
      });
    }

    test('a refused post in Spanish says what is wrong in Spanish and keeps everything typed', async () => {
      await speaks('escritora', 'es');
      const refused = await writer.post('/works', workForm({ 'work[title]': '', 'work[summary]': 'Dos rivales, una tormenta.', 'chapter[content]': 'La nieve empezó al anochecer.' }));
      assert.equal(refused.statusCode, 422);
      const page = parse(refused.body);
      assert.equal(page.querySelector('#work_title_error')!.text, 'Ponle un título a tu obra.');
      assert.match(page.querySelector('.form-error, [role="alert"]')!.text, /Tu obra aún no se ha publicado/);
      assert.equal(page.querySelector('#work_summary')!.text, 'Dos rivales, una tormenta.');
      assert.equal(page.querySelector('#chapter_content')!.text, 'La nieve empezó al anochecer.');
      assert.equal(page.querySelector('#work_fandom_string')!.getAttribute('value'), 'Original Work');
      assertNoEnglish(refused.body, 'es');

      await speaks('escritora', null);
      const english = parse((await writer.post('/works', workForm({ 'work[title]': '' }))).body);
      assert.equal(english.querySelector('#work_title_error')!.text, 'Give your work a title.', 'English is as it was');
    });

    test('a comment mails each author in their own language, whoever wrote the comment', async () => {
      const autora = archive.visitor('203.0.113.34');
      await autora.register('autora');
      await speaks('autora', 'es');
      const author = archive.visitor('203.0.113.35');
      await author.register('author_en');
      for (const who of [autora, author]) assert.equal((await who.post('/inbox/settings', { comment_emails: '1' })).statusCode, 303);
      const theirs = workIdOf((await autora.post('/works', workForm({ 'work[title]': 'La nieve' }))).headers.location);
      const his = workIdOf((await author.post('/works', workForm({ 'work[title]': 'The Snow' }))).headers.location);
      const reader = archive.visitor('203.0.113.36');
      await reader.register('lectora');
      await speaks('lectora', 'ar');
      for (const id of [theirs, his]) assert.equal((await reader.post(`/works/${id}/comments`, { 'comment[content]': 'What a storm!' })).statusCode, 303);

      const spanish = await archive.lastMail('autora@example.org');
      assert.equal(spanish?.subject, 'Comentario en La nieve');
      assert.match(spanish!.body, /^lectora escribió:\n\nWhat a storm!\n\nLéelo y responde: /);
      assert.match(spanish!.body, /Puedes desactivar estos correos/);
      const english = await archive.lastMail('author_en@example.org');
      assert.equal(english?.subject, 'Comment on The Snow');
      assert.match(english!.body, /^lectora wrote:\n\nWhat a storm!\n\nRead it and reply: /);
      assert.match(english!.body, /You can turn these emails off in your inbox settings/);
    });

    test('staff mail follows the recipient: a Spanish author hears of a hidden work in Spanish', async () => {
      await speaks('escritora', 'es');
      await speaks('admin', 'ar');
      const hidden = await admin.post(`/admin/works/${workId}/hide`, { reason: 'Spam, copied text.' });
      assert.equal(hidden.statusCode, 303);
      const mail = await archive.lastMail('escritora@example.org');
      assert.equal(mail?.subject, 'Tu obra «The Long Way Home» fue ocultada por los moderadores del archivo');
      assert.match(mail!.body, /Motivo: Spam, copied text\./);
      await speaks('admin', null);
    });
  });
}
