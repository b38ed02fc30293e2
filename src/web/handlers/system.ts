/** Machine-facing routes: health check, CSRF token for tools, static assets. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sql } from '../../storage/sql.ts';
import { NotFound } from '../../domain/errors.ts';

/** GET /healthz: 200 when the database answers (with HEALTHZ_MEMORY=1, also the process's memory use). */
export async function healthz(request: FastifyRequest, reply: FastifyReply) {
  await request.server.quire.db.get(sql`SELECT 1 AS ok`);
  // Opt-in only: memory figures tell an outsider little, but there is no reason to publish them.
  const memory = request.server.quire.config.healthzMemory ? { memory: process.memoryUsage() } : {};
  return reply.header('cache-control', 'no-store').send({ status: 'ok', ...memory });
}

/** GET /token_dispenser.json: a CSRF token for tools that log in (AO3's contract). */
export async function tokenDispenser(request: FastifyRequest, reply: FastifyReply) {
  return reply.header('cache-control', 'no-store').send({ token: request.csrfToken });
}

/** GET /assets/:file: a content-hashed asset, cacheable for a year. */
export async function showAsset(request: FastifyRequest<{ Params: { file: string } }>, reply: FastifyReply) {
  const asset = request.server.quire.assets.byHashedName.get(request.params.file);
  if (!asset) throw new NotFound();
  return reply.type(asset.type).header('cache-control', 'public, max-age=31536000, immutable').send(asset.body);
}
