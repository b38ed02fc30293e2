import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { hitVisitorKey } from './visitor-keys.ts';

const expected = (secret: string, day: number, ip: string, ua: string) =>
  `g${createHmac('sha256', secret).update(['hit', day, ip, ua].join('\u0000')).digest('base64url').slice(0, 22)}`;

test('a guest\'s hit key is the HMAC of the day, address and user agent, asked once or many times', () => {
  const visits = [
    ['secret-a', 20000, '203.0.113.1', 'Reader/1'], ['secret-a', 20001, '203.0.113.1', 'Reader/1'], ['secret-a', 20000, '203.0.113.2', 'Reader/1'],
    ['secret-a', 20000, '203.0.113.1', 'Reader/2'], ['secret-b', 20000, '203.0.113.1', 'Reader/1'], ['secret-a', 20000, '203.0.113.1', `Long/${'x'.repeat(600)}`],
  ] as const;
  for (let round = 0; round < 3; round++) {
    for (const [secret, day, ip, userAgent] of visits) {
      assert.equal(hitVisitorKey(secret, { userId: undefined, ip, userAgent, day }), expected(secret, day, ip, userAgent), `${secret} ${day} ${ip} ${userAgent.slice(0, 10)}`);
    }
  }
  assert.equal(new Set(visits.map(([secret, day, ip, userAgent]) => hitVisitorKey(secret, { userId: undefined, ip, userAgent, day }))).size, visits.length);
  assert.equal(hitVisitorKey('secret-a', { userId: 7, ip: '203.0.113.1', userAgent: 'Reader/1', day: 20000 }), 'u7');
});
