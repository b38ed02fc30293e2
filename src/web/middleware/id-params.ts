/**
 * Every id in a route's path (`:id`, `:cid`, `:workId`) is read by one parser (domain/ids.ts) before the route
 * runs: anything but its canonical spelling is a 404, so `/works/0x2`, `/works/2.0` and `/works/+2` are not work 2.
 */
import type { FastifyRequest } from 'fastify';
import { parseId } from '../../domain/ids.ts';
import { NotFound } from '../../domain/errors.ts';

/** The path parameters that name a row by its numeric id. */
export const ID_PARAMS = ['id', 'cid', 'workId'] as const;

/** preValidation: 404 unless each id parameter is a canonical positive whole number. */
export async function refuseOddIds(request: FastifyRequest): Promise<void> {
  const params = request.params as Record<string, string | undefined>;
  for (const name of ID_PARAMS) {
    const value = params[name];
    if (value !== undefined && parseId(value) === undefined) throw new NotFound();
  }
}
