/** GET /admin/users/:login/moderate, POST /admin/users/:login/{suspend,ban,lift}: moderators' actions on an account. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, formField, queryParam, redirectWithFlash } from '../respond.ts';
import { moderateUserPage } from '../views/moderate-user.ts';
import { sanctionAccount, suspensionDays, type Sanction } from '../../actions/sanction-account.ts';
import { auditAbout } from '../../actions/read-audit.ts';
import { userByLogin } from '../../storage/users.ts';
import { assertStaff, canActOn } from '../../domain/moderation.ts';
import { Invalid, NotFound } from '../../domain/errors.ts';
import { closeReportWith, reportIdOf } from './report-closing.ts';
import type { FormState } from '../views/form.ts';
import { t } from '../../i18n/translate.ts';

type UserRequest = FastifyRequest<{ Params: { login: string } }>;

async function page(request: UserRequest, reply: FastifyReply, form: FormState, status = 200) {
  const ctx = request.server.quire.ctx;
  assertStaff(request.viewer);
  const account = await userByLogin(ctx.db, request.params.login);
  if (!account) throw new NotFound(t('errors.no_account'));
  const history = await auditAbout(ctx, request.viewer, account.id);
  const reportId = reportIdOf(form.values.report_id ?? queryParam(request, 'report'));
  return render(request, reply, (pc) => moderateUserPage(pc, { account, now: ctx.now(), mayAct: canActOn(request.viewer, account), reportId, history }, form), status);
}

/** The page with the forms. */
export function showModerateUser(request: UserRequest, reply: FastifyReply) {
  return page(request, reply, { values: {}, errors: {} });
}


/** Handles suspend, ban or lift; a missing reason or bad number of days shows the page again with the text kept. */
export function sanctionWith(kind: Sanction['kind']) {
  return async (request: UserRequest, reply: FastifyReply) => {
    const values = { action: kind, reason: formField(request, 'reason'), days: formField(request, 'days'), hide_works: formField(request, 'hide_works'), report_id: formField(request, 'report_id') };
    try {
      const sanction: Sanction = kind === 'suspend' ? { kind, days: suspensionDays(values.days) } : kind === 'ban' ? { kind, hideContent: values.hide_works === '1' } : { kind };
      const ctx = request.server.quire.ctx;
      const target = await sanctionAccount(ctx, request.viewer, request.params.login, sanction, values.reason, closeReportWith(ctx, reportIdOf(values.report_id), values.reason));
      return redirectWithFlash(reply, `/admin/users/${target.login}/moderate`, t(`moderation.flash.user.${kind}`));
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return page(request, reply, { values, errors: error.fields, message: error.message }, 422);
    }
  };
}
