import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { workBlurb, workList, blurbDate } from './work-blurb.ts';
import { byKind, type TagRef } from '../../storage/tags.ts';
import type { WorkBlurb } from '../../actions/list-works.ts';
import type { WorkRecord } from '../../storage/works.ts';
import type { TagKind } from '../../domain/tag-list.ts';

let tagId = 0;
const tag = (kind: TagKind, name: string): TagRef => ({ id: ++tagId, kind, name, disclaimerHtml: '' });

const work: WorkRecord = {
  id: 42, title: 'Snow & Ash', summaryHtml: '<p>Two rivals, one <em>snowstorm</em>.</p>', notesHtml: '', endNotesHtml: '', betaCredits: '', language: 'en',
  expectedChapters: null, visibility: 'registered', publishedAt: Date.UTC(2024, 2, 1), updatedAt: Date.UTC(2024, 2, 7, 15), createdAt: Date.UTC(2024, 2, 1),
  revisedAt: Date.UTC(2024, 2, 7), wordCount: 3000, chapterCount: 2, hits: 1234, kudos: 56, comments: 7, bookmarks: 8, sanitizerVersion: 1, deletedAt: null, removal: null, removalReason: '',
};

const blurb: WorkBlurb = {
  work,
  creators: [{ userId: 5, login: 'ann', pseud: 'ann', status: 'owner' }, { userId: 9, login: 'bea', pseud: 'Night Owl', status: 'accepted' }],
  tags: byKind([
    tag('rating', 'Teen And Up Audiences'), tag('warning', 'No Archive Warnings Apply'), tag('category', 'F/F'), tag('fandom', 'Original Work'), tag('fandom', 'Night/Day'),
    tag('relationship', 'Ann/Bea'), tag('character', 'Ann'), tag('freeform', 'Snow'),
  ]),
  series: [{ seriesId: 3, title: 'Winter', position: 2 }],
};

const root = parse(String(workBlurb(blurb, '/assets/lock.svg')));
const li = root.querySelector('li')!;

test('the blurb element carries the contract classes in order, one user-{uid} per creator', () => {
  assert.equal(li.id, 'work_42');
  assert.equal(li.getAttribute('class'), 'work blurb group user-5 user-9');
  assert.equal(li.getAttribute('role'), 'article');
});

test('heading: title link first, then creators as pseud links; fandoms as tag links', () => {
  const links = li.querySelectorAll('h4.heading a');
  assert.equal(links[0]!.getAttribute('href'), '/works/42');
  assert.equal(links[0]!.text, 'Snow & Ash');
  assert.deepEqual(links.slice(1).map((a) => a.getAttribute('href')), ['/users/ann/pseuds/ann', '/users/bea/pseuds/Night%20Owl']);
  assert.deepEqual(links.slice(1).map((a) => a.text), ['ann', 'Night Owl (bea)']);
  assert.ok(li.querySelector('h4.heading img[alt="(Restricted)"]'));
  assert.deepEqual(li.querySelectorAll('h5.fandoms a.tag').map((a) => a.getAttribute('href')), ['/tags/Original%20Work/works', '/tags/Night*s*Day/works']);
});

test('required tags are named in text, and the updated date is in p.datetime', () => {
  const texts = li.querySelectorAll('ul.required-tags .text').map((e) => e.text);
  assert.deepEqual(texts, ['Teen And Up Audiences', 'No Archive Warnings Apply', 'F/F', 'Work in Progress']);
  assert.ok(li.querySelector('span.rating-teen.rating'));
  assert.ok(li.querySelector('span.warning-no.warnings'));
  assert.ok(li.querySelector('span.category-femslash.category'));
  assert.ok(li.querySelector('span.complete-no.iswip'));
  assert.equal(li.querySelector('p.datetime')!.text, '7 Mar 2024');
  assert.equal(blurbDate(Date.UTC(2025, 11, 31)), '31 Dec 2025');
});

test('tags, summary, series and stats', () => {
  const tags = li.querySelectorAll('ul.tags.commas > li');
  assert.equal(li.querySelector('ul.tags')!.getAttribute('class'), 'tags commas');
  assert.deepEqual(tags.map((t) => [t.getAttribute('class'), t.querySelector('a.tag')!.text]), [['warnings', 'No Archive Warnings Apply'], ['relationships', 'Ann/Bea'], ['characters', 'Ann'], ['freeforms', 'Snow']]);
  assert.equal(li.querySelector('blockquote.userstuff.summary')!.innerHTML, '<p>Two rivals, one <em>snowstorm</em>.</p>');
  assert.match(li.querySelector('ul.series')!.text, /Part 2 of Winter/);
  assert.equal(li.querySelector('ul.series a')!.getAttribute('href'), '/series/3');
  const dd = (cls: string) => li.querySelector(`dl.stats dd.${cls}`)!.text;
  assert.equal(dd('language'), 'English');
  assert.equal(dd('words'), '3,000');
  assert.equal(dd('chapters'), '2/?');
  assert.equal(dd('comments'), '7');
  assert.equal(dd('kudos'), '56');
  assert.equal(dd('bookmarks'), '8');
  assert.equal(dd('hits'), '1,234');
  assert.equal(dd('reading-time'), '~12 min');
});

test('titles and tags are escaped; a list without works says so', () => {
  const evil = parse(String(workBlurb({ ...blurb, work: { ...work, title: '<script>x</script>', visibility: 'public' } }, '/l.svg')));
  assert.equal(evil.querySelector('script'), null);
  assert.equal(evil.querySelector('img'), null);
  assert.match(String(workList([], '/l.svg', 'Nothing here.')), /<p class="empty">Nothing here.<\/p>/);
  const list = parse(String(workList([blurb], '/l.svg', '')));
  assert.equal(list.querySelectorAll('ol.work.index.group > li.blurb').length, 1);
});
