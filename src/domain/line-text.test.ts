import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withoutBidiControls } from './line-text.ts';

test('bidi embedding, override and isolate controls are removed; letters of every script stay', () => {
  const controls = [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069].map((c) => String.fromCodePoint(c)).join('');
  assert.equal(withoutBidiControls(`a${controls}b`), 'ab');
  assert.equal(withoutBidiControls('\u202Egnp.exe'), 'gnp.exe');
  assert.equal(withoutBidiControls('שלום and سلام, \u200F mark kept'), 'שלום and سلام, \u200F mark kept');
});
