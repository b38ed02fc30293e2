/** Settings → API tokens (GET and POST /settings/api-tokens, POST /settings/api-tokens/:id/delete) and the /api guide. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, formField, redirectWithFlash } from '../respond.ts';
import { emptyForm } from '../views/form.ts';
import { apiTokensPage } from '../views/api-tokens.ts';
import { apiGuidePage, endpointSummary } from '../views/api-guide.ts';
import { createApiToken, listApiTokens, revokeApiToken } from '../../actions/api-tokens.ts';
import { API_LIMITS } from '../../actions/api-limits.ts';
import { Invalid } from '../../domain/errors.ts';
import type { Account } from '../../domain/account.ts';
import { apiRoutes } from '../api/routes.ts';
import { t } from '../../i18n/translate.ts';

// The route table lets only members in ('user' access), so the viewer is there.
const member = (request: FastifyRequest): Account => request.viewer!;

/** The member's tokens. */
export async function showApiTokens(request: FastifyRequest, reply: FastifyReply) {
  const tokens = await listApiTokens(request.server.quire.ctx, member(request));
  return render(request, reply, (c) => apiTokensPage(c, tokens, emptyForm()));
}

/** Makes a token and shows it once, on this answer only (never in a redirect, a cookie or a log). */
export async function createApiTokenHandler(request: FastifyRequest, reply: FastifyReply) {
  const ctx = request.server.quire.ctx;
  const name = formField(request, 'token[name]');
  try {
    const fresh = await createApiToken(ctx, member(request), name);
    const tokens = await listApiTokens(ctx, member(request));
    return render(request, reply, (c) => apiTokensPage(c, tokens, emptyForm(), fresh));
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    const tokens = await listApiTokens(ctx, member(request));
    return render(request, reply, (c) => apiTokensPage(c, tokens, { values: { name }, errors: error.fields, message: error.message }), 422);
  }
}

/** Revokes one of the member's tokens. */
export async function revokeApiTokenHandler(request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) {
  await revokeApiToken(request.server.quire.ctx, member(request), Number(request.params.id));
  return redirectWithFlash(reply, '/settings/api-tokens', t('api.tokens.revoked'));
}

/** GET /api: the guide for people who build tools. */
export async function showApiGuide(request: FastifyRequest, reply: FastifyReply) {
  const endpoints = apiRoutes.map((r) => ({ path: r.url.replace(/:(\w+)/g, '{$1}'), summary: endpointSummary(r.url), member: r.member === true }));
  return render(request, reply, (c) => apiGuidePage(c, { base: request.server.quire.ctx.baseUrl, guestLimit: API_LIMITS.ip.limit, tokenLimit: API_LIMITS.token.limit, endpoints }));
}
