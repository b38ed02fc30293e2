/**
 * Watching single requests through the server: what they logged, and when their handler had finished. A response
 * can be complete while its handler still runs (a helper answered and the handler went on), so tests that look for
 * a second answer or a stray hit wait for Fastify's own "handler ended" event, never for time.
 */
import diagnostics from 'node:diagnostics_channel';
import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger, FastifyInstance, FastifyRequest, LightMyRequestResponse } from 'fastify';
import type { Client } from './client.ts';

/** One line the server logged for a watched request. */
export interface LoggedLine {
  level: string;
  args: unknown[];
}

const HEADER = 'x-test-watch';
const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const;

function recorder(lines: LoggedLine[]): FastifyBaseLogger {
  const log = { level: 'trace', child: () => log, silent: () => undefined } as unknown as Record<string, unknown>;
  for (const level of LEVELS) log[level] = (...args: unknown[]) => { lines.push({ level, args }); };
  return log as unknown as FastifyBaseLogger;
}

/** Watches requests that carry its header; `install` must run before the server is ready (startArchive's `extraRoutes`). */
export function requestWatch() {
  const logs = new Map<string, LoggedLine[]>();
  const ended = new Map<string, () => void>();
  const idOf = (request: FastifyRequest) => request.headers[HEADER] as string | undefined;
  const finish = (store: { request: FastifyRequest; async?: boolean }, asyncEnd: boolean) => {
    if (!asyncEnd && store.async) return;
    const id = idOf(store.request);
    if (id) ended.get(id)?.();
  };
  const channel = diagnostics.tracingChannel<unknown, { request: FastifyRequest; async?: boolean }>('fastify.request.handler');
  channel.subscribe({ start() {}, end: (s) => finish(s, false), asyncStart() {}, asyncEnd: (s) => finish(s, true), error() {} });
  return {
    install(server: FastifyInstance) {
      server.addHook('onRequest', async (request, reply) => {
        const lines = logs.get(idOf(request) ?? '');
        if (lines) request.log = reply.log = recorder(lines);
      });
    },
    /** GET `url` as `client`; resolves once the response is in and the route's handler has finished. */
    async get(client: Client, url: string, headers: Record<string, string> = {}): Promise<{ res: LightMyRequestResponse; logged: LoggedLine[] }> {
      const id = randomUUID();
      const logged: LoggedLine[] = [];
      logs.set(id, logged);
      const handlerEnded = new Promise<void>((resolve) => ended.set(id, resolve));
      const res = await client.get(url, { ...headers, [HEADER]: id });
      await handlerEnded;
      logs.delete(id);
      ended.delete(id);
      return { res, logged };
    },
  };
}

/** Lines at warn level or above. */
export const problems = (lines: LoggedLine[]) => lines.filter((l) => l.level === 'warn' || l.level === 'error' || l.level === 'fatal');
