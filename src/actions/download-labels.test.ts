import { test } from 'node:test';
import assert from 'node:assert/strict';
import { downloadLabels } from './download-labels.ts';
import { ENGLISH_LABELS, fill } from '../export/labels.ts';
import { withLocale } from '../i18n/translate.ts';

test('the English catalog gives exactly the downloads\' English labels', () => {
  assert.deepEqual(withLocale('en', downloadLabels), ENGLISH_LABELS);
});

test('other languages keep every template\'s parts for the renderers to fill', () => {
  const es = withLocale('es', downloadLabels);
  assert.equal(es.locale, 'es');
  assert.equal(fill(es.chapterTitled, { n: 2, title: 'Deshielo' }), 'Capítulo 2: Deshielo');
  assert.equal(fill(es.postedOriginally, { site: 'Archivo', url: 'http://a.test/works/1' }), 'Publicado originalmente en Archivo en http://a.test/works/1.');
  const ar = withLocale('ar', downloadLabels);
  assert.deepEqual(ar.tags.relationship, ['العلاقة', 'العلاقات']);
  assert.equal(fill(ar.by, { creators: 'ann' }), 'بقلم ann');
});

test('a filled value is not read again as a template', () => {
  assert.equal(fill('Chapter {n}: {title}', { n: 1, title: '{n} of {title}' }), 'Chapter 1: {n} of {title}');
});
