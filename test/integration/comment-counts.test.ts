/**
 * One comment count everywhere: the work page's stats and comments heading, the comments page, blurbs (listing,
 * author page, search) and the listing index's order all show the comments a reader can read (published, not
 * deleted, not held or marked as spam, not on a chapter that is gone), and agree with a fresh count of the comments
 * the comments page lists, after every kind of write.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { chapterForm, workIdOf, chapterIdOf } from '../support/chapters.ts';
import type { Client } from '../support/client.ts';

const commentIdOf = (location: unknown): number => Number(/comment(?:s\/|_)(\d+)/.exec(String(location))![1]);
const number = (text: string | undefined) => Number(String(text).replace(/[^\d]/g, ''));

for (const engine of engines()) {
  describe(`comment counts agree (${engine.name})`, () => {
    let archive: TestArchive;
    let author: Client;
    let reader: Client;
    let guest: Client;
    const works: number[] = [];
    let chapterTwo = 0;
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      author = archive.visitor('198.51.100.20');
      await author.register('count_author');
      reader = archive.visitor('198.51.100.21');
      await reader.register('count_reader');
      guest = archive.visitor('198.51.100.22');
      for (const title of ['Counted', 'Bystander']) {
        works.push(workIdOf((await author.post('/works', workForm({ 'work[title]': title, 'work[freeform_string]': 'Countable' }))).headers.location));
      }
      chapterTwo = chapterIdOf((await author.post(`/works/${works[0]}/chapters`, chapterForm())).headers.location);
      assert.ok(chapterTwo > 0);
    });
    after(() => archive.close());

    /** What a reader can read on the comments page: every comment shown with its text, all pages. */
    async function listed(workId: number): Promise<number> {
      let n = 0;
      for (let page = 1; ; page++) {
        const doc = parse((await guest.get(`/works/${workId}/comments?page=${page}`)).body);
        n += doc.querySelectorAll('li.comment').filter((li) => !li.classList.contains('deleted') && !li.classList.contains('hidden') && !li.classList.contains('held')).length;
        if (!doc.querySelector(`a[rel="next"]`)) return n;
      }
    }

    /** Every counter shown for every work, against the fresh count (which is `expected` for the first work). */
    async function agree(step: string, expected: number) {
      const fresh = new Map<number, number>();
      for (const id of works) fresh.set(id, await listed(id));
      assert.equal(fresh.get(works[0]!), expected, `${step}: comments a reader can read`);
      for (const id of works) {
        const want = fresh.get(id)!;
        for (const [who, client] of [['guest', guest], ['reader', reader]] as const) {
          const page = parse((await client.get(`/works/${id}`)).body);
          assert.equal(number(page.querySelector('dl.stats dd.comments')?.text), want, `${step}: work ${id} stats (${who})`);
          // A chapter's page heads its block "Comments on this chapter"; the whole work's block has the count.
          const whole = parse((await client.get(`/works/${id}?view_full_work=true`)).body);
          assert.equal(number(whole.querySelector('#comments_heading')?.text), want, `${step}: work ${id} comments block heading (${who})`);
        }
        const all = parse((await guest.get(`/works/${id}/comments`)).body);
        assert.equal(number(all.querySelector('#all_comments')?.text), want, `${step}: work ${id} comments page heading`);
        for (const listing of ['/works', '/users/count_author/works', '/works/search?q=Countable', '/tags/Countable/works']) {
          const blurb = parse((await guest.get(listing)).body).querySelector(`li#work_${id}`);
          assert.equal(number(blurb?.querySelector('dd.comments')?.text), want, `${step}: work ${id} blurb on ${listing}`);
        }
      }
      // The listing index keeps its own copy for sorting by comments (ties: newer id first).
      const sorted = parse((await guest.get('/works?work_search[sort_column]=comments_count&work_search[sort_direction]=desc')).body)
        .querySelectorAll('li.blurb').map((li) => Number(li.id.replace('work_', '')));
      const order = [...works].sort((a, b) => fresh.get(b)! - fresh.get(a)! || b - a);
      assert.deepEqual(sorted, order, `${step}: order by comments`);
    }

    const comment = async (client: Client, fields: Record<string, string>) => {
      const res = await client.post(`/works/${works[0]}/comments`, fields);
      assert.equal(res.statusCode, 303, res.body.slice(0, 300));
      return res;
    };

    test('after posting, replying, deleting, moderating and deleting a chapter', async () => {
      await agree('at first', 0);
      const root = commentIdOf((await comment(reader, { 'comment[content]': 'Loved it.' })).headers.location);
      await agree('a comment', 1);
      await comment(author, { 'comment[content]': 'Thank you!', 'comment[parent_id]': String(root) });
      await agree('a reply', 2);
      const onTwo = commentIdOf((await comment(reader, { 'comment[content]': 'And this chapter.', 'comment[chapter_id]': String(chapterTwo) })).headers.location);
      await comment(author, { 'comment[content]': 'Glad you stayed.', 'comment[parent_id]': String(onTwo) });
      await agree('comments on the second chapter', 4);

      assert.equal((await reader.post(`/comments/${root}/delete`)).statusCode, 303);
      await agree('a deleted comment with a reply under it', 3);

      const spam = await author.post(`/comments/${onTwo}/moderate`, { decision: 'spam' });
      assert.equal(spam.statusCode, 303);
      // Its reply goes out of sight with it (nothing leads to it on the comments page), so it is not counted either.
      await agree('a published comment marked as spam', 1);
      assert.equal((await author.post(`/comments/${onTwo}/moderate`, { decision: 'approve' })).statusCode, 303);
      await agree('approved again', 3);

      assert.equal((await author.post(`/works/${works[0]}/comment_settings`, { comment_permission: 'registered', moderate_comments: '1' })).statusCode, 303);
      const held = await comment(reader, { 'comment[content]': 'Waiting for approval.' });
      assert.match(String(held.headers.location), new RegExp(`/works/${works[0]}$`));
      await agree('a comment held for approval', 3);
      const queued = parse((await author.get('/comments/moderation')).body).querySelector('li.comment');
      const heldId = Number(queued!.id.replace('comment_', ''));
      assert.equal((await author.post(`/comments/${heldId}/moderate`, { decision: 'approve' })).statusCode, 303);
      await agree('the held comment approved', 4);

      assert.equal((await author.post(`/works/${works[0]}/chapters/${chapterTwo}/delete`, {})).statusCode, 303);
      await agree('the second chapter deleted with its comments', 2);
    });
  });
}
