/** Every language has every English message, no extra ones, and each translation parses and uses the same placeholders. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { catalogs } from './catalog.ts';
import { LOCALES, DEFAULT_LOCALE } from './locales.ts';

/** The argument names a message uses, plural and select arguments included, sorted. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) into.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      into.add(el.value);
      for (const option of Object.values(el.options)) argumentsOf(option.value, into);
    }
  }
  return into;
}

const source = catalogs()[DEFAULT_LOCALE];

for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
  test(`the ${locale} catalog has exactly the English keys`, () => {
    const theirs = catalogs()[locale];
    assert.deepEqual([...source.keys()].filter((k) => !theirs.has(k)), [], `untranslated in ${locale}`);
    assert.deepEqual([...theirs.keys()].filter((k) => !source.has(k)), [], `not in English, only in ${locale}`);
  });

  test(`every ${locale} message parses and uses the English message's placeholders`, () => {
    for (const [key, text] of catalogs()[locale]) {
      const english = source.get(key);
      if (english === undefined) continue;
      const ours = [...argumentsOf(parse(text, { ignoreTag: true }))].sort();
      const theirs = [...argumentsOf(parse(english, { ignoreTag: true }))].sort();
      assert.deepEqual(ours, theirs, `${locale} ${key}`);
    }
  });
}

test('every English message parses', () => {
  for (const [key, text] of source) assert.doesNotThrow(() => parse(text, { ignoreTag: true }), key);
});
