import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { encodeReaderCookie, decodeReaderCookie } from './reader-cookie.ts';
import { DEFAULT_PREFERENCES, WIDTHS, THEMES, FONTS, FONT_SIZES, SPACINGS, type ReaderPreferences } from './reader-preferences.ts';

const prefs = fc.record({
  width: fc.constantFrom(...WIDTHS),
  theme: fc.constantFrom(...THEMES),
  font: fc.constantFrom(...FONTS),
  fontSize: fc.constantFrom(...FONT_SIZES),
  lineSpacing: fc.constantFrom(...SPACINGS),
  hideAuthorStyle: fc.boolean(),
  adultConsent: fc.constant(false),
}) as fc.Arbitrary<ReaderPreferences>;

test('the defaults encode to seven digits', () => {
  assert.equal(encodeReaderCookie(DEFAULT_PREFERENCES), '1000200');
});

test('a known value decodes to its choices', () => {
  assert.deepEqual(decodeReaderCookie('1222421'), { width: 'half', theme: 'dark', font: 'dyslexic', fontSize: 5, lineSpacing: 'loose', hideAuthorStyle: true, adultConsent: false });
});

test('every combination survives a round trip and stays cookie-safe', () => {
  fc.assert(fc.property(prefs, (p) => {
    const encoded = encodeReaderCookie(p);
    assert.match(encoded, /^1\d{6}$/);
    assert.deepEqual(decodeReaderCookie(encoded), { ...p });
  }));
});

test('adult consent is never kept in the guest cookie', () => {
  const encoded = encodeReaderCookie({ ...DEFAULT_PREFERENCES, adultConsent: true });
  assert.equal(decodeReaderCookie(encoded).adultConsent, false);
});

test('missing, malformed and unknown values fall back to the defaults', () => {
  assert.deepEqual(decodeReaderCookie(undefined), DEFAULT_PREFERENCES);
  assert.deepEqual(decodeReaderCookie(''), DEFAULT_PREFERENCES);
  assert.deepEqual(decodeReaderCookie('9223421'), DEFAULT_PREFERENCES, 'an unknown version');
  assert.deepEqual(decodeReaderCookie('1'), DEFAULT_PREFERENCES, 'too short');
  assert.deepEqual(decodeReaderCookie('19x9499'), { ...DEFAULT_PREFERENCES, fontSize: 5 }, 'field by field');
  fc.assert(fc.property(fc.string(), (s) => {
    const p = decodeReaderCookie(s);
    assert.ok(WIDTHS.includes(p.width) && THEMES.includes(p.theme) && FONTS.includes(p.font) && FONT_SIZES.includes(p.fontSize) && SPACINGS.includes(p.lineSpacing));
  }));
});
