/**
 * Injected requests enter where a socket's requests do: the HTTP server's request listener, the guest lane in front of
 * Fastify (src/web/guest-lane.ts). Fastify's own inject would skip the lane, and every test of what guests see
 * would then miss the path most guests' pages take.
 */
import type { FastifyInstance } from 'fastify';
import type { RequestListener } from 'node:http';
import inject from 'light-my-request';

/** Routes `server.inject(options)` through the server's request listener (call after `ready()`). */
export function injectThroughFront(server: FastifyInstance): void {
  const front = server.server.listeners('request')[0] as RequestListener | undefined;
  if (!front) throw new Error('the server has no request listener');
  const own = server.inject.bind(server) as (options?: unknown) => unknown;
  server.inject = ((options?: Parameters<typeof inject>[1]) => (options === undefined ? own() : inject(front, options))) as unknown as FastifyInstance['inject'];
}
