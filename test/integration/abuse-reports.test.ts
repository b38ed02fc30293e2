import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { startArchive, ADMIN_PASSWORD, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { chapterForm, chapterIdOf, workIdOf } from '../support/chapters.ts';
import type { Client } from '../support/client.ts';
import { userByLogin, updateRole } from '../../src/storage/users.ts';
import { seriesOfWorks } from '../../src/storage/series.ts';
import { setWorkRemoval } from '../../src/storage/works.ts';
import { reportById, insertReport } from '../../src/storage/abuse-reports.ts';
import { listAudit } from '../../src/storage/audit-log.ts';
import { outboxFor } from '../../src/storage/outbox.ts';
import { resolveReport, reportMailsSent } from '../../src/actions/resolve-report.ts';

const guestFields = { 'abuse_report[username]': 'Passer-by', 'abuse_report[email]': 'passer@example.org' };
const reportIdOf = (body: string): number => Number(/Report #(\d+)/.exec(body)![1]);

for (const engine of engines()) {
  describe(`abuse reports (${engine.name})`, () => {
    let archive: TestArchive;
    let author: Client;
    let reader: Client;
    let mod: Client;
    let admin: Client;
    let authorId = 0;
    let readerId = 0;
    let workId = 0;
    let chapterId = 0;
    let commentId = 0;
    let seriesId = 0;
    let ip = 1;
    /** A guest from an address of its own (each address has its own rate limit). */
    const guest = () => archive.visitor(`192.0.2.${ip++}`);

    /** Sends a report as `client` and returns its number, read from the confirmation page. */
    async function report(client: Client, url: string, extra: Record<string, string> = {}): Promise<number> {
      const sent = await client.post('/abuse_reports', { 'abuse_report[url]': url, 'abuse_report[reason]': 'Harassment', 'abuse_report[comment]': `About ${url}: please look.`, ...extra });
      assert.equal(sent.statusCode, 303, sent.body.slice(0, 800));
      assert.equal(sent.headers.location, '/abuse_reports/sent');
      const page = await client.get('/abuse_reports/sent');
      assert.equal(page.statusCode, 200);
      return Number(parse(page.body).querySelector('#report_reference')!.text.replace('Report #', ''));
    }

    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      author = archive.visitor('198.51.100.20');
      await author.register('report_author');
      reader = archive.visitor('198.51.100.21');
      await reader.register('report_reader');
      mod = archive.visitor('198.51.100.22');
      await mod.register('report_mod');
      const db = archive.app.db;
      await updateRole(db, (await userByLogin(db, 'report_mod'))!.id, 'moderator');
      admin = archive.visitor('198.51.100.23');
      await admin.login('admin', ADMIN_PASSWORD);
      authorId = (await userByLogin(db, 'report_author'))!.id;
      readerId = (await userByLogin(db, 'report_reader'))!.id;
      workId = workIdOf((await author.post('/works', workForm({ 'work[title]': 'Reported Tale', 'work[summary]': 'A summary <em>to judge</em>.', 'work[series_title]': 'Reported Saga', 'chapter[content]': 'First words of the tale.\n\nA second paragraph.' }))).headers.location);
      chapterId = chapterIdOf((await author.post(`/works/${workId}/chapters`, chapterForm({ 'chapter[content]': 'The second chapter.' }))).headers.location);
      const commented = await reader.post(`/works/${workId}/comments`, { 'comment[content]': 'A rude remark to report.' });
      commentId = Number(/comment_(\d+)/.exec(String(commented.headers.location))![1]);
      seriesId = (await seriesOfWorks(db, [workId])).get(workId)![0]!.seriesId;
      assert.equal((await author.post('/collections', { 'collection[name]': 'reported_fest', 'collection[title]': 'Reported Fest', 'collection[description]': '', 'collection[open]': '1' })).statusCode, 303);
      await author.post('/settings/profile', { 'profile[display_name]': '', 'profile[bio]': 'An author <strong>bio</strong>.', 'profile[website]': '' });
    });
    after(() => archive.close());

    test('every kind of page links to the report form with its own address', async () => {
      const href = (body: string, selector: string) => parse(body).querySelector(selector)?.getAttribute('href');
      const visitor = archive.visitor();
      assert.equal(href((await visitor.get(`/works/${workId}?view_full_work=true`)).body, 'p.report-link a'), `/abuse_reports/new?url=/works/${workId}`);
      const firstChapter = (await visitor.get(`/works/${workId}`)).body;
      assert.match(String(href(firstChapter, 'p.report-link a')), /^\/abuse_reports\/new\?url=\/works\/\d+\/chapters\/\d+$/);
      assert.equal(href((await visitor.get(`/works/${workId}/chapters/${chapterId}`)).body, 'p.report-link a'), `/abuse_reports/new?url=/works/${workId}/chapters/${chapterId}`);
      assert.equal(href((await visitor.get(`/works/${workId}/comments`)).body, `#comment_${commentId} li.report a`), `/abuse_reports/new?url=/works/${workId}/comments/${commentId}`);
      assert.equal(href((await visitor.get(`/series/${seriesId}`)).body, 'p.report-link a'), `/abuse_reports/new?url=/series/${seriesId}`);
      assert.equal(href((await visitor.get('/collections/reported_fest')).body, 'li.report a'), '/abuse_reports/new?url=/collections/reported_fest');
      assert.equal(href((await visitor.get('/users/report_author')).body, 'li.report a'), '/abuse_reports/new?url=/users/report_author');
      assert.equal(parse((await author.get('/users/report_author')).body).querySelector('li.report'), null, 'nobody reports themselves from their own page');
    });

    test('a guest reports a work: the form names it, the confirmation and the email carry the reference', async () => {
      const g = guest();
      const form = parse((await g.get(`/abuse_reports/new?url=/works/${workId}`)).body);
      assert.equal(form.querySelector('input[name="abuse_report[url]"]')!.getAttribute('value'), `/works/${workId}`);
      assert.match(form.querySelector('#report_target')!.text, /Work “Reported Tale”/);
      assert.ok(form.querySelector('input[name="abuse_report[email]"]'));
      assert.equal(form.querySelectorAll('input[name="abuse_report[reason]"]').length, 6);
      const id = await report(g, `http://archive.test/works/${workId}?view_full_work=true`, { ...guestFields, 'abuse_report[reason]': 'Plagiarism' });
      const stored = (await reportById(archive.app.db, id))!;
      assert.deepEqual([stored.url, stored.targetKind, stored.targetId, stored.targetUserId, stored.reason, stored.status], [`/works/${workId}`, 'work', workId, authorId, 'Plagiarism', 'open']);
      assert.deepEqual([stored.reporterId, stored.reporterName, stored.reporterEmail], [null, 'Passer-by', 'passer@example.org']);
      const mail = await archive.lastMail('passer@example.org');
      assert.equal(mail?.subject, `Report #${id} received`);
      assert.match(mail!.body, new RegExp(`Report #${id}`));
    });

    test('members report a chapter, a comment, a series, a collection and an account; their email comes from the account', async () => {
      const cases: [string, string, number, number | null][] = [
        [`/works/${workId}/chapters/${chapterId}`, 'chapter', chapterId, authorId],
        [`/works/${workId}/comments/${commentId}`, 'comment', commentId, readerId],
        [`/works/${workId}#comment_${commentId}`, 'comment', commentId, readerId],
        [`/series/${seriesId}`, 'series', seriesId, authorId],
        ['/collections/Reported_Fest/works', 'collection', 0, authorId],
        ['/users/report_author/works', 'user', authorId, authorId],
      ];
      for (const [url, kind, targetId, targetUserId] of cases) {
        const id = await report(reader, url);
        const r = (await reportById(archive.app.db, id))!;
        assert.equal(r.targetKind, kind, url);
        if (targetId) assert.equal(r.targetId, targetId, url);
        assert.equal(r.targetUserId, targetUserId, url);
        assert.deepEqual([r.reporterId, r.reporterEmail], [readerId, ''], url);
        assert.equal((await archive.lastMail('report_reader@example.org'))?.subject, `Report #${id} received`);
      }
    });

    test('bad input comes back with everything typed kept (422); unknown, foreign and unseen pages are refused', async () => {
      const draft = workIdOf((await author.post('/works', workForm({ 'work[title]': 'Secret Draft', commit: 'draft' }))).headers.location);
      const long = 'x'.repeat(5001);
      const cases: [Record<string, string>, string][] = [
        [{ 'abuse_report[url]': '/nowhere/at/all' }, 'abuse_report_url_error'],
        [{ 'abuse_report[url]': `https://elsewhere.example/works/${workId}` }, 'abuse_report_url_error'],
        [{ 'abuse_report[url]': `/works/${draft}` }, 'abuse_report_url_error'],
        [{ 'abuse_report[url]': '/works/999999' }, 'abuse_report_url_error'],
        [{ 'abuse_report[reason]': 'Not a reason' }, 'abuse_report_reason_error'],
        [{ 'abuse_report[comment]': '   ' }, 'abuse_report_comment_error'],
        [{ 'abuse_report[comment]': long }, 'abuse_report_comment_error'],
        [{ 'abuse_report[email]': '' }, 'abuse_report_email_error'],
        [{ 'abuse_report[email]': 'not an address' }, 'abuse_report_email_error'],
      ];
      for (const [change, errorId] of cases) {
        const fields = { 'abuse_report[url]': `/works/${workId}`, 'abuse_report[reason]': 'Spam', 'abuse_report[comment]': 'Kept text\nover two lines', ...guestFields, ...change };
        const res = await guest().post('/abuse_reports', fields);
        assert.equal(res.statusCode, 422, JSON.stringify(change));
        const doc = parse(res.body);
        assert.ok(doc.querySelector(`#${errorId}`), `${errorId} for ${JSON.stringify(change)}`);
        assert.equal(doc.querySelector('textarea[name="abuse_report[comment]"]')!.text, fields['abuse_report[comment]']);
        assert.equal(doc.querySelector('input[name="abuse_report[url]"]')!.getAttribute('value'), fields['abuse_report[url]']);
        assert.equal(doc.querySelector('input[name="abuse_report[email]"]')!.getAttribute('value'), fields['abuse_report[email]']);
        if (change['abuse_report[reason]'] === undefined) assert.ok(doc.querySelector('input[name="abuse_report[reason]"][value="Spam"][checked]'));
      }
      assert.match(parse((await guest().post('/abuse_reports', { 'abuse_report[url]': '/nowhere', 'abuse_report[reason]': 'Spam', 'abuse_report[comment]': 'x', ...guestFields })).body).querySelector('#abuse_report_url_error')!.text, /not the address of a work/);
    });

    test('guests pass the guest-comment checks: five reports an hour per address, then 429 with the text kept; spam is closed at once, unmailed', async () => {
      const g = guest();
      for (let i = 1; i <= 5; i++) await report(g, `/works/${workId}`, { ...guestFields, 'abuse_report[email]': 'limited@example.org', 'abuse_report[comment]': `Report number ${i}` });
      const refused = await g.post('/abuse_reports', { 'abuse_report[url]': `/works/${workId}`, 'abuse_report[reason]': 'Spam', 'abuse_report[comment]': 'The sixth', ...guestFields });
      assert.equal(refused.statusCode, 429);
      assert.ok(Number(refused.headers['retry-after']) > 0);
      assert.equal(parse(refused.body).querySelector('textarea[name="abuse_report[comment]"]')!.text, 'The sixth');
      assert.equal((await outboxFor(archive.app.db, 'limited@example.org')).length, 5);
      const bot = guest();
      const id = await report(bot, `/works/${workId}`, { ...guestFields, 'abuse_report[email]': 'victim@example.org', 'abuse_report[website]': 'http://spam.example' });
      const stored = (await reportById(archive.app.db, id))!;
      assert.equal(stored.status, 'dismissed');
      assert.match(stored.note, /spam/);
      assert.equal(await archive.lastMail('victim@example.org'), undefined, 'no mail to an address a bot typed');
      const dupe = guest();
      await report(dupe, `/works/${workId}`, { ...guestFields, 'abuse_report[comment]': 'Same words twice' });
      assert.equal((await reportById(archive.app.db, await report(dupe, `/works/${workId}`, { ...guestFields, 'abuse_report[comment]': 'same  words TWICE' })))!.status, 'dismissed');
    });

    test('who may use each route: guests are sent to log in, members get 403, moderators and admins get through', async () => {
      const seed = () => insertReport(archive.app.db, { url: '/users/report_author', targetKind: 'user', targetId: authorId, targetUserId: authorId, reason: 'Harassment', body: 'Seeded', reporterId: readerId, reporterName: '', reporterEmail: '', ipHash: '', createdAt: Date.now() });
      const visitors: [string, Client][] = [['guest', archive.visitor('192.0.2.200')], ['user', author], ['moderator', mod], ['admin', admin]];
      for (const [who, client] of visitors) {
        for (const path of ['/abuse_reports/new', `/abuse_reports/new?url=/works/${workId}`]) assert.equal((await client.get(path)).statusCode, 200, `${who} GET ${path}`);
        const [id, other] = [await seed(), await seed()];
        for (const path of ['/admin/reports', `/admin/reports/${id}`, '/admin/reports?status=all&reason=Spam&page=2']) {
          const res = await client.get(path);
          if (who === 'guest') assert.match(`${res.statusCode} ${res.headers.location}`, /^303 \/users\/login\?return_to=/, `${who} GET ${path}`);
          else assert.equal(res.statusCode, who === 'user' ? 403 : 200, `${who} GET ${path}`);
        }
        const posts: [string, Record<string, string>][] = [[`/admin/reports/${id}/reply`, { message: 'Thanks.' }], [`/admin/reports/${id}/resolve`, { note: 'Handled.' }], [`/admin/reports/${other}/dismiss`, { note: 'Nothing to do.' }]];
        for (const [path, fields] of posts) {
          const res = await client.post(path, fields);
          const where = `${who} POST ${path}`;
          if (who === 'guest') assert.match(`${res.statusCode} ${res.headers.location}`, /^303 \/users\/login/, where);
          else if (who === 'user') assert.equal(res.statusCode, 403, where);
          else assert.equal(`${res.statusCode} ${res.headers.location}`, `303 ${path.slice(0, path.lastIndexOf('/'))}`, where);
        }
        const staff = who === 'moderator' || who === 'admin';
        assert.deepEqual([(await reportById(archive.app.db, id))!.status, (await reportById(archive.app.db, other))!.status], staff ? ['resolved', 'dismissed'] : ['open', 'open'], who);
      }
      assert.equal((await mod.get('/admin/reports/999999')).statusCode, 404);
      assert.equal((await mod.get('/admin/reports/abc')).statusCode, 404);
    });

    test('the queue: open by default, newest first, filtered by status and reason, paginated', async () => {
      const db = archive.app.db;
      const base = { url: '/users/report_author', targetKind: 'user' as const, targetId: authorId, targetUserId: authorId, body: 'Filler', reporterId: readerId, reporterName: '', reporterEmail: '', ipHash: '' };
      const spam: number[] = [];
      for (let i = 0; i < 27; i++) spam.push(await insertReport(db, { ...base, reason: 'Spam', createdAt: Date.now() }));
      const other = await insertReport(db, { ...base, reason: 'Missing rating or warning', createdAt: Date.now() });
      assert.equal((await mod.post(`/admin/reports/${spam[0]}/dismiss`, { note: 'Not spam after all.' })).statusCode, 303);
      const ids = (body: string) => parse(body).querySelectorAll('li.report.blurb').map((li) => Number(li.id.replace('report_', '')));
      const first = await mod.get('/admin/reports?reason=Spam');
      assert.deepEqual(ids(first.body), spam.slice(2).reverse().slice(0, 25), 'newest first, 25 a page, the dismissed one left out');
      assert.match(parse(first.body).querySelector('h2#reports-heading')!.text, /^26 open reports for “Spam”/);
      const second = await mod.get('/admin/reports?status=open&reason=Spam&page=2');
      assert.deepEqual(ids(second.body), [spam[1]]);
      assert.ok(parse(first.body).querySelector('ol.pagination a[href="/admin/reports?status=open&reason=Spam&page=2"]'));
      assert.deepEqual(ids((await mod.get('/admin/reports?status=dismissed&reason=Spam')).body), [spam[0]]);
      assert.ok(ids((await mod.get('/admin/reports')).body).includes(other));
      assert.deepEqual(ids((await mod.get(`/admin/reports?reason=${encodeURIComponent('Missing rating or warning')}`)).body), [other]);
      const all = ids((await mod.get('/admin/reports?status=all&reason=Spam&page=2')).body);
      assert.deepEqual(all, [spam[1], spam[0]]);
      const filters = parse(first.body);
      assert.ok(filters.querySelector('select[name="reason"] option[value="Spam"][selected]'));
      assert.ok(filters.querySelector('select[name="status"] option[value="open"][selected]'));
    });

    test('a report shows the item in place even when hidden, the reporter (staff only) and the other reports about it', async () => {
      const first = await report(guest(), `/works/${workId}`, { ...guestFields, 'abuse_report[comment]': 'Copied from <b>elsewhere</b>.\nSee the first line.' });
      const second = await report(reader, `/works/${workId}/chapters/${chapterId}`);
      await archive.app.db.transaction((tx) => setWorkRemoval(tx, workId, { from: [null], to: 'hidden', reason: 'Checking a report', now: Date.now() }));
      try {
        const doc = parse((await mod.get(`/admin/reports/${first}`)).body);
        const item = doc.querySelector('section.reported-item')!;
        assert.match(item.text, /Reported Tale/);
        assert.match(item.text, /report_author/);
        assert.match(item.text, /General Audiences/);
        assert.match(item.text, /Hidden by moderators/);
        assert.equal(item.querySelector('blockquote.userstuff em')?.text, 'to judge', 'the summary, sanitized HTML');
        assert.match(item.querySelector('blockquote.excerpt')!.text, /First words of the tale\.\s*A second paragraph\./);
        assert.match(doc.querySelector('blockquote.report-text')!.innerHTML, /Copied from &lt;b&gt;elsewhere&lt;\/b&gt;\.<br>See the first line\./);
        assert.match(doc.querySelector('dl.meta')!.text, /Passer-by \(guest\), passer@example\.org/);
        const related = doc.querySelectorAll('ul.related-reports a').map((a) => a.getAttribute('href'));
        assert.ok(related.includes(`/admin/reports/${second}`), 'the chapter report of the same account is listed');
        assert.equal(doc.querySelector('form[action$="/hide"]'), null, 'a hidden work cannot be hidden again');
        assert.ok(doc.querySelector(`form[action="/admin/users/report_author/suspend"] input[name="report_id"][value="${first}"]`));
      } finally {
        await archive.app.db.transaction((tx) => setWorkRemoval(tx, workId, { from: ['hidden'], to: null, reason: '', now: Date.now() }));
      }
      const onComment = parse((await mod.get(`/admin/reports/${await report(reader, `/works/${workId}/comments/${commentId}`)}`)).body);
      assert.match(onComment.querySelector('section.reported-item')!.text, /A rude remark to report\./);
      assert.ok(onComment.querySelector(`form[action="/admin/comments/${commentId}/hide"] [name="reason"]`));
      const onUser = parse((await mod.get(`/admin/reports/${await report(reader, '/users/report_author')}`)).body);
      assert.equal(onUser.querySelector('section.reported-item .bio strong')?.text, 'bio');
      const onWork = parse((await mod.get(`/admin/reports/${await report(reader, `/works/${workId}`)}`)).body);
      assert.ok(onWork.querySelector(`form[action="/admin/works/${workId}/hide"] input[name="report_id"]`));
    });

    test('dismiss and resolve need a note, tell the reporter it was handled (not what was done) and are audited; reply mails and audits', async () => {
      const db = archive.app.db;
      const id = await report(guest(), `/works/${workId}`, { ...guestFields, 'abuse_report[email]': 'closer@example.org' });
      const noNote = await mod.post(`/admin/reports/${id}/dismiss`, { note: '  ' });
      assert.equal(noNote.statusCode, 422);
      assert.ok(parse(noNote.body).querySelector('#dismiss_note_error'));
      const tooLong = 'n'.repeat(2001);
      const long = await mod.post(`/admin/reports/${id}/resolve`, { note: tooLong });
      assert.equal(long.statusCode, 422);
      assert.equal(parse(long.body).querySelector('textarea#resolve_note')!.text, tooLong);
      assert.equal((await reportById(db, id))!.status, 'open');

      const replied = await mod.post(`/admin/reports/${id}/reply`, { message: 'Which chapter do you mean?' });
      assert.equal(replied.statusCode, 303);
      const question = await archive.lastMail('closer@example.org');
      assert.equal(question?.subject, `About your report #${id}`);
      assert.match(question!.body, /Which chapter do you mean\?/);
      assert.equal((await mod.post(`/admin/reports/${id}/reply`, { message: '' })).statusCode, 422);

      assert.equal((await mod.post(`/admin/reports/${id}/dismiss`, { note: 'Secret moderator reasoning.' })).statusCode, 303);
      const closed = (await reportById(db, id))!;
      assert.deepEqual([closed.status, closed.note, closed.closedByLogin], ['dismissed', 'Secret moderator reasoning.', 'report_mod']);
      const handled = await archive.lastMail('closer@example.org');
      assert.equal(handled?.subject, `Your report #${id} was handled`);
      assert.doesNotMatch(handled!.body, /Secret|dismiss/i);
      const again = await admin.post(`/admin/reports/${id}/resolve`, { note: 'Me too.' });
      assert.equal(again.statusCode, 422, 'a closed report stays closed');
      assert.match(parse(again.body).querySelector('.form-error')!.text, /already closed/);

      const other = await report(reader, `/works/${workId}`);
      assert.equal((await admin.post(`/admin/reports/${other}/resolve`, { note: 'Talked to the author.' })).statusCode, 303);
      assert.equal((await reportById(db, other))!.status, 'resolved');
      assert.equal((await archive.lastMail('report_reader@example.org'))?.subject, `Your report #${other} was handled`);

      const entries = await listAudit(db, { targetKind: 'report' }, { limit: 50, offset: 0 });
      const find = (action: string, target: number) => entries.find((e) => e.action === action && e.targetId === target);
      assert.equal(find('report.reply', id)?.reason, 'Which chapter do you mean?');
      assert.equal(find('report.dismiss', id)?.actorLogin, 'report_mod');
      assert.equal(find('report.resolve', other)?.actorLogin, 'admin');
      assert.equal(find('report.resolve', other)?.targetUserId, authorId);
    });

    test('acting from a report (hide the work, suspend the account) resolves it with the action and tells the reporter', async () => {
      const db = archive.app.db;
      const target = workIdOf((await author.post('/works', workForm({ 'work[title]': 'To Be Hidden' }))).headers.location);
      const sendForm = async (reportId: number, selector: string, fields: Record<string, string>) => {
        const form = parse((await mod.get(`/admin/reports/${reportId}`)).body).querySelector(selector)!;
        const hidden = Object.fromEntries(form.querySelectorAll('input[type="hidden"]').filter((i) => i.getAttribute('name') !== 'authenticity_token').map((i) => [i.getAttribute('name')!, i.getAttribute('value')!]));
        assert.equal(hidden.report_id, String(reportId));
        return mod.post(form.getAttribute('action')!, { ...hidden, ...fields });
      };
      const onWork = await report(guest(), `/works/${target}`, { ...guestFields, 'abuse_report[email]': 'acted@example.org' });
      assert.equal((await sendForm(onWork, `form[action="/admin/works/${target}/hide"]`, { reason: 'Copied from another site.' })).statusCode, 303);
      await reportMailsSent();
      const closed = (await reportById(db, onWork))!;
      assert.deepEqual([closed.status, closed.note, closed.closedByLogin], ['resolved', 'Copied from another site.', 'report_mod']);
      const handled = await archive.lastMail('acted@example.org');
      assert.equal(handled?.subject, `Your report #${onWork} was handled`);
      assert.doesNotMatch(handled!.body, /Copied|hid/i);
      assert.equal((await archive.visitor().get(`/works/${target}`)).statusCode, 404);
      const actions = (await listAudit(db, {}, { limit: 10, offset: 0 })).map((e) => e.action);
      assert.ok(actions.includes('work.hide') && actions.includes('report.resolve'));

      const troll = archive.visitor('198.51.100.29');
      await troll.register('report_troll');
      const onAccount = await report(reader, '/users/report_troll');
      assert.equal((await sendForm(onAccount, 'form[action="/admin/users/report_troll/suspend"]', { days: '7', reason: 'Harassing readers.' })).statusCode, 303);
      await reportMailsSent();
      assert.equal((await reportById(db, onAccount))!.status, 'resolved');
      assert.notEqual((await userByLogin(db, 'report_troll'))!.suspendedUntil, null);
      assert.equal((await archive.lastMail('report_reader@example.org'))?.subject, `Your report #${onAccount} was handled`);

      const heckler = archive.visitor('198.51.100.30');
      await heckler.register('report_heckler');
      const remark = await heckler.post(`/works/${workId}/comments`, { 'comment[content]': 'Another remark.' });
      const remarkId = Number(/comment_(\d+)/.exec(String(remark.headers.location))?.[1]);
      const onComment = await report(reader, `/works/${workId}/comments/${remarkId}`);
      assert.equal((await sendForm(onComment, `form[action="/admin/comments/${remarkId}/hide"]`, { reason: 'Rude.' })).statusCode, 303);
      await reportMailsSent();
      assert.equal((await reportById(db, onComment))!.status, 'resolved');
      const shown = parse((await mod.get(`/admin/reports/${onComment}`)).body);
      assert.match(shown.querySelector('section.reported-item .notice')!.text, /Hidden by moderators/);
      assert.equal(shown.querySelector('section.report-actions form[action$="/hide"]'), null);
      const again = await reader.post('/abuse_reports', { 'abuse_report[url]': `/works/${workId}/comments/${remarkId}`, 'abuse_report[reason]': 'Spam', 'abuse_report[comment]': 'Still there?' });
      assert.equal(again.statusCode, 422, 'a hidden comment is no page to report');
      const onSeries = parse((await mod.get(`/admin/reports/${await report(reader, `/series/${seriesId}`)}`)).body);
      assert.ok(onSeries.querySelector(`form[action="/admin/series/${seriesId}/hide"]`));
      const onCollection = parse((await mod.get(`/admin/reports/${await report(reader, '/collections/reported_fest')}`)).body);
      assert.ok(onCollection.querySelector('form[action="/admin/collections/reported_fest/hide"]'));
    });

    test('resolveReport inside another action’s transaction mails the reporter only once that transaction commits', async () => {
      const db = archive.app.db;
      const modAccount = (await userByLogin(db, 'report_mod'))!;
      const kept = await report(guest(), `/works/${workId}`, { ...guestFields, 'abuse_report[email]': 'rolled@example.org' });
      await assert.rejects(db.transaction(async (tx) => {
        await resolveReport(archive.app.ctx, tx, modAccount, kept, 'Hid the work.');
        throw new Error('the moderation action failed after closing the report');
      }));
      await reportMailsSent();
      assert.equal((await reportById(db, kept))!.status, 'open');
      assert.equal((await archive.lastMail('rolled@example.org'))?.subject, `Report #${kept} received`, 'no "handled" mail for a rollback');
      await db.transaction((tx) => resolveReport(archive.app.ctx, tx, modAccount, kept, 'Hid the work.'));
      await reportMailsSent();
      assert.equal((await reportById(db, kept))!.status, 'resolved');
      assert.equal((await archive.lastMail('rolled@example.org'))?.subject, `Your report #${kept} was handled`);
      assert.equal((await listAudit(db, { targetKind: 'report', targetId: kept }, { limit: 5, offset: 0 }))[0]?.action, 'report.resolve');
      const member = (await userByLogin(db, 'report_reader'))!;
      await assert.rejects(db.transaction((tx) => resolveReport(archive.app.ctx, tx, member, kept, 'x')), { name: 'Forbidden' });
    });
  });
}
