import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatLogLine } from './log-lines.ts';
import { wantsPrettyLog } from './log.ts';

const at = new Date(2026, 11, 6, 9, 4, 5, 120).getTime();

test('a request line reads time, level, message, method and path, status, duration, then the request id', () => {
  const line = formatLogLine(JSON.stringify({ level: 30, time: at, pid: 1, hostname: 'h', reqId: '1a2b3c4d-5e6f', res: { statusCode: 404 }, req: { method: 'GET', url: '/works/9' }, responseTime: 3.456, msg: 'request completed' }));
  assert.equal(line, '09:04:05.120 INFO  request completed GET /works/9 → 404 in 3.5 ms [req 1a2b3c4d]');
});

test('other fields follow as key=value; an error adds its message and its stack below', () => {
  assert.equal(formatLogLine(JSON.stringify({ level: 40, time: at, msg: 'slow flush', works: 3, load: { ms: 5 } })), '09:04:05.120 WARN  slow flush works=3 load={"ms":5}');
  const lines = formatLogLine(JSON.stringify({ level: 50, time: at, msg: 'counting hits failed', err: { message: 'disk full', stack: 'Error: disk full\n    at flush (x.ts:1:1)' } })).split('\n');
  assert.equal(lines[0], '09:04:05.120 ERROR counting hits failed: disk full');
  assert.deepEqual(lines.slice(1), ['    Error: disk full', '    at flush (x.ts:1:1)']);
});

test('a line that is not JSON is kept as it is', () => {
  assert.equal(formatLogLine('plain words\n'), 'plain words');
});

test('LOG_FORMAT decides; without it, a terminal gets lines and anything else JSON', () => {
  assert.equal(wantsPrettyLog(undefined, { write: () => true, isTTY: true }), true);
  assert.equal(wantsPrettyLog(undefined, { write: () => true }), false);
  assert.equal(wantsPrettyLog('json', { write: () => true, isTTY: true }), false);
  assert.equal(wantsPrettyLog('pretty', { write: () => true }), true);
});
