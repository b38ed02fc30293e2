import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalTimeZone, isTimeZone, localDay, timeZoneNames } from './time-zone.ts';

test('zones are IANA names Intl knows; unknown ones are refused', () => {
  assert.ok(isTimeZone('Europe/Paris'));
  assert.ok(isTimeZone('America/Argentina/Buenos_Aires'));
  for (const bad of ['', 'Mars/Olympus', 'Europe/Paris<script>', 'x'.repeat(80)]) assert.equal(isTimeZone(bad), false, bad);
  assert.equal(canonicalTimeZone('utc'), 'UTC');
  assert.equal(canonicalTimeZone('Mars/Olympus'), undefined);
  assert.ok(timeZoneNames().includes('Asia/Tokyo'));
  assert.equal(timeZoneNames()[0], 'UTC');
});

test('the day of an instant depends on the zone', () => {
  const t = Date.UTC(2030, 0, 1, 2, 0);
  assert.equal(localDay(t, 'UTC'), '2030-01-01');
  assert.equal(localDay(t, 'America/Los_Angeles'), '2029-12-31');
});
