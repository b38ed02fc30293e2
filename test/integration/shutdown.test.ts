import { test } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive } from '../support/archive.ts';

test('closing the server lets an in-flight request finish', async () => {
  let release!: () => void;
  const gate = new Promise<void>((r) => { release = r; });
  const archive = await startArchive(engines()[0]!, { setUp: true, extraRoutes: (s) => s.get('/__slow', async () => { await gate; return { done: true }; }) });
  const address = await archive.server.listen({ port: 0, host: '127.0.0.1' });
  const pending = fetch(`${address}/__slow`);
  await new Promise((r) => setTimeout(r, 50));
  const closing = archive.server.close();
  setTimeout(release, 100);
  const res = await pending;
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), { done: true });
  const started = Date.now();
  await closing;
  assert.ok(Date.now() - started < 5000, 'the finished connection does not hold the server open');
  await archive.close();
});
