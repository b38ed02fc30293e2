/**
 * Every kind of mail the archive sends, to a recipient who reads Spanish: by their own setting (members), by the
 * language they asked in (a sign-up's confirmation link, the copy of a report), or by the archive's default (later
 * mail to an address with no account).
 * Each must hold no English catalog message and no English sentence outside the catalog, subject and body.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, ADMIN_PASSWORD, type TestArchive } from '../support/archive.ts';
import { SIGNUP_CONSENT, type Client } from '../support/client.ts';
import { workForm } from '../support/works.ts';
import { chapterForm, workIdOf } from '../support/chapters.ts';
import { englishIn } from '../support/untranslated.ts';
import { englishSentences } from '../support/english-sentences.ts';
import { outboxFor } from '../../src/storage/outbox.ts';
import { userByLogin, setUserLocale } from '../../src/storage/users.ts';
import { putSetting } from '../../src/storage/settings.ts';
import { SITE_LOCALE_KEY } from '../../src/domain/site.ts';

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** What is English in a mail meant for Spanish. */
function englishInMail(mail: { subject: string; body: string }): string[] {
  const asPage = `<html lang="es"><body><h1>${escapeText(mail.subject)}</h1><pre>${escapeText(mail.body)}</pre></body></html>`;
  return [...englishIn(asPage, 'es'), ...englishSentences(`${mail.subject}\n${mail.body}`).map((s) => `outside the catalog: "${s}"`)];
}

// User content is in Latin, so an English sentence in a mail can only be the archive's.
const latin = { 'work[summary]': 'Dolor sit amet.', 'work[fandom_string]': 'Ipsum', 'work[relationship_string]': 'Ann/Bea', 'work[character_string]': 'Ann, Bea',
  'work[freeform_string]': 'Nix', 'work[language]': 'es', 'chapter[content]': 'Lorem ipsum dolor sit amet.' };

