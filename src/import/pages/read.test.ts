import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodePage, declaredCharset, looksLikeHtml } from './read.ts';

const cp1252 = (s: string): Buffer => Buffer.from(s, 'latin1');

test('valid UTF-8 is read as UTF-8, a BOM is dropped and line endings become \\n', () => {
  const page = decodePage(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('“Café” — naïve…\r\nnext', 'utf8')]));
  assert.equal(page.text, '“Café” — naïve…\nnext');
  assert.equal(page.encoding, 'utf-8');
  assert.deepEqual(page.warnings, []);
});

test('bytes that are not UTF-8 are windows-1252: 0x93/0x94 quotes, 0x85 ellipsis, 0x96/0x97 dashes', () => {
  const page = decodePage(cp1252('\x93Hi,\x94 she said\x85 \x96 caf\xe9 \x97 it\x92s'));
  assert.equal(page.text, '“Hi,” she said… – café — it’s');
  assert.equal(page.encoding, 'windows-1252');
});

test('a page that declares latin1 but holds UTF-8 bytes is read as UTF-8, with a warning', () => {
  const page = decodePage(Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>“Hi”</p></body></html>', 'utf8'));
  assert.match(page.text, /<p>“Hi”<\/p>/);
  assert.equal(page.encoding, 'utf-8');
  assert.match(page.warnings[0]!, /declares iso-8859-1, but its bytes are valid UTF-8/);
});

test('a declared charset is honoured when the bytes are not UTF-8', () => {
  const koi8 = Buffer.concat([Buffer.from('<meta charset="koi8-r"><p>'), Buffer.from([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]), Buffer.from('</p>')]);
  const page = decodePage(koi8);
  assert.match(page.text, /<p>Привет<\/p>/);
  assert.equal(page.encoding, 'koi8-r');
  assert.equal(declaredCharset(koi8), 'koi8-r');
});

test('a file mixing UTF-8 lines and cp1252 lines reads each line in its own encoding', () => {
  const page = decodePage(Buffer.concat([Buffer.from('“UTF-8 line”\n', 'utf8'), cp1252('\x93cp1252 line\x94\n'), Buffer.from('plain')]));
  assert.equal(page.text, '“UTF-8 line”\n“cp1252 line”\nplain');
  assert.equal(page.encoding, 'mixed');
  assert.match(page.warnings.join(' '), /mixes UTF-8 and windows-1252/);
});

test('UTF-16 with a BOM', () => {
  const page = decodePage(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('“ok”', 'utf16le')]));
  assert.equal(page.text, '“ok”');
});

test('HTML or text: by extension first, then by content', () => {
  assert.equal(looksLikeHtml('plain words', 'a.html'), true);
  assert.equal(looksLikeHtml('Some <b>bold</b> and <i>italic</i> and <p>para', 'story.txt'), false);
  assert.equal(looksLikeHtml('<!DOCTYPE html><p>x', 'story.txt'), true);
  assert.equal(looksLikeHtml('<p>One</p><p>Two</p><br>', ''), true);
  assert.equal(looksLikeHtml('Chapter 1\n\nIt was 3 < 4 and 5 > 2.', ''), false);
});
