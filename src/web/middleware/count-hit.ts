/** Counts a reader's view of a work page in the hit counter's memory buffer (no database write here). */
import type { FastifyRequest } from 'fastify';
import { dayNumber, isBot } from '../../domain/visits.ts';
import { hitVisitorKey } from '../../services/visitor-keys.ts';

/** Records a hit unless the viewer is a creator of the work or a crawler. */
export function countHit(request: FastifyRequest, workId: number, creatorIds: readonly number[]): void {
  const app = request.server.quire;
  const userAgent = request.headers['user-agent'] ?? '';
  if (isBot(userAgent)) return;
  const viewer = request.viewer;
  if (viewer && creatorIds.includes(viewer.id)) return;
  const day = dayNumber(app.ctx.now());
  app.hits.record(workId, hitVisitorKey(app.csrfSecret, { userId: viewer?.id, ip: request.ip, userAgent, day }), day);
}
