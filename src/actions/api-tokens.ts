/**
 * Personal API tokens (docs/api.md): a member creates, lists and revokes their own; the API learns its reader from
 * one. The token itself is shown once, when created; only its SHA-256 is stored (a 256-bit random secret needs no
 * slow hash). A token reads as its member, read-only: the API has no route that writes.
 */
import { insertApiToken, apiTokenByHash, apiTokensOf, deleteApiToken, touchApiToken, type ApiTokenRecord } from '../storage/api-tokens.ts';
import { userById } from '../storage/users.ts';
import { API_TOKEN_PREFIX, apiTokenNameProblems, lastUseStale } from '../domain/api-token.ts';
import { isBanned, isSuspended } from '../domain/participation.ts';
import { assertValid, NotFound } from '../domain/errors.ts';
import type { Account } from '../domain/account.ts';
import { newToken, hashToken } from './secret-token.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** A token just made: the secret (shown this once) and its record. */
export interface CreatedApiToken {
  token: string;
  record: ApiTokenRecord;
}

/** Makes a named token for the member. */
export async function createApiToken(ctx: Context, member: Account, name: string): Promise<CreatedApiToken> {
  const held = await apiTokensOf(ctx.db, member.id);
  assertValid(apiTokenNameProblems(name, held.length));
  const token = `${API_TOKEN_PREFIX}${newToken().token}`;
  const record = await insertApiToken(ctx.db, { userId: member.id, name: name.trim(), tokenHash: hashToken(token), now: ctx.now() });
  return { token, record };
}

/** The member's tokens, newest first. */
export function listApiTokens(ctx: Context, member: Account): Promise<ApiTokenRecord[]> {
  return apiTokensOf(ctx.db, member.id);
}

/** Revokes one of the member's tokens; NotFound for another's or one already revoked. */
export async function revokeApiToken(ctx: Context, member: Account, tokenId: number): Promise<void> {
  if (!(await deleteApiToken(ctx.db, member.id, tokenId))) throw new NotFound(t('api.tokens.error.no_such'));
}

/** Who a token reads as, or why it does not (unknown or revoked, or its account banned or suspended). */
export type TokenHolder = { member: Account; tokenId: number } | { refused: string };

/** The member a bearer token reads as; records its use (at most once a minute). */
export async function apiTokenHolder(ctx: Context, token: string): Promise<TokenHolder> {
  const record = await apiTokenByHash(ctx.db, hashToken(token));
  if (!record) return { refused: 'This API token is not valid: it may have been revoked. Create a new one in your settings.' };
  const member = await userById(ctx.db, record.userId);
  const now = ctx.now();
  // A deleted account's tokens went with it (ON DELETE CASCADE); a sanctioned one's stay but stop working meanwhile.
  if (!member || isBanned(member) || isSuspended(member, now)) return { refused: 'The account this API token belongs to is suspended or banned, so the token does not work.' };
  if (lastUseStale(record.lastUsedAt, now)) await touchApiToken(ctx.db, record.id, now);
  return { member, tokenId: record.id };
}
