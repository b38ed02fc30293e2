/** Random tokens for cookies and emailed links; only their SHA-256 is ever stored. */
import { createHash, randomBytes } from 'node:crypto';

/** A new random token and the hash to store for it. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

/** The stored form of a token. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');
