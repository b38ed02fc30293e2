/** Reading comments: the block under a work's text, all of a work's or chapter's comments, one thread, a user's reviews. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, queryParam } from '../respond.ts';
import { listWorkComments, commentsOfPage, readThread, listUserComments } from '../../actions/list-comments.ts';
import type { WorkPage } from '../../actions/read-work.ts';
import { commentsBlock, commentsPage, threadPage } from '../views/comments.ts';
import { userCommentsPage } from '../views/comment-lists.ts';
import type { Html } from '../views/html.ts';
import type { ReaderParts } from '../reader-parts.ts';
import { chapterPath, workPath } from '../urls.ts';

/** How many threads the work page shows. */
const LATEST = 5;

/** The comments block after a work's text (see work-extras.ts): this chapter's, or the whole work's. */
export async function commentsAfterWork(request: FastifyRequest, _reply: FastifyReply, page: WorkPage, reader: ReaderParts | undefined): Promise<Html> {
  const app = request.server.quire;
  const cid = Number((request.params as { cid?: string }).cid);
  const full = queryParam(request, 'view_full_work') === 'true' || page.chapters.length <= 1;
  const chapterId = Number.isSafeInteger(cid) && cid > 0 ? cid : full ? undefined : page.chapters[0]?.id;
  const data = await commentsOfPage(app.ctx, request.viewer, page, { chapterId, perPage: LATEST, newest: true }, reader);
  return commentsBlock({ viewer: request.viewer, csrfToken: request.csrfToken }, { data, chapterId, now: app.ctx.now(), path: request.url });
}

type WorkParams = FastifyRequest<{ Params: { id: string; cid?: string } }>;

/** GET /works/:id/comments and /works/:id/chapters/:cid/comments (?page=N, ?sort=newest). */
export async function showComments(request: WorkParams, reply: FastifyReply) {
  const app = request.server.quire;
  const workId = Number(request.params.id);
  const chapterId = request.params.cid !== undefined ? Number(request.params.cid) : undefined;
  const newest = queryParam(request, 'sort') === 'newest';
  const data = await listWorkComments(app.ctx, request.viewer, { workId, chapterId, page: queryParam(request, 'page'), newest });
  const basePath = chapterId !== undefined ? `${chapterPath(workId, chapterId)}/comments` : `${workPath(workId)}/comments`;
  return render(request, reply, (ctx) => commentsPage(ctx, { data, chapterId, now: app.ctx.now(), path: request.url, newest, basePath }));
}

/** GET /works/:id/comments/:cid: the thread and the reply form. */
export async function showThread(request: FastifyRequest<{ Params: { id: string; cid: string } }>, reply: FastifyReply) {
  const app = request.server.quire;
  const data = await readThread(app.ctx, request.viewer, { workId: Number(request.params.id), commentId: Number(request.params.cid) });
  return render(request, reply, (ctx) => threadPage(ctx, { data, parentId: data.target.id, now: app.ctx.now(), path: request.url }));
}

/** GET /users/:login/comments: "Reviews by {user}". */
export async function showUserComments(request: FastifyRequest<{ Params: { login: string } }>, reply: FastifyReply) {
  const result = await listUserComments(request.server.quire.ctx, request.viewer, { login: request.params.login, page: queryParam(request, 'page') });
  return render(request, reply, (ctx) => userCommentsPage(ctx, result));
}