for (const engine of engines()) {
  describe(`every kind of mail in Spanish (${engine.name})`, () => {
    let archive: TestArchive;
    let admin: Client;
    let autora: Client;
    let lectora: Client;
    let guest: Client;
    /** How many mails each address had before the step being checked. */
    const seen = new Map<string, number>();
    const found: string[] = [];
    const kinds: string[] = [];

    /** Runs a step that must mail `to`, and notes any English in the mail it sent. */
    async function expectMail(kind: string, to: string, step: () => Promise<unknown>, spanish?: RegExp) {
      const before = (await outboxFor(archive.app.db, to, 1000)).length;
      await step();
      const mails = await outboxFor(archive.app.db, to, 1000);
      assert.ok(mails.length > before, `${kind}: a mail was sent to ${to}`);
      const [mail] = mails;
      seen.set(to, mails.length);
      kinds.push(kind);
      if (spanish) assert.match(`${mail!.subject}\n${mail!.body}`, spanish, kind);
      const english = englishInMail({ subject: mail!.subject, body: mail!.body });
      if (english.length) found.push(`${kind} (“${mail!.subject}”): ${english.join('; ')}`);
    }
    const speaksSpanish = async (login: string) => setUserLocale(archive.app.db, (await userByLogin(archive.app.db, login))!.id, 'es');

    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      admin = archive.visitor('198.51.100.40');
      autora = archive.visitor('198.51.100.41');
      lectora = archive.visitor('198.51.100.42');
      guest = archive.visitor('198.51.100.43');
      assert.equal((await admin.login('admin', ADMIN_PASSWORD)).statusCode, 303);
      await autora.register('autora');
      await speaksSpanish('autora');
      // Addresses with no account hear from the archive in its default language.
      await putSetting(archive.app.db, SITE_LOCALE_KEY, 'es');
    });
    after(() => archive.close());

    test('each mail reads in Spanish', async () => {
      await expectMail('confirmation of a sign-up asked for in Spanish', 'lectora@example.org', async () => {
        const password = 'a long test passphrase';
        const res = await lectora.post('/users', { 'user[login]': 'lectora', 'user[email]': 'lectora@example.org', 'user[password]': password, 'user[password_confirmation]': password, ...SIGNUP_CONSENT }, { 'accept-language': 'es' });
        assert.equal(res.statusCode, 303);
      });
      assert.equal((await lectora.login('lectora')).statusCode, 303);
      await lectora.confirmEmail('lectora@example.org');
      await speaksSpanish('lectora');

      await expectMail('a sign-up with an address already in use', 'lectora@example.org', () =>
        guest.post('/users', { 'user[login]': 'altera', 'user[email]': 'lectora@example.org', 'user[password]': 'another long passphrase', 'user[password_confirmation]': 'another long passphrase', ...SIGNUP_CONSENT }));
      await expectMail('a password reset link', 'lectora@example.org', () => guest.post('/users/password', { 'user[login]': 'lectora' }));
      await expectMail('a message through the contact form', 'autora@example.org', () => lectora.post('/users/autora/contact', { 'contact[subject]': 'Salve', 'contact[message]': 'Carmen tuum amo.' }));
      await expectMail('a gift', 'lectora@example.org', () => autora.post('/works', workForm({ ...latin, 'work[title]': 'Donum', 'work[recipients]': 'lectora' })));
      await expectMail('an invitation to be a co-creator', 'lectora@example.org', () => autora.post('/works', workForm({ ...latin, 'work[title]': 'Opus commune', 'work[co_creators]': 'lectora' })));

      const work = workIdOf((await autora.post('/works', workForm({ ...latin, 'work[title]': 'Lorem ipsum', 'work[wip_length]': '2' }))).headers.location);
      assert.equal((await lectora.post('/users/lectora/subscriptions', { 'subscription[subscribable_type]': 'Work', 'subscription[subscribable_id]': String(work) })).statusCode, 303);
      await expectMail('a subscription’s new chapter', 'lectora@example.org', () => autora.post(`/works/${work}/chapters`, chapterForm({ 'chapter[title]': 'Sed ut', 'chapter[content]': 'Sed ut perspiciatis.' })),
        /^Lorem ipsum, de autora: Capítulo 2: Sed ut\n/);
      assert.equal((await autora.post('/inbox/settings', { comment_emails: '1' })).statusCode, 303);
      await expectMail('a comment on one’s work', 'autora@example.org', () => lectora.post(`/works/${work}/comments`, { 'comment[content]': 'Pulcherrimum!' }));

      await expectMail('a copy of a report sent from an address', 'hospes@example.org', () => guest.post('/abuse_reports', {
        'abuse_report[url]': `http://archive.test/works/${work}`, 'abuse_report[reason]': 'Harassment', 'abuse_report[comment]': 'Vide, quaeso.', 'abuse_report[email]': 'hospes@example.org', 'abuse_report[username]': 'Hospes' }, { 'accept-language': 'es' }));
      const report = Number(/\/admin\/reports\/(\d+)/.exec((await admin.get('/admin/reports')).body)?.[1]);
      assert.ok(report, 'the report is in the queue');
      await expectMail('a moderator’s reply to a report', 'hospes@example.org', () => admin.post(`/admin/reports/${report}/reply`, { message: 'Gratias tibi.' }));
      await expectMail('a report handled', 'hospes@example.org', () => admin.post(`/admin/reports/${report}/resolve`, { note: 'Factum est.' }));
      await expectMail('a work hidden by the moderators', 'autora@example.org', () => admin.post(`/admin/works/${work}/hide`, { reason: 'Spam.' }));
      await expectMail('an invitation to join', 'amica@example.org', () => admin.post('/admin/invitations/address', { 'invitation[email]': 'amica@example.org' }));
      await speaksSpanish('admin');
      await expectMail('the admins’ test mail', 'admin@example.org', () => admin.post('/admin/test-email'));

      assert.deepEqual(found, [], `English in mails of these kinds:\n${kinds.join(', ')}`);
    });
  });
}
