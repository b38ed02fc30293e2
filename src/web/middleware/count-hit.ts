/** Counts a reader's view of a work page in the hit counter's memory buffer (no database write here). */
import type { FastifyRequest } from 'fastify';
import type { App } from '../app.ts';
import { dayNumber, isBot } from '../../domain/visits.ts';
import { hitVisitorKey } from '../../services/visitor-keys.ts';

/** Records a hit unless the viewer is a creator of the work or a crawler. */
export function countHit(request: FastifyRequest, workId: number, creatorIds: readonly number[]): void {
  const viewer = request.viewer;
  if (viewer && creatorIds.includes(viewer.id)) return;
  recordHit(request.server.quire, workId, { userId: viewer?.id, ip: request.ip, userAgent: request.headers['user-agent'] ?? '' });
}

/** Records a visit to a work (by an account, or a guest at an address with a user agent) unless a crawler made it. */
export function recordHit(app: App, workId: number, visitor: { userId: number | undefined; ip: string; userAgent: string }): void {
  if (isBot(visitor.userAgent)) return;
  const day = dayNumber(app.ctx.now());
  app.hits.record(workId, hitVisitorKey(app.csrfSecret, { ...visitor, day }), day);
}
