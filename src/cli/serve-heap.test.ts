import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveHeapArgs, SERVE_HEAP_FLAGS } from './serve-heap.ts';

test('serve restarts with the heap flags before its own options, keeping every argument', () => {
  assert.deepEqual(serveHeapArgs(['--cpu-prof'], ['/bin/node', 'src/cli/main.ts', 'serve']), ['/bin/node', ...SERVE_HEAP_FLAGS, '--cpu-prof', 'src/cli/main.ts', 'serve']);
});

test('no restart once the flags are there, or when the operator chose heap sizes', () => {
  assert.equal(serveHeapArgs([...SERVE_HEAP_FLAGS], ['/bin/node', 'main.ts', 'serve']), null);
  assert.equal(serveHeapArgs(['--max-semi-space-size=16'], ['/bin/node', 'main.ts', 'serve']), null);
  assert.equal(serveHeapArgs([], ['/bin/node', 'main.ts', 'serve'], '--enable-source-maps --heap-growing-percent=50'), null);
  assert.notEqual(serveHeapArgs([], ['/bin/node', 'main.ts', 'serve'], '--max-old-space-size=512'), null);
});
