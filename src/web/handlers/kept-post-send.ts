/** GET /kept-posts/:id (what a form kept during an expired session will send), POST to send it, POST …/discard. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, redirectWithFlash } from '../respond.ts';
import { keptForm, takeKeptForm } from '../../actions/keep-post.ts';
import { keptPostPath, sendKeptForm } from '../middleware/kept-posts.ts';
import { CSRF_COOKIE } from '../middleware/csrf.ts';
import { keptPostPage } from '../views/kept-post.ts';
import { NotFound } from '../../domain/errors.ts';
import { t } from '../../i18n/translate.ts';

// A random key, not a row id (middleware/id-params.ts reads `:id` as a number).
type KeptRequest = FastifyRequest<{ Params: { key: string } }>;

const gone = (): string => t('chrome.kept.gone');
const sender = (request: KeptRequest) => ({ accountId: request.viewer!.id, browserCookie: request.cookies[CSRF_COOKIE] ?? '' });

/** Shows what the kept form will send. */
export async function showKeptPost(request: KeptRequest, reply: FastifyReply) {
  const { accountId, browserCookie } = sender(request);
  const kept = await keptForm(request.server.quire.ctx, accountId, browserCookie, request.params.key);
  if (!kept) throw new NotFound(gone());
  return render(request, reply, (ctx) => keptPostPage(ctx, kept, keptPostPath(kept.id)));
}

/** Sends it, as the viewer (the account it was kept for), and answers with its result. */
export async function sendKeptPost(request: KeptRequest, reply: FastifyReply) {
  const { accountId, browserCookie } = sender(request);
  const kept = await takeKeptForm(request.server.quire.ctx, accountId, browserCookie, request.params.key);
  if (!kept) throw new NotFound(gone());
  return sendKeptForm(request, reply, kept);
}

/** Forgets it. */
export async function discardKeptPost(request: KeptRequest, reply: FastifyReply) {
  const { accountId, browserCookie } = sender(request);
  const kept = await takeKeptForm(request.server.quire.ctx, accountId, browserCookie, request.params.key);
  return redirectWithFlash(reply, '/', kept ? t('chrome.kept.discarded') : gone());
}
