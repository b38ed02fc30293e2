import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { chapterForm, workIdOf } from '../support/chapters.ts';
import type { Client } from '../support/client.ts';
import { workById } from '../../src/storage/works.ts';
import { chaptersOfWork } from '../../src/storage/chapters.ts';
import { postingPrefs } from '../../src/storage/posting-prefs.ts';
import { userByLogin } from '../../src/storage/users.ts';
import { publishDueChapters } from '../../src/actions/publish-due.ts';
import { localDay } from '../../src/domain/time-zone.ts';

const YEAR = new Date().getUTCFullYear() + 2;

for (const engine of engines()) {
  describe(`friendlier posting (${engine.name})`, () => {
    let archive: TestArchive;
    let author: Client;
    let reader: Client;
    const zoneOf = async (login: string) => (await postingPrefs(archive.app.db, (await userByLogin(archive.app.db, login))!.id)).timeZone;
    const post = async (client: Client, overrides: Record<string, string | string[] | null> = {}) => workIdOf((await client.post('/works', workForm(overrides))).headers.location);
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      author = archive.visitor('198.51.100.40');
      await author.register('zone_author');
      reader = archive.visitor('198.51.100.41');
      await reader.register('zone_reader');
    });
    after(() => archive.close());

    test('the first chapter has the later chapters\' fields, native date inputs, and "?" chapters planned', async () => {
      const form = parse((await author.get('/works/new')).body);
      for (const name of ['chapter[title]', 'chapter[summary]', 'chapter[notes]', 'chapter[endnotes]', 'chapter[content]']) assert.ok(form.querySelector(`[name="${name}"]`), name);
      assert.equal(form.querySelector('input[name="chapter[publish_at]"]')!.getAttribute('type'), 'datetime-local');
      assert.equal(form.querySelector('input[name="work[published_on]"]')!.getAttribute('type'), 'date');
      assert.equal(form.querySelector('input[name="work[wip_length]"]')!.getAttribute('value'), '?');
      // No zone yet: the note says UTC, and the browser's zone rides in a hidden field filled by a script.
      assert.match(form.querySelector('#time_zone_note')!.text, /UTC until you choose/);
      assert.equal(form.querySelector('input[name="time_zone_guess"]')!.getAttribute('value'), '');
      const id = await post(author, { 'work[wip_length]': '?', 'chapter[summary]': 'First summary' });
      assert.equal((await workById(archive.app.db, id))!.expectedChapters, null);
      assert.match((await chaptersOfWork(archive.app.db, id))[0]!.summaryHtml, /First summary/);
    });

    test('the browser\'s zone becomes the author\'s; schedules are typed on their wall clock and stored in UTC', async () => {
      const id = await post(author, { 'work[title]': 'Zoned', 'work[wip_length]': '?' });
      const res = await author.post(`/works/${id}/chapters`, chapterForm({ 'chapter[publish_at]': `${YEAR}-01-31T18:00`, time_zone_guess: 'Europe/Paris' }));
      assert.equal(res.statusCode, 303);
      assert.equal(await zoneOf('zone_author'), 'Europe/Paris');
      const scheduled = (await chaptersOfWork(archive.app.db, id, true))[1]!;
      assert.equal(scheduled.publishAt, Date.UTC(YEAR, 0, 31, 17, 0));
      const edit = parse((await author.get(`/works/${id}/chapters/${scheduled.id}/edit`)).body);
      assert.equal(edit.querySelector('input[name="chapter[publish_at]"]')!.getAttribute('value'), `${YEAR}-01-31T18:00`);
      assert.match(edit.querySelector('#time_zone_note')!.text, /Dates and times are in Europe\/Paris\./);
      assert.equal(edit.querySelector('input[name="time_zone_guess"]'), null, 'a chosen zone wins over the browser');
      assert.match((await author.get(`/works/${id}/chapters/manage`)).body, new RegExp(`Scheduled for ${YEAR}-01-31 18:00 Europe/Paris`));
      // Summer time: the same wall-clock hour is an hour earlier in UTC.
      await author.post(`/works/${id}/chapters/${scheduled.id}`, chapterForm({ 'chapter[publish_at]': `${YEAR}-07-31T18:00`, time_zone_guess: 'Asia/Tokyo' }));
      assert.equal((await chaptersOfWork(archive.app.db, id, true))[1]!.publishAt, Date.UTC(YEAR, 6, 31, 16, 0));
      assert.equal(await zoneOf('zone_author'), 'Europe/Paris');
    });

    test('an unknown zone falls back to UTC with a message, from the browser or the settings', async () => {
      const id = await post(reader, { 'work[title]': 'Unzoned', 'work[wip_length]': '?' });
      const res = await reader.post(`/works/${id}/chapters`, chapterForm({ 'chapter[publish_at]': `${YEAR}-01-31T18:00`, time_zone_guess: 'Mars/Olympus' }));
      assert.equal(res.statusCode, 303);
      assert.equal((await chaptersOfWork(archive.app.db, id, true))[1]!.publishAt, Date.UTC(YEAR, 0, 31, 18, 0));
      assert.match(parse((await reader.get(String(res.headers.location))).body).querySelector('.flash')!.text, /“Mars\/Olympus” is unknown here, so dates and times are in UTC/);
      assert.equal(await zoneOf('zone_reader'), '');
      const saved = await reader.post('/settings/posting', { 'user[time_zone]': 'Mars/Olympus' });
      assert.match(parse((await reader.get(String(saved.headers.location))).body).querySelector('.flash')!.text, /unknown here/);
      assert.equal(await zoneOf('zone_reader'), '');
      await reader.post('/settings/posting', { 'user[time_zone]': 'asia/tokyo' });
      assert.equal(await zoneOf('zone_reader'), 'Asia/Tokyo');
      assert.ok(parse((await reader.get('/settings/posting')).body).querySelector('option[selected]')!.text === 'Asia/Tokyo');
      await reader.post('/settings/posting', { 'user[time_zone]': '' });
      assert.equal(await zoneOf('zone_reader'), '');
    });

    test('a new work can be scheduled with its first chapter; a backdate may be the author\'s today', async () => {
      const at = Math.floor((Date.now() + 3 * 3600_000) / 60_000) * 60_000;
      const id = await post(author, { 'work[title]': 'Later work', 'chapter[publish_at]': new Date(at).toISOString().slice(0, 16), time_zone_guess: '' });
      // The author's zone is Europe/Paris: the typed wall-clock time was read there.
      const [first] = await chaptersOfWork(archive.app.db, id, true);
      assert.equal(first!.status, 'scheduled');
      const offset = first!.publishAt! - at;
      assert.ok(offset === -3600_000 || offset === -7200_000, String(offset));
      assert.equal((await workById(archive.app.db, id))!.visibility, 'draft');
      assert.equal(await publishDueChapters({ ...archive.app.ctx, now: () => first!.publishAt! + 1000 }), 1);
      assert.equal((await workById(archive.app.db, id))!.visibility, 'public');
      await author.post('/settings/posting', { 'user[time_zone]': 'Pacific/Kiritimati' });
      const today = localDay(Date.now(), 'Pacific/Kiritimati');
      const dated = await author.post('/works', workForm({ 'work[title]': 'Dated today', 'work[published_on]': today }));
      assert.equal(dated.statusCode, 303, 'the author\'s today is not in the future');
      assert.ok((await workById(archive.app.db, workIdOf(dated.headers.location)))!.publishedAt! <= Date.now());
      await author.post('/settings/posting', { 'user[time_zone]': 'Europe/Paris' });
    });

    test('a failed post keeps everything typed', async () => {
      const fields = {
        'work[title]': 'Kept work', 'work[summary]': 'Kept summary', 'work[comment_permission]': 'nobody', 'work[wip_length]': '?',
        'chapter[title]': 'Kept chapter', 'chapter[summary]': 'Kept chapter summary', 'chapter[notes]': 'Kept notes', 'chapter[endnotes]': 'Kept end notes',
        'chapter[content]': 'Kept body', 'chapter[format]': 'markdown', 'chapter[publish_at]': '2001-01-01T10:00',
      };
      const res = await author.post('/works', workForm(fields));
      assert.equal(res.statusCode, 422);
      const doc = parse(res.body);
      assert.match(doc.querySelector('#chapter_publish_at_error')!.text, /has already passed/);
      assert.equal(doc.querySelector('#work_title')!.getAttribute('value'), 'Kept work');
      assert.equal(doc.querySelector('#work_summary')!.text, 'Kept summary');
      assert.equal(doc.querySelector('#work_wip_length')!.getAttribute('value'), '?');
      assert.ok(doc.querySelector('#work_comment_permission_nobody')!.hasAttribute('checked'));
      assert.equal(doc.querySelector('#chapter_title')!.getAttribute('value'), 'Kept chapter');
      assert.equal(doc.querySelector('#chapter_summary')!.text, 'Kept chapter summary');
      assert.equal(doc.querySelector('#chapter_notes')!.text, 'Kept notes');
      assert.equal(doc.querySelector('#chapter_endnotes')!.text, 'Kept end notes');
      assert.equal(doc.querySelector('#chapter_content')!.text, 'Kept body');
      assert.ok(doc.querySelector('#format_markdown')!.hasAttribute('checked'));
      assert.equal(doc.querySelector('#chapter_publish_at')!.getAttribute('value'), '2001-01-01T10:00');
    });

    test('the text format is remembered per author', async () => {
      await post(author, { 'work[title]': 'In markdown', 'chapter[format]': 'markdown' });
      assert.ok(parse((await author.get('/works/new')).body).querySelector('#format_markdown')!.hasAttribute('checked'));
      const id = await post(author, { 'work[title]': 'In text', 'chapter[format]': 'text' });
      assert.ok(parse((await author.get(`/works/${id}/chapters/new`)).body).querySelector('#format_text')!.hasAttribute('checked'));
      // The reader last posted plain text (workForm's format), whatever the author chose since.
      assert.ok(parse((await reader.get('/works/new')).body).querySelector('#format_text')!.hasAttribute('checked'), 'each author has their own');
      const fresh = archive.visitor('198.51.100.42');
      await fresh.register('zone_fresh');
      assert.ok(parse((await fresh.get('/works/new')).body).querySelector('#format_html')!.hasAttribute('checked'), 'a new author starts at rich text');
    });

    test('co-creator invitations and subscribed works\' updates reach the inbox', async () => {
      const invited = await post(author, { 'work[title]': 'Together', 'work[co_creators]': 'zone_reader', 'work[wip_length]': '?' });
      let box = parse((await reader.get('/inbox')).body);
      const invitation = box.querySelectorAll('ol.inbox li.notice-item').find((li) => li.text.includes('Together'))!;
      assert.match(invitation.querySelector('label')!.text, /zone_author invited you to co-create Together/);
      assert.ok(invitation.querySelector('a[href="/users/zone_reader/invitations"]'));
      assert.equal((await reader.post(`/users/zone_reader/subscriptions`, { 'subscription[subscribable_type]': 'Work', 'subscription[subscribable_id]': String(invited) })).statusCode, 303);
      const chapter = await author.post(`/works/${invited}/chapters`, chapterForm({ 'chapter[title]': 'Two' }));
      assert.equal(chapter.statusCode, 303);
      box = parse((await reader.get('/inbox')).body);
      const update = box.querySelectorAll('ol.inbox li.notice-item').find((li) => li.text.includes('New chapter of'))!;
      assert.match(update.text, /New chapter of Together/);
      assert.ok(update.classList.contains('unread'));
      const value = update.querySelector('input')!.getAttribute('value')!;
      assert.match(value, /^n\d+$/);
      assert.equal((await reader.post('/inbox', { 'ids[]': [value], bulk: 'read' })).statusCode, 303);
      assert.ok(parse((await reader.get('/inbox')).body).querySelector(`#inbox_notice_${value.slice(1)}`)!.classList.contains('read'));
      // Answered invitations and deleted works leave the inbox.
      assert.equal((await reader.post(`/works/${invited}/invitation`, { accept: '1' })).statusCode, 303);
      assert.equal((await author.post(`/works/${invited}/delete`, {})).statusCode, 303);
      box = parse((await reader.get('/inbox')).body);
      assert.equal(box.querySelectorAll('ol.inbox li.notice-item').filter((li) => li.text.includes('Together')).length, 0);
      // Another member cannot touch the reader's notices.
      assert.equal((await author.post('/inbox', { 'ids[]': [value], bulk: 'delete' })).statusCode, 303);
    });
  });
}
