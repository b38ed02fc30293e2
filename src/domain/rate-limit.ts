/** Fixed-window attempt counting: pure decisions over a stored counter. */

/** A stored counter for one key. */
export interface Window {
  windowStart: number;
  count: number;
}

/** A rule: at most `limit` attempts per `windowMs`. */
export interface Limit {
  limit: number;
  windowMs: number;
}

/** Whether another attempt is allowed now, and if not, how many seconds until it is. */
export function checkLimit(w: Window | undefined, rule: Limit, now: number): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
  if (!w || now - w.windowStart >= rule.windowMs || w.count < rule.limit) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((w.windowStart + rule.windowMs - now) / 1000)) };
}

/** The counter after one more attempt. */
export function recordAttempt(w: Window | undefined, rule: Limit, now: number): Window {
  if (!w || now - w.windowStart >= rule.windowMs) return { windowStart: now, count: 1 };
  return { windowStart: w.windowStart, count: w.count + 1 };
}

/** What the RateLimit-* headers tell a client once a request was counted in `w`. */
export interface LimitState {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window starts again (at least 1). */
  resetSeconds: number;
}

/** The state after a request counted in `w` (the window as stored after counting it). */
export function limitState(w: Window, rule: Limit, now: number): LimitState {
  return {
    allowed: w.count <= rule.limit,
    limit: rule.limit,
    remaining: Math.max(0, rule.limit - w.count),
    resetSeconds: Math.max(1, Math.ceil((w.windowStart + rule.windowMs - now) / 1000)),
  };
}
