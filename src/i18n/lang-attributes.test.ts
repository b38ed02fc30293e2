import { test } from 'node:test';
import assert from 'node:assert/strict';
import { langAttributes } from './lang-attributes.ts';

test('a text carries its language and direction', () => {
  assert.equal(String(langAttributes('ar')), ' lang="ar" dir="rtl"');
  assert.equal(String(langAttributes('he')), ' lang="he" dir="rtl"');
  assert.equal(String(langAttributes('en')), ' lang="en" dir="ltr"');
  assert.equal(String(langAttributes('zh-Hant')), ' lang="zh-Hant" dir="ltr"');
});

test('nothing for a language that is no language tag, so no attribute can be broken out of', () => {
  assert.equal(langAttributes(''), '');
  assert.equal(langAttributes(undefined), '');
  assert.equal(langAttributes('en" onload="x'), '');
});
