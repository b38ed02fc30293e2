/** GET /admin/works/:id/moderate, POST /admin/works/:id/{hide,unhide,delete,restore}: moderators' actions on a work. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, formField, queryParam, redirectWithFlash } from '../respond.ts';
import { moderateWorkPage } from '../views/moderate-work.ts';
import { moderateWork, type WorkAction } from '../../actions/moderate-work.ts';
import { workForStaff } from '../../actions/work-for-staff.ts';
import { Invalid } from '../../domain/errors.ts';
import { closeReportWith, reportIdOf } from './report-closing.ts';
import type { FormState } from '../views/form.ts';
import { t } from '../../i18n/translate.ts';

type WorkRequest = FastifyRequest<{ Params: { id: string } }>;


async function page(request: WorkRequest, reply: FastifyReply, form: FormState, status = 200) {
  const m = await workForStaff(request.server.quire.ctx, request.viewer, Number(request.params.id));
  const reportId = reportIdOf(form.values.report_id ?? queryParam(request, 'report'));
  return render(request, reply, (ctx) => moderateWorkPage(ctx, { ...m, reportId }, form), status);
}

/** The page with the forms. */
export function showModerateWork(request: WorkRequest, reply: FastifyReply) {
  return page(request, reply, { values: {}, errors: {} });
}

/** Handles one of the four actions; a missing reason shows the page again with the text kept. */
export function moderateWorkWith(action: WorkAction) {
  return async (request: WorkRequest, reply: FastifyReply) => {
    const reason = formField(request, 'reason');
    const reportId = reportIdOf(formField(request, 'report_id'));
    try {
      const work = await moderateWork(request.server.quire.ctx, request.viewer, Number(request.params.id), action, reason, closeReportWith(request.server.quire.ctx, reportId, reason));
      return redirectWithFlash(reply, `/admin/works/${work.id}/moderate`, t(`moderation.flash.work.${action}`));
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return page(request, reply, { values: { reason, action, report_id: reportId === undefined ? '' : String(reportId) }, errors: error.fields, message: error.message }, 422);
    }
  };
}
