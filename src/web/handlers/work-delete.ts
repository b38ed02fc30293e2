/** GET /works/:id/delete (confirmation), POST /works/:id/delete: deleting a work; its address then answers 410. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, redirectWithFlash } from '../respond.ts';
import { confirmPage } from '../views/confirm.ts';
import { editableWork } from '../../actions/editable-work.ts';
import { deleteWork } from '../../actions/delete-work.ts';
import { workPath } from '../urls.ts';
import { t } from '../../i18n/translate.ts';

type WorkRequest = FastifyRequest<{ Params: { id: string } }>;

/** Asks before deleting. */
export async function confirmDeleteWork(request: WorkRequest, reply: FastifyReply) {
  const { work } = await editableWork(request.server.quire.ctx, request.viewer, Number(request.params.id));
  return render(request, reply, (ctx) => confirmPage(ctx, {
    title: t('posting.delete_work.title'),
    question: t('posting.delete_work.question', { work: work.title }),
    consequence: t('posting.delete_work.consequence'),
    action: `${workPath(work.id)}/delete`,
    button: t('posting.delete_work.button'),
    cancelHref: workPath(work.id),
  }));
}

/** Deletes the work and goes to the author's page. */
export async function removeWork(request: WorkRequest, reply: FastifyReply) {
  const { title } = await deleteWork(request.server.quire.ctx, request.viewer, Number(request.params.id));
  return redirectWithFlash(reply, `/users/${request.viewer!.login}`, `"${title}" was deleted.`);
}
