/** /admin/validation: moderators approve or reject works waiting for validation. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, formField, redirectWithFlash } from '../respond.ts';
import { validationQueuePage, type ValidationQueueModel } from '../views/admin-validation.ts';
import { validationQueue, approveWork, rejectWork } from '../../actions/validate-work.ts';
import { sitePolicy } from '../../actions/site-policy.ts';
import { Invalid } from '../../domain/errors.ts';

type WorkRequest = FastifyRequest<{ Params: { id: string } }>;

async function page(request: FastifyRequest, reply: FastifyReply, failed?: ValidationQueueModel['failed'], status = 200) {
  const app = request.server.quire;
  const [{ works, total }, policy] = await Promise.all([validationQueue(app.ctx, request.viewer), sitePolicy(app.db)]);
  return render(request, reply, (ctx) => validationQueuePage(ctx, { works, total, validating: policy.validateNewAuthors, failed }), status);
}

/** The queue. */
export const showValidationQueue = (request: FastifyRequest, reply: FastifyReply) => page(request, reply);

/** Approves a work. */
export async function approvePending(request: WorkRequest, reply: FastifyReply) {
  const id = Number(request.params.id);
  try {
    const work = await approveWork(request.server.quire.ctx, request.viewer, id);
    return redirectWithFlash(reply, '/admin/validation', `“${work.title}” is approved and public; its author’s next works are posted straight away.`);
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return page(request, reply, { workId: id, form: { values: {}, errors: error.fields, message: Object.values(error.fields)[0] } }, 422);
  }
}

/** Rejects a work with a reason. */
export async function rejectPending(request: WorkRequest, reply: FastifyReply) {
  const id = Number(request.params.id);
  const reason = formField(request, 'reason');
  try {
    const work = await rejectWork(request.server.quire.ctx, request.viewer, id, reason);
    return redirectWithFlash(reply, '/admin/validation', `“${work.title}” was returned to its author’s drafts, with your reason.`);
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    const form = { values: { reason }, errors: error.fields, message: Object.values(error.fields)[0] };
    // A work decided meanwhile is no longer listed: say so above the queue.
    return page(request, reply, { workId: id, form }, 422);
  }
}
