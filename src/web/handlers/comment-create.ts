/** POST /works/:id/comments: posts a comment or reply; bad input re-renders with the text kept; guests who must log in have it kept. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { formField, redirectWithFlash, render } from '../respond.ts';
import { postComment } from '../../actions/post-comment.ts';
import { previewComment } from '../../actions/preview-comment.ts';
import type { FormState } from '../views/form.ts';
import { listWorkComments, readThread } from '../../actions/list-comments.ts';
import { commentIpHash } from '../../services/visitor-keys.ts';
import { parseId } from '../../domain/ids.ts';
import { Invalid, LoginRequired } from '../../domain/errors.ts';
import { ParticipationRefused } from '../../domain/participation.ts';
import { keepPostForLogin } from '../middleware/kept-posts.ts';
import { commentsPage, threadPage } from '../views/comments.ts';
import { chapterPath, workPath } from '../urls.ts';
import { postedPseud } from '../forms/pseud-choice.ts';
import { t } from '../../i18n/translate.ts';

/** The thanks for a comment held for approval. */
const held = (): string => t('comments.flash.held');

/** The comment form again, on the thread page (a reply) or the work's comments page, with what was typed. */
async function showForm(request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply, o: { workId: number; chapterId?: number; parentId?: number; form: FormState; preview?: string; status: number }) {
  const app = request.server.quire;
  const { workId, chapterId, parentId, form, preview } = o;
  const now = app.ctx.now();
  if (parentId !== undefined) {
    const data = await readThread(app.ctx, request.viewer, { workId, commentId: parentId });
    return render(request, reply, (ctx) => threadPage(ctx, { data, parentId, form, now, path: request.url, preview }), o.status);
  }
  const data = await listWorkComments(app.ctx, request.viewer, { workId, chapterId });
  const basePath = chapterId !== undefined ? `${chapterPath(workId, chapterId)}/comments` : `${workPath(workId)}/comments`;
  return render(request, reply, (ctx) => commentsPage(ctx, { data, chapterId, form, now, path: basePath, newest: false, basePath, preview }), o.status);
}

/** Posts the comment and goes to it; "Preview" shows it rendered in the form instead, posting nothing. */
export async function createComment(request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) {
  const app = request.server.quire;
  const workId = Number(request.params.id);
  const values = { comment: formField(request, 'comment[content]'), name: formField(request, 'comment[name]'), email: formField(request, 'comment[email]'), pseud_id: formField(request, 'comment[pseud_id]') };
  const chapterId = parseId(formField(request, 'comment[chapter_id]'));
  const parentId = parseId(formField(request, 'comment[parent_id]'));
  try {
    if (formField(request, 'preview') === '1') {
      const preview = await previewComment(app.ctx, values.comment);
      return await showForm(request, reply, { workId, chapterId, parentId, form: { values, errors: {} }, preview, status: 200 });
    }
    const c = await postComment(app.ctx, request.viewer, {
      workId, chapterId, parentId, text: values.comment, guestName: values.name, guestEmail: values.email, pseudId: postedPseud(request, 'comment'),
      honeypot: formField(request, 'comment[website]'), ipHash: commentIpHash(app.csrfSecret, request.ip),
    });
    const place = c.chapterId !== null ? chapterPath(workId, c.chapterId) : workPath(workId);
    if (c.status !== 'published') return redirectWithFlash(reply, place, held());
    return redirectWithFlash(reply, c.parentId !== null ? `/works/${workId}/comments/${c.id}#comment_${c.id}` : `${place}#comment_${c.id}`, t('comments.flash.created'));
  } catch (error) {
    // A guest on a work (or site) that wants an account: keep the comment and post it after login.
    if (error instanceof LoginRequired && !request.viewer) return keepPostForLogin(request, reply);
    // Refused (terms to accept, email to confirm…): the comment comes back as typed, with the reason.
    const refused = error instanceof ParticipationRefused;
    if (!(error instanceof Invalid) && !refused) throw error;
    const form = { values, errors: error instanceof Invalid ? error.fields : {}, message: (error as Error).message };
    return showForm(request, reply, { workId, chapterId, parentId, form, status: refused ? 403 : 422 });
  }
}
