import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { workIdOf } from '../support/chapters.ts';
import { seriesOfWorks } from '../../src/storage/series.ts';
import type { Client } from '../support/client.ts';

const byline = (body: string) => /<h3 class="byline heading">([\s\S]*?)<\/h3>/.exec(body)?.[1] ?? '';

for (const engine of engines()) {
  describe(`co-creator invitations (${engine.name})`, () => {
    let archive: TestArchive;
    let author: Client;
    let friend: Client;
    let stranger: Client;
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      author = archive.visitor();
      await author.register('writer');
      friend = archive.visitor();
      await friend.register('friend');
      stranger = archive.visitor();
      await stranger.register('stranger');
    });
    after(() => archive.close());

    const invite = async (title: string) => workIdOf((await author.post('/works', workForm({ 'work[title]': title, 'work[co_creators]': 'friend' }))).headers.location);

    test('an invited co-creator joins the byline only after accepting', async () => {
      const id = await invite('Together');
      const before = await archive.visitor().get(`/works/${id}`);
      assert.doesNotMatch(byline(before.body), /friend/);
      assert.match(byline(before.body), /writer/);
      assert.match((await archive.lastMail('friend@example.org'))!.body, /\/users\/friend\/invitations/);
      assert.equal((await friend.get(`/works/${id}/edit`)).statusCode, 403);

      const list = await friend.get('/users/friend/invitations');
      assert.equal(list.statusCode, 200);
      assert.match(list.body, /Together/);
      assert.match(list.body, /Invited by writer/);
      assert.match(list.body, new RegExp(`action="/works/${id}/invitation"`));

      const res = await friend.post(`/works/${id}/invitation`, { accept: '1' });
      assert.equal(res.statusCode, 303);
      assert.match(byline((await archive.visitor().get(`/works/${id}`)).body), /friend/);
      assert.equal((await friend.get(`/works/${id}/edit`)).statusCode, 200);
      assert.doesNotMatch((await friend.get('/users/friend/invitations')).body, new RegExp(`invitation_${id}"`));
      assert.equal((await friend.post(`/works/${id}/invitation`, { accept: '0' })).statusCode, 403);
    });

    test('declining removes the invitation and keeps the byline', async () => {
      const id = await invite('Declined');
      const res = await friend.post(`/works/${id}/invitation`, { accept: '0' });
      assert.equal(res.statusCode, 303);
      assert.doesNotMatch((await friend.get('/users/friend/invitations')).body, new RegExp(`invitation_${id}"`));
      assert.doesNotMatch(byline((await archive.visitor().get(`/works/${id}`)).body), /friend/);
      assert.equal((await friend.post(`/works/${id}/invitation`, { accept: '1' })).statusCode, 404);
    });

    test('only the invited person sees and answers their invitations', async () => {
      const id = await invite('Private');
      assert.equal((await stranger.get('/users/friend/invitations')).statusCode, 403);
      assert.equal((await stranger.post(`/works/${id}/invitation`, { accept: '1' })).statusCode, 404);
      assert.match(String((await archive.visitor().get('/users/friend/invitations')).headers.location), /^\/users\/login/);
      assert.equal((await friend.get('/users/nobody/invitations')).statusCode, 404);
    });

    test('the edit form lists the invitation; removing the name withdraws it', async () => {
      const id = await invite('Withdrawn');
      assert.match((await friend.get('/users/friend/invitations')).body, new RegExp(`invitation_${id}"`));
      const edit = await author.get(`/works/${id}/edit`);
      assert.match(edit.body, /name="work\[co_creators\]"[^>]*value="friend"/);
      await author.post(`/works/${id}`, workForm({ 'work[title]': 'Withdrawn', 'work[co_creators]': '' }));
      assert.doesNotMatch((await friend.get('/users/friend/invitations')).body, new RegExp(`invitation_${id}"`));
    });

    test("an accepted co-creator edits the work without moving it out of the owner's series", async () => {
      const id = workIdOf((await author.post('/works', workForm({ 'work[title]': 'In a saga', 'work[co_creators]': 'friend', 'work[series_title]': 'Saga' }))).headers.location);
      await friend.post(`/works/${id}/invitation`, { accept: '1' });
      const res = await friend.post(`/works/${id}`, workForm({ 'work[title]': 'In a saga, edited', 'work[co_creators]': 'writer', 'work[series_title]': 'Saga' }));
      assert.equal(res.statusCode, 303, res.body.slice(0, 500));
      const places = (await seriesOfWorks(archive.app.db, [id])).get(id) ?? [];
      assert.equal(places.length, 1);
      assert.match(byline((await archive.visitor().get(`/works/${id}`)).body), /writer[\s\S]*friend/);
    });
  });
}
