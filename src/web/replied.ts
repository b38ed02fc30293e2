/**
 * Proof that a helper has answered the request. A FastifyReply is a thenable whose promise resolves to undefined,
 * so a helper that returned "the reply" read as "nothing sent" once awaited, and its caller went on to answer a
 * second time (the adult gate did: FST_ERR_REP_ALREADY_SENT, and a hit counted for a page no one saw). Helpers that
 * send return `Replied` instead, a unique symbol that survives `await`, so `if (refused) return refused` holds.
 */
import type { FastifyReply } from 'fastify';

export const REPLIED: unique symbol = Symbol('quire.replied');

/** The response has been sent; return it at once. */
export type Replied = typeof REPLIED;

/** Waits until `reply` has been sent (its onSend hooks have run and the response ended), then says so. */
export async function replied(reply: FastifyReply): Promise<Replied> {
  await reply;
  return REPLIED;
}

/** What Fastify gets for a handler's result: nothing once the handler has replied itself, else the payload. */
export const payloadFor = (result: unknown): unknown => (result === REPLIED ? undefined : result);
