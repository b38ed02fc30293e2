/**
 * Personal API tokens: what a token's name must look like, how a token is recognised in a header, and when its
 * last use is worth writing down. Pure.
 */
import type { FieldErrors } from './errors.ts';
import { t } from '../i18n/translate.ts';

/** Every token starts with this, so secret scanners and people can tell a Quire token from other secrets. */
export const API_TOKEN_PREFIX = 'quire_';

export const API_TOKEN_NAME_MAX = 60;
/** Tokens one account may hold at once: enough for every device and tool, few enough to review. */
export const API_TOKENS_PER_ACCOUNT = 20;
/** A token's "last used" is written at most this often, so reading with it is not a write per request. */
export const LAST_USED_RESOLUTION_MS = 60_000;

/** Field problems with a new token's name (trimmed). */
export function apiTokenNameProblems(name: string, held: number): FieldErrors {
  const n = name.trim();
  if (!n) return { name: t('api.tokens.error.name_missing') };
  if ([...n].length > API_TOKEN_NAME_MAX) return { name: t('api.tokens.error.name_long', { max: API_TOKEN_NAME_MAX }) };
  if (/\p{Cc}/u.test(n)) return { name: t('api.tokens.error.control') };
  if (held >= API_TOKENS_PER_ACCOUNT) return { name: t('api.tokens.error.too_many', { max: API_TOKENS_PER_ACCOUNT }) };
  return {};
}

/**
 * The token of an `Authorization: Bearer …` header: undefined when there is no header, 'malformed' when the header
 * is there but is not a Quire bearer token.
 */
export function bearerToken(header: string | undefined): string | 'malformed' | undefined {
  if (header === undefined) return undefined;
  const m = /^Bearer[ ]+(\S+)[ ]*$/i.exec(header);
  return m && m[1]!.startsWith(API_TOKEN_PREFIX) ? m[1]! : 'malformed';
}

/** Whether a use at `now` should be written, given the last one written. */
export const lastUseStale = (lastUsedAt: number | null, now: number): boolean => lastUsedAt === null || now - lastUsedAt >= LAST_USED_RESOLUTION_MS;
