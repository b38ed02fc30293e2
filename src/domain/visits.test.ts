import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayNumber, isBot } from './visits.ts';

test('crawlers are recognised by bot, spider or crawl in the user agent', () => {
  for (const ua of ['Googlebot/2.1', 'Mozilla/5.0 (compatible; bingbot/2.0)', 'Baiduspider', 'CCBot commoncrawl', 'SomeCrawler']) assert.equal(isBot(ua), true, ua);
  for (const ua of ['Mozilla/5.0 (X11; Linux x86_64) Firefox/130.0', '', undefined]) assert.equal(isBot(ua), false, String(ua));
});

test('days are UTC days', () => {
  assert.equal(dayNumber(Date.UTC(2024, 0, 2, 0, 0, 0)), dayNumber(Date.UTC(2024, 0, 2, 23, 59, 59)));
  assert.equal(dayNumber(Date.UTC(2024, 0, 3)) - dayNumber(Date.UTC(2024, 0, 2, 23, 59, 59)), 1);
});
