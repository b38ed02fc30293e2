import { test } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive } from '../support/archive.ts';

test('closing the server lets an in-flight request finish', async () => {
  let entered!: () => void;
  let release!: () => void;
  const inHandler = new Promise<void>((r) => { entered = r; });
  const gate = new Promise<void>((r) => { release = r; });
  let closingBegan!: () => void;
  const closing = new Promise<void>((r) => { closingBegan = r; });
  const archive = await startArchive(engines()[0]!, {
    setUp: true,
    extraRoutes: (s) => {
      s.get('/__slow', async () => { entered(); await gate; return { done: true }; });
      s.addHook('preClose', async () => { closingBegan(); });
    },
  });
  const address = await archive.server.listen({ port: 0, host: '127.0.0.1' });
  const pending = fetch(`${address}/__slow`);
  // Ordered by events: the request is inside its handler, then the server starts closing, then the handler ends.
  await inHandler;
  const closed = archive.server.close();
  await closing;
  release();
  const res = await pending;
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), { done: true });
  await closed; // a kept-alive connection holding the server open would make this time out
  await archive.close();
});
