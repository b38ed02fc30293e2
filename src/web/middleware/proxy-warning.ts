/**
 * Behind a reverse proxy without TRUST_PROXY, every client seems to come from the proxy's address, so the
 * per-address limits (30 failed logins lock every account from an address, sign-ups, resets, guest comments) count
 * all visitors together. The per-address lock stays; the operator is told once, at the first request that carries
 * X-Forwarded-For.
 */
import type { FastifyRequest } from 'fastify';

/** A hook that logs the warning once for this server (installed only while TRUST_PROXY is off). */
export function warnOfUntrustedProxy(): (request: FastifyRequest) => Promise<void> {
  let warned = false;
  return async (request) => {
    if (warned || request.headers['x-forwarded-for'] === undefined) return;
    warned = true;
    request.log.warn({ remoteAddress: request.ip }, 'Requests arrive with X-Forwarded-For but TRUST_PROXY is off: every client seems to come from the proxy, so per-address limits (failed logins, sign-ups, password resets, guest comments) count them all together. Set TRUST_PROXY=1 behind a reverse proxy.');
  };
}
