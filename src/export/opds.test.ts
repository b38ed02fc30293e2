import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderOpds, renderCatalogOpenSearch, OPDS_TYPES } from './opds.ts';

test('a catalog feed: namespaces, self link with the kind, escaped text, categories, dc terms', () => {
  const xml = renderOpds({
    kind: 'acquisition', selfUrl: 'https://a.test/opds/search?q=a&page=2', title: 'Search: <a>', updated: 0, author: { name: 'A & B' },
    links: [], totalResults: 21, itemsPerPage: 20,
    entries: [{
      id: 'https://a.test/works/1', title: 'Tom & "Jerry"', updated: 0, authors: [{ name: 'x' }], language: 'en', extent: '5 words',
      categories: [{ scheme: 'https://a.test/tags#fandom', term: 'R&D', label: 'R&D' }],
      links: [{ rel: 'http://opds-spec.org/acquisition', href: 'https://a.test/d/1.epub', type: 'application/epub+zip' }],
      content: { html: '<p>Hi\u0001</p>' },
    }],
  });
  assert.match(xml, /xmlns:dc="http:\/\/purl.org\/dc\/terms\/"/);
  assert.ok(xml.includes(`<link rel="self" href="https://a.test/opds/search?q=a&amp;page=2" type="${OPDS_TYPES.acquisition}"/>`));
  assert.ok(xml.includes('<title type="text">Tom &amp; &quot;Jerry&quot;</title>'));
  assert.ok(xml.includes('<category scheme="https://a.test/tags#fandom" term="R&amp;D" label="R&amp;D"/>'));
  assert.ok(xml.includes('<dc:language>en</dc:language><dc:extent>5 words</dc:extent>'));
  assert.ok(xml.includes('<content type="html">&lt;p&gt;Hi&lt;/p&gt;</content>'), 'escaped, characters XML forbids dropped');
  assert.ok(xml.includes('<opensearch:totalResults>21</opensearch:totalResults>'));
});

test('the OpenSearch description points at the catalog search', () => {
  const xml = renderCatalogOpenSearch('https://a.test', 'An archive with a very long name');
  assert.ok(xml.includes('<ShortName>An archive with </ShortName>'), 'at most 16 characters');
  assert.ok(xml.includes(`<Url type="${OPDS_TYPES.acquisition}" template="https://a.test/opds/search?q={searchTerms}"/>`));
});
