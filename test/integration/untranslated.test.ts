/** The untranslated-English detector itself: it must find what it is for, and leave alone what is not the interface's. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { englishIn, englishNeedle, pageText, assertNoEnglish } from '../support/untranslated.ts';
import { withLocale, t } from '../../src/i18n/translate.ts';
import { catalogs } from '../../src/i18n/catalog.ts';

test('a message with arguments is looked for by its longest literal chunk of two words or more', () => {
  assert.equal(englishNeedle('Posted by {name} on the archive'), 'on the archive');
  assert.equal(englishNeedle('{count, plural, one {# work in this fandom} other {# works in this fandom}}'), 'works in this fandom');
  assert.equal(englishNeedle('{count, plural, one {# work} other {# works}}'), undefined, 'one word: too common to tell');
  assert.equal(englishNeedle('Search'), undefined);
  assert.equal(englishNeedle('Skip to content'), 'Skip to content');
});

test('visible text and reader-facing attributes count; scripts, styles and content in another language do not', () => {
  const text = pageText(`<html lang="es"><head><title>Obras</title><style>.a::after{content:"Log in"}</style></head><body>
    <p>Hola &amp; <b>adiós</b></p><img alt="Site logo"><input type="submit" value="Post comment"><input type="hidden" value="Secret value">
    <div lang="en" class="userstuff"><p>Log in now</p></div><script>var s = "Sign up";</script></body></html>`, 'es');
  assert.equal(text, 'Obras Hola & adiós Site logo Post comment');
});

test('an English catalog message in a Spanish page is found and named; its translation is not', () => {
  const english = catalogs().en;
  const [key, message] = [...english].find(([k, m]) => !/[{}]/.test(m) && m.split(' ').length >= 2 && catalogs().es.get(k) !== m) ?? [];
  assert.ok(key && message, 'the catalog has a plain message of two words or more');
  const spanish = withLocale('es', () => t(key));
  assert.deepEqual(englishIn(`<html lang="es"><body><p>${message}</p></body></html>`, 'es'), [`${key}: "${message}"`]);
  assert.throws(() => assertNoEnglish(`<html lang="es"><body><nav aria-label="${message}"></nav></body></html>`, 'es'), new RegExp(key.replace(/\./g, '\\.')));
  assert.doesNotThrow(() => assertNoEnglish(`<html lang="es"><body><p>${spanish}</p></body></html>`, 'es'));
  assert.doesNotThrow(() => assertNoEnglish(`<html lang="es"><body><div lang="en"><p>${message}</p></div></body></html>`, 'es'));
  assert.throws(() => assertNoEnglish(`<html lang="es"><body><div lang="en"><h3 lang="es">${message}</h3></div></body></html>`, 'es'), /English left/, 'interface text inside a work in another language is checked again');
});
