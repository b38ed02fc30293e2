/** The moderators' page for one account: its standing, the forms to suspend, ban or lift, and what staff did about it before. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { field, checkbox, csrfField, formMessage, type FormState } from './form.ts';
import { dateTime } from './time.ts';
import { auditTable } from './audit-table.ts';
import type { PageContext } from './page.ts';
import type { Account } from '../../domain/account.ts';
import type { AuditRecord } from '../../storage/audit-log.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';

/** What the page shows. */
export interface ModerateUserModel {
  account: Account;
  now: number;
  /** Whether the viewer may act on this account at all. */
  mayAct: boolean;
  reportId: number | undefined;
  history: AuditRecord[];
}

function standing(a: Account, now: number): Html {
  const reason = html` ${t('moderation.user.reason', { reason: a.sanctionReason })}`;
  if (a.bannedAt !== null) return html`<p>${tHtml('moderation.user.banned', { date: dateTime(a.bannedAt), strong: html`<strong>${t('moderation.user.banned.word')}</strong>` })}${reason}</p>`;
  if (a.suspendedUntil !== null && a.suspendedUntil > now) return html`<p>${tHtml('moderation.user.suspended', { date: dateTime(a.suspendedUntil), strong: html`<strong>${t('moderation.user.suspended.word')}</strong>` })}${reason}</p>`;
  return html`<p>${t('moderation.user.good_standing')}</p>`;
}

const sub = (form: FormState, action: string): FormState => form.values.action === action ? form : { values: {}, errors: {} };

function actionForm(ctx: PageContext, m: ModerateUserModel, action: string, title: string, body: Html, form: FormState): Html {
  const f = sub(form, action);
  return html`<form method="post" action="/admin/users/${m.account.login}/${action}" class="stack moderation-action">
${csrfField(ctx.csrfToken)}
${m.reportId !== undefined ? html`<input type="hidden" name="report_id" value="${m.reportId}">` : ''}
<h2>${title}</h2>
${body}
${field(f, { key: 'reason', name: 'reason', label: t('moderation.user.reason.label'), type: 'textarea', required: true })}
<p><button type="submit">${title}</button></p>
</form>`;
}

/** The page. */
export function moderateUserPage(ctx: PageContext, m: ModerateUserModel, form: FormState): Html {
  const a = m.account;
  const sanctioned = a.bannedAt !== null || (a.suspendedUntil !== null && a.suspendedUntil > m.now);
  const forms = !m.mayAct ? html`<p>${t('moderation.user.may_not_act')}</p>` : html`
${actionForm(ctx, m, 'suspend', t('moderation.user.suspend'), field(sub(form, 'suspend'), { key: 'days', name: 'days', label: t('moderation.days'), required: true, hint: t('moderation.user.suspend.hint') }), form)}
${actionForm(ctx, m, 'ban', t('moderation.user.ban'), checkbox(sub(form, 'ban'), { key: 'hide_works', name: 'hide_works', label: t('moderation.user.ban.hide_works') }), form)}
${sanctioned ? actionForm(ctx, m, 'lift', t('moderation.user.lift'), html``, form) : ''}`;
  return layout(ctx, t('moderation.title', { name: a.login }), html`<h1>${t('moderation.user.heading')}</h1>
<p><a href="/users/${a.login}">${a.login}</a> · ${a.role} · <a href="/admin/audit?target_user=${a.login}">${t('moderation.user.history')}</a></p>
${standing(a, m.now)}
${formMessage(form)}
${forms}
<h2>${t('moderation.user.staff_did')}</h2>
${auditTable(m.history, t('moderation.user.staff_actions'))}`);
}
