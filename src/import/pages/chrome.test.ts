import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blockChrome, chromeKind, isDisclaimer, isNavLine, isReaderControls } from './chrome.ts';
import type { Block } from './types.ts';

const block = (text: string, linkShare = 0): Block => ({ kind: 'para', lines: text.split('\n'), text, html: text, center: false, linkShare, region: 'unknown', group: 0 });

test('site chrome is recognised wherever it is', () => {
  for (const line of [
    'You must login (register) to review.',
    'Print version | Plain version',
    'Printer Friendly Version',
    'Home · Most Recent · Authors · Categories · Titles · Series · Search · Top Tens · Login',
    'Home :: Browse :: Authors :: Search :: Contact',
    'Powered by eFiction 3.5.3',
    'Skin by Lumen Designs',
    '- Text Size +',
    'Font size: A A A',
    'Width: Full 3/4 1/2',
    '[Reviews - 16]',
    'Add Story to Favorites',
    'Reply | Thread | Link',
    'Current Mood: hopeful',
    'This story archived at http://example.net/viewstory.php?sid=1',
    'Please consider donating to keep the archive online.',
  ]) assert.equal(chromeKind(line), 'site', line);
});

test('chrome that could be a character speaking only counts at the edges', () => {
  for (const line of ['Please review!', 'Please R&R!', 'Reviews are love and they keep me writing.', 'Next', '« Previous Chapter', 'Send feedback to me@example.org', 'Like this site? Help keep the archive online with a donation!', '© 2006 Willow Lane']) {
    assert.equal(chromeKind(line), 'edge', line);
  }
});

test('prose is not chrome, even when it mentions reviews, homes or donations', () => {
  for (const line of [
    '"Please," she said. "Review the evidence again."',
    'She went home, then to the search party, then to the authors of the letter.',
    'The ship was powered by starlight and stubbornness.',
    'Her donation to the church roof fund was the talk of the village.',
    'Next came the hard part.',
    '«Bonjour», dit-il.',
    'Home.',
  ]) assert.equal(chromeKind(line), null, line);
});

test('navigation bars need three menu words', () => {
  assert.equal(isNavLine('Home | Stories | About'), true);
  assert.equal(isNavLine('Home | Away'), false);
  assert.equal(isNavLine('Red | Green | Blue | Home'), false);
});

test('a block is chrome only when every line is; link-only blocks are menus', () => {
  assert.equal(blockChrome(block('Please review!\nShe said nothing more.')), null);
  assert.equal(blockChrome(block('Please review!\nNext')), 'edge');
  assert.equal(blockChrome(block('Recent Entries Friends Profile', 1)), 'site');
});

test('disclaimers', () => {
  for (const t of ['Disclaimer: Not mine.', 'DISCLAIMER - I own nothing.', "I don't own Starfall Academy.", 'Standard disclaimers apply.', 'All publicly recognizable characters are the property of their respective owners.']) assert.ok(isDisclaimer(t), t);
  assert.ok(!isDisclaimer('She disclaimed any knowledge of the theft.'));
});

test('a line of reader controls saved as text is chrome; prose made of the same words is not', () => {
  for (const line of ['Width: narrow wide | Font: serif sans | Skin: light dark sepia', 'Narrow Medium Wide Serif Sans-serif Light Dark', 'Font: A- A A+ Width: 50% 75% 100%']) {
    assert.equal(isReaderControls(line), true, line);
    assert.equal(chromeKind(line), 'site', line);
  }
  for (const line of ['A dark, dark night.', 'Light. Dark. Light.', 'Serif', 'The wide dark sea']) assert.equal(isReaderControls(line), false, line);
});

test('links in a row saved as text: each part chrome, so the line is; one part of prose keeps it', () => {
  for (const line of ['Send feedback | Author\'s website | All stories by Perpetua Vance', 'Reviews (3) | Leave a review', 'Previous · Next']) assert.equal(chromeKind(line), 'site', line);
  assert.equal(chromeKind('Home | The rain came down all night'), null);
  for (const line of ['Website by Marsh Lantern Design', 'Site by Hollyhock', 'Web design by Ann']) assert.equal(chromeKind(line), 'site', line);
});

test('a fandom disclaimer naming the owners and the fan\'s "no profit"', () => {
  assert.ok(isDisclaimer('Harbourfall and its characters belong to Elsinore Press and Tamsin Orley. This is a fan site; no profit is made from these stories.'));
  assert.ok(isDisclaimer('The Weavers belong to J. Hollins; no money is being made.'));
  assert.ok(!isDisclaimer('The characters belong to the sea now.'));
  assert.ok(!isDisclaimer('The ring belongs to me, she said.'));
});
