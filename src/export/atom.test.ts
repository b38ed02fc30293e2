import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { renderAtom, xmlEscape, type AtomFeed } from './atom.ts';
import { xmlProblem } from '../../test/support/xml-check.ts';

const feed = (over: Partial<AtomFeed> = {}): AtomFeed => ({
  selfUrl: 'https://archive.test/users/ann/works.atom',
  pageUrl: 'https://archive.test/users/ann/works',
  title: 'Works by ann',
  fallbackAuthor: 'Archive',
  updated: Date.UTC(2024, 2, 7),
  entries: [{
    id: 'https://archive.test/works/1', title: 'Tom & Jerry <3', url: 'https://archive.test/works/1',
    updated: Date.UTC(2024, 2, 7), published: Date.UTC(2024, 1, 1), authors: [{ name: 'ann', uri: 'https://archive.test/users/ann' }],
    contentHtml: '<p>Summary with <em>emphasis</em> &amp; more</p>', categories: ['Fluff'],
  }],
  ...over,
});

test('renders required Atom elements, escaped', () => {
  const xml = renderAtom(feed());
  assert.equal(xmlProblem(xml), undefined);
  assert.match(xml, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
  assert.match(xml, /<id>https:\/\/archive.test\/users\/ann\/works.atom<\/id>/);
  assert.match(xml, /<updated>2024-03-07T00:00:00.000Z<\/updated>/);
  assert.match(xml, /<link rel="self" type="application\/atom\+xml" href="https:\/\/archive.test\/users\/ann\/works.atom"\/>/);
  assert.match(xml, /<title type="text">Tom &amp; Jerry &lt;3<\/title>/);
  assert.match(xml, /<content type="html">&lt;p&gt;Summary with &lt;em&gt;emphasis&lt;\/em&gt; &amp;amp; more&lt;\/p&gt;<\/content>/);
  assert.match(xml, /<author><name>ann<\/name><uri>https:\/\/archive.test\/users\/ann<\/uri><\/author>/);
  assert.doesNotMatch(xml, /<author><name>Archive/);
});

test('an empty feed or one with anonymous entries carries a feed author', () => {
  assert.match(renderAtom(feed({ entries: [] })), /<author><name>Archive<\/name><\/author>/);
});

test('any text stays well-formed XML', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (title, html) => {
    const xml = renderAtom(feed({ title, entries: [{ ...feed().entries[0]!, title, contentHtml: html, authors: [{ name: title }] }] }));
    assert.equal(xmlProblem(xml), undefined);
  }), { numRuns: 500 });
  assert.equal(xmlEscape('a\u0000b\ufffe'), 'ab');
});
