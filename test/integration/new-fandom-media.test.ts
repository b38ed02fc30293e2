/** A fandom new to the archive is filed under the media its author picks on the work form (Unsorted by default). */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import type { Client } from '../support/client.ts';
import { tagNodeByName } from '../../src/storage/tag-graph.ts';

const workIdOf = (location: string | undefined) => Number(/\/works\/(\d+)/.exec(String(location))![1]);

for (const engine of engines()) {
  describe(`new fandom media (${engine.name})`, () => {
    let archive: TestArchive;
    let writer: Client;
    const media = async (name: string) => (await tagNodeByName(archive.app.db, name))?.media;
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      writer = archive.visitor('203.0.113.2');
      await writer.register('writer');
    });
    after(() => archive.close());

    test('the form offers the site\'s media with Unsorted chosen', async () => {
      const select = parse((await writer.get('/works/new')).body).querySelector('select#work_new_fandom_media')!;
      const options = select.querySelectorAll('option');
      assert.equal(options[0]!.text, 'Unsorted');
      assert.equal(options[0]!.getAttribute('value'), '');
      assert.ok(options.some((o) => o.text === 'Video Games'));
      assert.equal(select.querySelectorAll('option[selected]').length, 0, 'the first (Unsorted) is chosen');
      assert.ok(parse((await writer.get('/works/new')).body).querySelector('label[for="work_new_fandom_media"]'));
    });

    test('a new fandom takes the chosen media; an existing fandom keeps its own; none chosen is Unsorted', async () => {
      assert.equal((await writer.post('/works', workForm({ 'work[fandom_string]': 'Starfall Chronicles, Original Work', 'work[new_fandom_media]': 'Video Games' }))).statusCode, 303);
      assert.equal(await media('Starfall Chronicles'), 'Video Games');
      assert.equal(await media('Original Work'), 'Video Games', 'both were new');
      assert.equal((await writer.post('/works', workForm({ 'work[fandom_string]': 'Original Work, Quiet Harbour', 'work[new_fandom_media]': 'Movies' }))).statusCode, 303);
      assert.equal(await media('Original Work'), 'Video Games', 'not moved by a later author');
      assert.equal(await media('Quiet Harbour'), 'Movies');
      assert.equal((await writer.post('/works', workForm({ 'work[fandom_string]': 'No Media Given' }))).statusCode, 303);
      assert.equal(await media('No Media Given'), null);
    });

    test('an unknown media is refused with the author\'s text kept; editing a work files its new fandoms too', async () => {
      const refused = await writer.post('/works', workForm({ 'work[title]': 'Kept Title', 'work[fandom_string]': 'Radio Days', 'work[new_fandom_media]': 'Radio' }));
      assert.equal(refused.statusCode, 422);
      const form = parse(refused.body);
      assert.match(form.querySelector('#new_fandom_media_error')!.text, /Choose a media type/);
      assert.equal(form.querySelector('#work_fandom_string')!.getAttribute('value'), 'Radio Days');
      assert.equal(form.querySelector('#work_title')!.getAttribute('value'), 'Kept Title');
      assert.equal(await tagNodeByName(archive.app.db, 'Radio Days'), undefined, 'nothing created');
      const kept = await writer.post('/works', workForm({ 'work[title]': 'Kept Title', 'work[fandom_string]': 'Radio Days', 'work[new_fandom_media]': 'Music & Bands', 'work[rating_string]': '' }));
      assert.equal(kept.statusCode, 422, 'another field is wrong');
      assert.equal(parse(kept.body).querySelector('#work_new_fandom_media option[selected]')!.text, 'Music & Bands', 'the choice is kept');

      const posted = await writer.post('/works', workForm({ 'work[fandom_string]': 'Original Work' }));
      const id = workIdOf(posted.headers.location);
      const edit = parse((await writer.get(`/works/${id}/edit`)).body);
      assert.equal(edit.querySelectorAll('#work_new_fandom_media option[selected]').length, 0, 'Unsorted on the edit form');
      const saved = await writer.post(`/works/${id}`, workForm({ 'work[fandom_string]': 'Original Work, Lantern Keepers', 'work[new_fandom_media]': 'Theater', commit: 'post' }));
      assert.equal(saved.statusCode, 303, saved.body.slice(0, 300));
      assert.equal(await media('Lantern Keepers'), 'Theater');
      assert.equal(await media('Original Work'), 'Video Games');
    });
  });
}
