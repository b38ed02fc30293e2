import { test } from 'node:test';
import assert from 'node:assert/strict';
import { t, withLocale, currentLocale, formatNumber } from './translate.ts';
import { tHtml } from '../web/views/translate-html.ts';
import { negotiateLocale, textDirection } from './locales.ts';

test('plurals follow each language\'s rules', () => {
  assert.equal(t('common.count.works', { count: 1 }), '1 work');
  assert.equal(t('common.count.works', { count: 3000 }), '3,000 works');
  assert.equal(withLocale('es', () => t('common.count.works', { count: 1 })), '1 obra');
  assert.equal(withLocale('ar', () => t('common.count.works', { count: 2 })), 'عملان');
  assert.equal(withLocale('ar', () => t('common.count.works', { count: 3 })), '3 أعمال');
});

test('the language is scoped: a mail in Spanish leaves the request in English', () => {
  assert.equal(currentLocale(), 'en');
  withLocale('es', () => assert.equal(currentLocale(), 'es'));
  assert.equal(currentLocale(), 'en');
  assert.equal(withLocale('es', () => formatNumber(1234567)), '1.234.567');
});

test('an unknown key is an error, not a blank', () => {
  assert.equal(String(tHtml('common.count.works', { count: 2 })), '2 works');
  assert.throws(() => t('common.no.such.key'), /no message/);
});

test('Accept-Language picks the best language we have', () => {
  assert.equal(negotiateLocale('fr-CH, fr;q=0.9, es-MX;q=0.8, en;q=0.7'), 'es');
  assert.equal(negotiateLocale('ar-EG'), 'ar');
  assert.equal(negotiateLocale('en;q=0.5, es;q=0.9'), 'es');
  assert.equal(negotiateLocale('es;q=0, en'), 'en');
  assert.equal(negotiateLocale('de'), undefined);
  assert.equal(negotiateLocale(undefined), undefined);
});

test('a language tag gives its writing direction', () => {
  for (const rtl of ['ar', 'he', 'he-IL', 'fa', 'ur', 'yi', 'ku-Arab', 'AR']) assert.equal(textDirection(rtl), 'rtl', rtl);
  for (const ltr of ['en', 'es', 'zh-Hans', 'az-Latn', 'ru', '', undefined]) assert.equal(textDirection(ltr), 'ltr', String(ltr));
});

test('a message formatted again with the same or other values, in the same or another language, is right each time', () => {
  for (let round = 0; round < 2; round++) {
    assert.equal(t('common.count.works', { count: 1 }), '1 work');
    assert.equal(t('common.count.works', { count: 2 }), '2 works');
    assert.equal(withLocale('es', () => t('common.count.works', { count: 2 })), '2 obras');
    assert.equal(withLocale('ar', () => t('common.count.works', { count: 2 })), 'عملان');
    assert.equal(t('comments.count', { count: 1234 }), 'Comments (1,234)');
    assert.equal(withLocale('es', () => t('comments.count', { count: 12345 })), 'Comentarios (12.345)');
  }
});
