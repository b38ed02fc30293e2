/**
 * How often the read API may be asked: per client address for guests, per token for members (a token's requests
 * from several addresses share one allowance). Counted in the database (storage/rate-limits.ts), in one statement
 * per request, so every app node sees the same count.
 */
import { countInWindow } from '../storage/rate-limits.ts';
import { limitState, type Limit, type LimitState } from '../domain/rate-limit.ts';
import type { Context } from './context.ts';

/** Requests per minute: a guest's address, and a token. */
export const API_LIMITS = {
  ip: { limit: 60, windowMs: 60_000 },
  token: { limit: 300, windowMs: 60_000 },
} as const satisfies Record<string, Limit>;

/** Who is counted: a guest by address, a member by token. */
export type ApiClient = { ip: string } | { tokenId: number };

/** Counts one request and says whether it is allowed, with what the RateLimit-* headers report. */
export async function countApiRequest(ctx: Context, client: ApiClient): Promise<LimitState> {
  const [key, rule] = 'tokenId' in client ? [`api:token:${client.tokenId}`, API_LIMITS.token] : [`api:ip:${client.ip}`, API_LIMITS.ip];
  const now = ctx.now();
  return limitState(await countInWindow(ctx.db, key, rule.windowMs, now), rule, now);
}
