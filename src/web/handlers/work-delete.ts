/** GET /works/:id/delete (confirmation), POST /works/:id/delete: deleting a work; its address then answers 410. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, redirectWithFlash } from '../respond.ts';
import { confirmPage } from '../views/confirm.ts';
import { editableWork } from '../../actions/editable-work.ts';
import { deleteWork } from '../../actions/delete-work.ts';
import { workPath } from '../urls.ts';

type WorkRequest = FastifyRequest<{ Params: { id: string } }>;

/** Asks before deleting. */
export async function confirmDeleteWork(request: WorkRequest, reply: FastifyReply) {
  const { work } = await editableWork(request.server.quire.ctx, request.viewer, Number(request.params.id));
  return render(request, reply, (ctx) => confirmPage(ctx, {
    title: 'Delete work?',
    question: `Delete "${work.title}" and all its chapters?`,
    consequence: 'This cannot be undone: its text and everything attached to it will be gone, and its address will say it was deleted.',
    action: `${workPath(work.id)}/delete`,
    button: 'Yes, delete the work',
    cancelHref: workPath(work.id),
  }));
}

/** Deletes the work and goes to the author's page. */
export async function removeWork(request: WorkRequest, reply: FastifyReply) {
  const { title } = await deleteWork(request.server.quire.ctx, request.viewer, Number(request.params.id));
  return redirectWithFlash(reply, `/users/${request.viewer!.login}`, `"${title}" was deleted.`);
}
