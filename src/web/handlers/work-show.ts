/** Reading: GET /works/:id (+ ?view_full_work, ?view_adult, ?print), /works/:id/chapters/:cid, /works/:id/navigate. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, queryParam } from '../respond.ts';
import { readWork, type WorkPage } from '../../actions/read-work.ts';
import { getSetting } from '../../storage/settings.ts';
import { NotFound } from '../../domain/errors.ts';
import { workShowPage } from '../views/work-show.ts';
import { navigatePage } from '../views/work-navigate.ts';
import { gated, type WorkRequest } from './work-gate.ts';
import { showPrintable } from './work-print.ts';
import { workAfterBlocks } from './work-extras.ts';
import { countHit } from '../middleware/count-hit.ts';
import { chapterPath } from '../urls.ts';
import { subscriptionButtonState } from '../../actions/subscribe.ts';

async function show(request: WorkRequest, reply: FastifyReply, page: WorkPage, chapterIndex: number | undefined) {
  const refused = await gated(request, reply, page);
  if (refused) return refused;
  if (page.chapters.length === 0) throw new NotFound('This work has no chapters yet.');
  const siteDisclaimerHtml = (await getSetting(request.server.quire.db, 'disclaimer_html')) ?? '';
  const after = await workAfterBlocks(request, reply, page);
  countHit(request, page);
  const subscribe = { kind: 'work' as const, targetId: page.work.id, state: await subscriptionButtonState(request.server.quire.ctx, request.viewer, 'work', page.work.id, page.canEdit || page.work.visibility === 'draft') };
  return render(request, reply, (ctx) => workShowPage(ctx, { page, chapterIndex, siteDisclaimerHtml, after, subscribe }));
}

/** The work: its first chapter, or all chapters with `view_full_work=true`. */
export async function showWork(request: WorkRequest, reply: FastifyReply) {
  const page = await readWork(request.server.quire.ctx, request.viewer, Number(request.params.id));
  if (queryParam(request, 'print') === 'true') return showPrintable(request, reply, page, 'print');
  const full = queryParam(request, 'view_full_work') === 'true' || page.chapters.length <= 1;
  return show(request, reply, page, full ? undefined : 0);
}

/** One chapter. */
export async function showChapter(request: WorkRequest, reply: FastifyReply) {
  const page = await readWork(request.server.quire.ctx, request.viewer, Number(request.params.id));
  const index = page.chapters.findIndex((c) => c.id === Number(request.params.cid));
  if (index < 0) throw new NotFound('This work has no such chapter.');
  return show(request, reply, page, index);
}

/** The chapter index. */
export async function showNavigate(request: WorkRequest, reply: FastifyReply) {
  const page = await readWork(request.server.quire.ctx, request.viewer, Number(request.params.id));
  const refused = await gated(request, reply, page);
  if (refused) return refused;
  return render(request, reply, (ctx) => navigatePage(ctx, page));
}

/** The chapter menu without JavaScript: GET /works/:id/chapter?selected_id=… redirects to the chapter. */
export async function selectChapter(request: WorkRequest, reply: FastifyReply) {
  return reply.redirect(chapterPath(Number(request.params.id), Number(queryParam(request, 'selected_id'))));
}

/** AO3's pseud URLs lead to the account (Quire has one name per account). */
export async function showPseud(request: FastifyRequest<{ Params: { login: string } }>, reply: FastifyReply) {
  return reply.redirect(`/users/${encodeURIComponent(request.params.login)}`);
}
