import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DISPLAY, shownRecords, shownRow, stripSlashes } from './display.ts';
import type { EfRecords } from './read.ts';

// What eFiction's forms stored (addslashes over the SQL escaping) for "Quill's \"Lantern\" \ Cycle".
const STORED = "Quill\\'s \\\"Lantern\\\" \\\\ Cycle";
const SHOWN = 'Quill\'s "Lantern" \\ Cycle';

// Each field, and what eFiction 3.5's pages showed of STORED (written out here, not read from DISPLAY).
const FIELDS: Array<[string, string, string, Record<string, string>?]> = [
  ['stories', 'title', SHOWN],
  ['stories', 'summary', SHOWN],
  ['stories', 'storynotes', SHOWN],
  ['chapters', 'title', SHOWN],
  ['chapters', 'notes', SHOWN],
  ['chapters', 'endnotes', SHOWN],
  ['chapters', 'storytext', SHOWN],
  ['series', 'title', SHOWN],
  ['series', 'summary', SHOWN],
  ['challenges', 'title', SHOWN],
  ['challenges', 'summary', SHOWN],
  ['challenges', 'challenger', SHOWN],
  ['reviews', 'review', SHOWN],
  ['reviews', 'reviewer', STORED],
  ['authors', 'penname', STORED],
  ['authors', 'realname', STORED],
  ['authors', 'bio', SHOWN],
  ['authors', 'email', STORED],
  ['authorinfo', 'info', SHOWN],
  ['categories', 'category', SHOWN],
  ['categories', 'description', SHOWN],
  ['characters', 'charname', SHOWN],
  ['classes', 'class_name', SHOWN],
  ['classtypes', 'classtype_title', SHOWN],
  ['classtypes', 'classtype_name', STORED],
  ['ratings', 'rating', STORED],
  ['ratings', 'warningtext', STORED],
  ['favorites', 'comments', SHOWN, { type: 'AU' }],
  ['favorites', 'comments', STORED, { type: 'ST' }],
  ['favorites', 'comments', STORED, { type: 'SE' }],
  // Ids, flags, dates and lists are never touched.
  ['stories', 'rid', STORED],
  ['chapters', 'validated', STORED],
  ['inseries', 'confirmed', STORED],
];

for (const [table, column, want, extra] of FIELDS) {
  test(`${table}.${column}${extra ? ` (${JSON.stringify(extra)})` : ''} is shown ${want === SHOWN ? 'through stripslashes' : 'as stored'}`, () => {
    assert.equal(shownRow(table, { [column]: STORED, ...extra })[column], want);
  });
}

test('every field of the display table is tested above', () => {
  const named = new Set(FIELDS.map(([t, c]) => `${t}.${c}`));
  for (const [table, columns] of Object.entries(DISPLAY)) for (const column of Object.keys(columns)) assert.ok(named.has(`${table}.${column}`), `${table}.${column}`);
});

test('stripslashes as PHP does it', () => {
  assert.equal(stripSlashes("It\\'s"), "It's");
  assert.equal(stripSlashes('a\\\\b'), 'a\\b');
  assert.equal(stripSlashes('trailing\\'), 'trailing');
  assert.equal(stripSlashes('no slashes'), 'no slashes');
  assert.equal(stripSlashes('nul\\0'), 'nul\0');
});

test('the records are copied, NULLs stay NULL, and unknown tables pass through', () => {
  const stored: EfRecords = { tables: new Map([['series', [{ title: STORED, summary: null }]], ['news', [{ title: STORED }]]]), prefix: '', encodings: {}, warnings: [] };
  const shown = shownRecords(stored);
  assert.deepEqual(shown.tables.get('series'), [{ title: SHOWN, summary: null }]);
  assert.deepEqual(shown.tables.get('news'), [{ title: STORED }]);
  assert.equal(stored.tables.get('series')![0]!.title, STORED);
});
