/** GET /terms, /content_policy; GET and POST /terms/accept (a member accepts the terms in force). */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, formField, redirectWithFlash, safeReturnPath } from '../respond.ts';
import { termsPage, contentPolicyPage, acceptTermsPage } from '../views/policy-pages.ts';
import { policyTexts } from '../../actions/policy-texts.ts';
import { acceptTerms } from '../../actions/accept-terms.ts';
import { Invalid } from '../../domain/errors.ts';
import { t } from '../../i18n/translate.ts';

/** The page the member came from (browsers send it for this site only), to go back to once the terms are accepted; always a local path. */
function cameFrom(request: FastifyRequest): string {
  const referer = request.headers.referer;
  if (!referer || !URL.canParse(referer)) return '/';
  const url = new URL(referer);
  return safeReturnPath(url.pathname + url.search);
}

/** The Terms of Service. */
export async function showTerms(request: FastifyRequest, reply: FastifyReply) {
  const texts = await policyTexts(request.server.quire.db);
  return render(request, reply, (ctx) => termsPage(ctx, texts));
}

/** The content policy. */
export async function showContentPolicy(request: FastifyRequest, reply: FastifyReply) {
  const texts = await policyTexts(request.server.quire.db);
  return render(request, reply, (ctx) => contentPolicyPage(ctx, texts));
}

/** The terms with the button to accept them. */
export async function showAcceptTerms(request: FastifyRequest, reply: FastifyReply) {
  const texts = await policyTexts(request.server.quire.db);
  const back = cameFrom(request);
  return render(request, reply, (ctx) => acceptTermsPage(ctx, texts, back.startsWith('/terms') ? '/' : back));
}

/** Records acceptance and goes back where the member was. */
export async function saveAcceptTerms(request: FastifyRequest, reply: FastifyReply) {
  const back = safeReturnPath(formField(request, 'return_to'));
  try {
    const version = await acceptTerms(request.server.quire.ctx, request.viewer, Number(formField(request, 'version')));
    return redirectWithFlash(reply, back, t('site.flash.terms_accepted', { version }));
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    const texts = await policyTexts(request.server.quire.db);
    return render(request, reply, (ctx) => acceptTermsPage(ctx, texts, back, { values: {}, errors: error.fields }), 422);
  }
}
