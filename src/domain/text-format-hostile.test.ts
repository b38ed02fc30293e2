/**
 * Bodies built to make the renderer slow (test/fixtures/hostile-text.ts: unterminated tags and comments, 100,000
 * unclosed or nested elements, a URL full of comments, `> ` markers before a line separator), each just under the
 * 500,000-character limit, render in under a second in every format. Before the one-pass scanners, some took
 * minutes. The time asserted is this thread's CPU time: on a busy machine the wall clock also counts the time
 * spent waiting for a core, which says nothing about the renderer (it is logged alongside).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BODY_FORMATS, renderBody } from './text-format.ts';
import { sanitizeWorkHtml, sanitizeProfileHtml } from './sanitize.ts';
import { HOSTILE_BODIES, HOSTILE_LENGTH } from '../../test/fixtures/hostile-text.ts';

const LIMIT_MS = 1000;

function timed<T>(fn: () => T): { value: T; cpuMs: number; wallMs: number } {
  const wall = performance.now();
  const cpu = process.threadCpuUsage();
  const value = fn();
  const used = process.threadCpuUsage(cpu);
  return { value, cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - wall };
}

// The first rendering compiles the renderer's code; that is not what is measured.
renderBody('<p>warm</p>\n\n*up*', 'markdown');

for (const [name, body] of Object.entries(HOSTILE_BODIES)) {
  test(`a ${body.length.toLocaleString('en')}-character body of ${name} renders in under a second in every format`, (t) => {
    assert.ok(body.length > HOSTILE_LENGTH - 1000 && body.length <= 500_000);
    for (const format of BODY_FORMATS) {
      const { value: html, cpuMs, wallMs } = timed(() => renderBody(body, format));
      t.diagnostic(`${format}: ${cpuMs.toFixed(0)} ms CPU, ${wallMs.toFixed(0)} ms wall, ${html.length} characters out`);
      assert.ok(cpuMs < LIMIT_MS, `${format} took ${cpuMs.toFixed(0)} ms`);
      assert.doesNotMatch(html, /<script|<!--/);
    }
  });
}

test('the sanitizers alone stay linear on deep nesting and commented URLs', (t) => {
  const deep = [HOSTILE_BODIES['nested <div> 100k']!, HOSTILE_BODIES['unclosed <b>']!, HOSTILE_BODIES['link whose URL is full of comments']!];
  for (const html of deep) {
    for (const clean of [sanitizeWorkHtml, sanitizeProfileHtml]) {
      const { cpuMs, wallMs } = timed(() => clean(html));
      t.diagnostic(`${cpuMs.toFixed(0)} ms CPU, ${wallMs.toFixed(0)} ms wall`);
      assert.ok(cpuMs < LIMIT_MS, `took ${cpuMs.toFixed(0)} ms`);
    }
  }
});
