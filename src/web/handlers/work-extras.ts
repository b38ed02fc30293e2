/** Blocks shown after a work's text (kudos, comments…), each rendered by its own feature. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { WorkPage } from '../../actions/read-work.ts';
import type { Html } from '../views/html.ts';

/** The blocks after the text of a work page, in order. */
export async function workAfterBlocks(_request: FastifyRequest, _reply: FastifyReply, _page: WorkPage): Promise<Html | undefined> {
  return undefined;
}
