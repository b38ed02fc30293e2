import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { zip, dosDateTime } from './zip.ts';
import { unzip } from '../../test/support/unzip.ts';

test('entries read back byte for byte, with matching CRCs, in order', () => {
  const binary = randomBytes(5000);
  const entries = [
    { name: 'mimetype', data: 'application/epub+zip', store: true },
    { name: 'text/long.txt', data: 'All work and no play. '.repeat(500) },
    { name: 'random.bin', data: binary },
    { name: 'empty', data: '' },
    { name: 'ünïcödé/名前.txt', data: 'Привет, мир' },
  ];
  const read = unzip(zip(entries));
  assert.deepEqual(read.map((e) => e.name), entries.map((e) => e.name));
  for (const [i, e] of entries.entries()) assert.deepEqual(read[i]!.data, Buffer.from(e.data));
  assert.equal(read[0]!.method, 0, 'stored on request');
  assert.equal(read[1]!.method, 8, 'compressible text is deflated');
  assert.equal(read[2]!.method, 0, 'random bytes are stored, deflating would grow them');
  assert.equal(read[4]!.flags & 0x0800, 0x0800, 'non-ASCII names are flagged UTF-8');
  assert.equal(read[1]!.flags, 0);
});

test('EPUB needs: mimetype first, stored, without extra field, readable at fixed offsets', () => {
  const archive = zip([{ name: 'mimetype', data: 'application/epub+zip', store: true }, { name: 'a.xhtml', data: '<p/>' }]);
  assert.equal(archive.readUInt32LE(0), 0x04034b50);
  assert.equal(archive.subarray(30, 38).toString(), 'mimetype');
  assert.equal(archive.subarray(38, 58).toString(), 'application/epub+zip');
  assert.equal(unzip(archive)[0]!.extraLength, 0);
});

test('output is deterministic and carries the given timestamp', () => {
  const entries = [{ name: 'a.txt', data: 'same' }];
  assert.deepEqual(zip(entries, Date.UTC(2024, 2, 5, 13, 7, 9)), zip(entries, Date.UTC(2024, 2, 5, 13, 7, 9)));
  const archive = zip(entries, Date.UTC(2024, 2, 5, 13, 7, 9));
  const { date, time } = dosDateTime(Date.UTC(2024, 2, 5, 13, 7, 9));
  assert.equal(archive.readUInt16LE(10), time);
  assert.equal(archive.readUInt16LE(12), date);
  assert.equal(date >> 9, 2024 - 1980);
  assert.equal((date >> 5) & 0xf, 3);
  assert.equal(date & 0x1f, 5);
  assert.equal(time >> 11, 13);
  assert.equal((time >> 5) & 0x3f, 7);
  assert.equal((time & 0x1f) * 2, 8);
  assert.deepEqual(dosDateTime(0), dosDateTime(), 'before 1980 is clamped to the DOS epoch');
});

test('an empty archive is just the end record', () => {
  const archive = zip([]);
  assert.equal(archive.length, 22);
  assert.deepEqual(unzip(archive), []);
});
