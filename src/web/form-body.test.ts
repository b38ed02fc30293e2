import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from 'fast-querystring';
import { parseFormBody } from './form-body.ts';

// Fields in order, without the prototypes (fast-querystring's objects inherit from an empty object of its own).
const fields = (o: object) => Object.entries(o);

test('forms parse as fast-querystring parsed them', () => {
  const cases = ['', 'a=1&a=2&a=3', 'a&b=&=x&&c', 'a+b=c+d%20e', '__proto__=1&constructor=2', 'x=%2', 'a=1;b=2', 'a==b', '&a=1&', 'work%5Btitle%5D=%3Cb%3E&chapter[content]=%E2%80%9Cq%E2%80%9D'];
  for (const body of cases) assert.deepEqual(fields(parseFormBody(body)), fields(parse(body)), body);
  assert.equal(Object.getPrototypeOf(parseFormBody('a=1')), null);
});

test('any well-formed form body parses the same way', () => {
  const pair = fc.tuple(fc.string({ unit: 'grapheme-composite', maxLength: 12 }), fc.string({ unit: 'grapheme-composite', maxLength: 40 }));
  fc.assert(fc.property(fc.array(pair, { maxLength: 8 }), (pairs) => {
    const body = new URLSearchParams(pairs).toString();
    assert.deepEqual(fields(parseFormBody(body)), fields(parse(body)), body);
  }), { numRuns: 2000 });
});
