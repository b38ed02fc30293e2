import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COMPILE_CACHE_DIR, serveEnv, serveHeapArgs, SERVE_HEAP_FLAGS } from './serve-heap.ts';

test('serve restarts with the heap flags before its own options, keeping every argument', () => {
  assert.deepEqual(serveHeapArgs(['--cpu-prof'], ['/bin/node', 'src/cli/main.ts', 'serve']), ['/bin/node', ...SERVE_HEAP_FLAGS, '--cpu-prof', 'src/cli/main.ts', 'serve']);
});

test('no restart once the flags are there, or when the operator chose heap sizes or the compiler tier', () => {
  assert.equal(serveHeapArgs([...SERVE_HEAP_FLAGS], ['/bin/node', 'main.ts', 'serve']), null);
  assert.equal(serveHeapArgs(['--max-semi-space-size=16'], ['/bin/node', 'main.ts', 'serve']), null);
  assert.equal(serveHeapArgs([], ['/bin/node', 'main.ts', 'serve'], '--enable-source-maps --heap-growing-percent=50'), null);
  assert.equal(serveHeapArgs(['--maglev'], ['/bin/node', 'main.ts', 'serve']), null);
  assert.notEqual(serveHeapArgs([], ['/bin/node', 'main.ts', 'serve'], '--max-old-space-size=512'), null);
});

test('serve restarts with two malloc arenas, fixed malloc thresholds and the compile cache, unless the operator set them', () => {
  assert.deepEqual(serveEnv({ PORT: '3000' }), { PORT: '3000', MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072', MALLOC_TRIM_THRESHOLD_: '131072', NODE_COMPILE_CACHE: COMPILE_CACHE_DIR });
  assert.deepEqual(serveEnv({ MALLOC_TRIM_THRESHOLD_: '0' }), { MALLOC_ARENA_MAX: '2', MALLOC_TRIM_THRESHOLD_: '0', NODE_COMPILE_CACHE: COMPILE_CACHE_DIR }, 'one threshold chosen: the other is left to glibc');
  assert.match(COMPILE_CACHE_DIR, /node_modules[\\/]\.cache[\\/]quire-compile$/);
  assert.deepEqual(serveEnv({ MALLOC_ARENA_MAX: '8', NODE_COMPILE_CACHE: '/var/cache/quire', MALLOC_MMAP_THRESHOLD_: '65536' }), { MALLOC_ARENA_MAX: '8', NODE_COMPILE_CACHE: '/var/cache/quire', MALLOC_MMAP_THRESHOLD_: '65536' });
});
