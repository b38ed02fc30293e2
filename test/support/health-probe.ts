/**
 * Posts a chapter body as a new work while asking `/healthz` again and again, one request after another, until the
 * post is answered; each answer records where the post was (not yet rendering, rendering on a worker, or past it)
 * and what this thread computed since the answer before: as long as any request arriving in that time could have
 * had to wait. The integration test asserts the order of events; bench/post-stall.ts reports the CPU.
 */
import assert from 'node:assert/strict';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { TestArchive } from './archive.ts';
import type { Client } from './client.ts';
import { workForm } from './works.ts';
import type { BodyFormat } from '../../src/domain/text-format.ts';
import type { TextRenderPool } from '../../src/services/text-render-pool.ts';

/** Where the post was when a health check was answered. */
export type Phase = 'before' | 'rendering' | 'after';
export interface Probe { phase: Phase; cpuMs: number; wallMs: number }
export interface ProbedPost { probes: Probe[]; workerJobs: number }

/** This thread's CPU time in milliseconds. */
const cpuMs = (): number => {
  const used = process.threadCpuUsage();
  return (used.user + used.system) / 1000;
};

export async function postWhileProbing(archive: TestArchive, author: Client, format: BodyFormat, body: string): Promise<ProbedPost> {
  const pool = archive.app.ctx.texts as TextRenderPool;
  const probe = archive.visitor('198.51.100.20');
  // The form is encoded before the clock starts: a browser does that, not the server.
  const form = new URLSearchParams({ authenticity_token: await author.csrfToken() });
  for (const [name, value] of Object.entries(workForm({ 'work[title]': `Hostile ${format}`, 'chapter[format]': format, 'chapter[content]': body }))) {
    for (const one of value === null ? [] : Array.isArray(value) ? value : [value]) form.append(name, one);
  }
  const payload = form.toString();
  const cookie = [...author.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  let phase: Phase = 'before';
  let workerJobs = 0;
  const started = (): void => {
    workerJobs++;
    if (phase === 'before') phase = 'rendering';
  };
  const settled = (): void => { phase = 'after'; };
  pool.on('start', started).on('settle', settled);
  let answered = false;
  const posting = archive.server.inject({ method: 'POST', url: '/works', remoteAddress: author.ip, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload });
  void posting.finally(() => { answered = true; });
  const probes: Probe[] = [];
  let lastCpu = cpuMs();
  try {
    while (!answered) {
      // An injected health check is answered without leaving the microtask queue (SQLite is synchronous): without
      // this turn of the event loop the post, which waits for stream and worker events, would never move on.
      await nextTurn();
      const wall = performance.now();
      const res = await probe.get('/healthz');
      const wallMs = performance.now() - wall;
      const cpu = cpuMs();
      probes.push({ phase, cpuMs: cpu - lastCpu, wallMs });
      lastCpu = cpu;
      assert.equal(res.statusCode, 200);
    }
  } finally {
    pool.off('start', started).off('settle', settled);
  }
  const res = await posting;
  assert.equal(res.statusCode, 303, [...res.body.matchAll(/<p class="error"[^>]*>([^<]*)/g)].map((m) => m[1]).join(' ') || res.body.slice(0, 2000));
  return { probes, workerJobs };
}

/** The most CPU this thread spent between two health checks. */
export const busiest = (probes: readonly Probe[]): number => Math.max(0, ...probes.map((p) => p.cpuMs));

export const probeSummary = (probes: readonly Probe[]): string => {
  const walls = probes.map((p) => p.wallMs).sort((a, b) => a - b);
  const of = (phase: Phase) => probes.filter((p) => p.phase === phase);
  return `${probes.length} health checks (${of('before').length} before, ${of('rendering').length} while, ${of('after').length} after the worker rendered); ` +
    `busiest until rendered ${busiest(probes.filter((p) => p.phase !== 'after')).toFixed(0)} ms of CPU, after ${busiest(of('after')).toFixed(0)} ms; ` +
    `wall median ${walls[walls.length >> 1]!.toFixed(0)} ms, max ${walls.at(-1)!.toFixed(0)} ms`;
};
