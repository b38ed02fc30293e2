/** The moderators' page for one account: its standing, the forms to suspend, ban or lift, and what staff did about it before. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { field, checkbox, csrfField, formMessage, type FormState } from './form.ts';
import { dateTime } from './time.ts';
import { auditTable } from './audit-table.ts';
import type { PageContext } from './page.ts';
import type { Account } from '../../domain/account.ts';
import type { AuditRecord } from '../../storage/audit-log.ts';

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
  if (a.bannedAt !== null) return html`<p><strong>Banned</strong> since ${dateTime(a.bannedAt)}. Reason: ${a.sanctionReason}</p>`;
  if (a.suspendedUntil !== null && a.suspendedUntil > now) return html`<p><strong>Suspended</strong> until ${dateTime(a.suspendedUntil)}. Reason: ${a.sanctionReason}</p>`;
  return html`<p>In good standing.</p>`;
}

const sub = (form: FormState, action: string): FormState => form.values.action === action ? form : { values: {}, errors: {} };

function actionForm(ctx: PageContext, m: ModerateUserModel, action: string, title: string, body: Html, form: FormState): Html {
  const f = sub(form, action);
  return html`<form method="post" action="/admin/users/${m.account.login}/${action}" class="stack moderation-action">
${csrfField(ctx.csrfToken)}
${m.reportId !== undefined ? html`<input type="hidden" name="report_id" value="${m.reportId}">` : ''}
<h2>${title}</h2>
${body}
${field(f, { key: 'reason', name: 'reason', label: 'Reason (told to the account holder and kept in the audit log)', type: 'textarea', required: true })}
<p><button type="submit">${title}</button></p>
</form>`;
}

/** The page. */
export function moderateUserPage(ctx: PageContext, m: ModerateUserModel, form: FormState): Html {
  const a = m.account;
  const sanctioned = a.bannedAt !== null || (a.suspendedUntil !== null && a.suspendedUntil > m.now);
  const forms = !m.mayAct ? html`<p>Moderators cannot act on an admin, another moderator or themselves.</p>` : html`
${actionForm(ctx, m, 'suspend', 'Suspend', field(sub(form, 'suspend'), { key: 'days', name: 'days', label: 'For how many days', required: true, hint: 'They can log in and read, but not post, comment, leave kudos, bookmark or send messages.' }), form)}
${actionForm(ctx, m, 'ban', 'Ban', checkbox(sub(form, 'ban'), { key: 'hide_works', name: 'hide_works', label: 'Also hide all of their works and comments' }), form)}
${sanctioned ? actionForm(ctx, m, 'lift', 'Lift the suspension or ban', html``, form) : ''}`;
  return layout(ctx, `Moderate: ${a.login}`, html`<h1>Moderate an account</h1>
<p><a href="/users/${a.login}">${a.login}</a> · ${a.role} · <a href="/admin/audit?target_user=${a.login}">Full history</a></p>
${standing(a, m.now)}
${formMessage(form)}
${forms}
<h2>What staff did</h2>
${auditTable(m.history, 'Staff actions about this account')}`);
}
