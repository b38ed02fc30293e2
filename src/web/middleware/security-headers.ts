/** Headers on every response: a strict CSP (no inline script), no framing, no sniffing, little referrer. */
import type { FastifyReply, FastifyRequest } from 'fastify';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // Authors may embed images from elsewhere (the sanitizer allows http and https only).
  "img-src 'self' https: http: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');

/** The security headers of every response (the guest lane sends them too). */
export const SECURITY_HEADERS: [string, string][] = Object.entries({
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  // What a person reads is nobody else's business: other sites learn nothing from our links.
  'referrer-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
});

/** Adds the security headers (where a handler set none of its own) and the request id; run as the response is sent. */
export function securityHeaders(request: FastifyRequest, reply: FastifyReply): void {
  for (const [name, value] of SECURITY_HEADERS) if (!reply.hasHeader(name)) reply.header(name, value);
  reply.header('x-request-id', request.id);
}
