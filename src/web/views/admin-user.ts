/** /admin/users/{login}: one account for staff, with its works (hidden and deleted ones marked), comments, reports, audit entries and role. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { csrfField } from './form.ts';
import { dateOnly, dateTime } from './time.ts';
import { auditTable } from './audit-table.ts';
import { staffNav } from './admin-dashboard.ts';
import type { Account } from '../../domain/account.ts';
import { roleOptions } from './admin.ts';
import type { PageContext } from './page.ts';
import type { StaffAccountView } from '../../actions/account-for-staff.ts';
import type { StaffWorkRow } from '../../storage/staff-overview.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';
import { commentStatusLabel } from './comment-status.ts';

/** The work's state in words, for the mark next to its title. */
function workState(w: StaffWorkRow): string {
  if (w.removal !== null) return t(`admin.user.work_state.${w.removal}`);
  if (w.deletedAt !== null) return t('admin.user.work_state.deleted_by_creator');
  if (w.visibility === 'draft') return t('admin.user.work_state.draft');
  return w.visibility === 'registered' ? t('admin.user.work_state.registered') : '';
}

function standing(a: Account, now: number): Html {
  const reason = a.sanctionReason ? html`: ${a.sanctionReason}` : '';
  if (a.bannedAt !== null) return html`${tHtml('admin.user.banned', { strong: html`<strong>${t('moderation.user.banned.word')}</strong>`, date: dateTime(a.bannedAt) })}${reason}`;
  if (a.suspendedUntil !== null && a.suspendedUntil > now) return html`${tHtml('admin.user.suspended', { strong: html`<strong>${t('moderation.user.suspended.word')}</strong>`, date: dateTime(a.suspendedUntil) })}${reason}`;
  return html`${t('moderation.item.good_standing')}`;
}

function roleForm(ctx: PageContext, a: Account): Html {
  return html`<form method="post" action="/admin/users/${a.id}/role" class="role-form">${csrfField(ctx.csrfToken)}
<label class="visually-hidden" for="role_${a.id}">${t('admin.users.role_of', { login: a.login })}</label>
<select id="role_${a.id}" name="role">${roleOptions(a.role)}</select>
<button type="submit">${t('admin.user.change_role')}</button></form>`;
}

const works = (rows: StaffWorkRow[]): Html => rows.length === 0 ? html`<p>${t('admin.user.no_works')}</p>` : html`<ul class="staff-works">${rows.map((w) => {
  const state = workState(w);
  const gone = w.deletedAt !== null && w.removal === null;
  return html`<li>${gone ? w.title : html`<a href="/works/${w.id}">${w.title}</a>`}${state ? html` <span class="state">(${state}${w.removalReason ? html`: ${w.removalReason}` : ''})</span>` : ''}
<span class="hint">${t('admin.user.words', { count: w.words })} · ${dateOnly(w.updatedAt)}${gone ? '' : html` · <a href="/admin/works/${w.id}/moderate">${t('admin.user.moderate')}</a>`}</span></li>`;
})}</ul>`;

/** The page. */
export function adminUserPage(ctx: PageContext, v: StaffAccountView, now: number): Html {
  const a = v.account;
  const comments = v.comments.items.length === 0 ? html`<p>${t('admin.user.no_comments')}</p>` : html`<ul class="staff-comments">${v.comments.items.map((c) => html`<li>
<a href="/works/${c.workId}/comments/${c.id}">${t('admin.user.comment_on', { work: c.workTitle })}</a>, ${dateTime(c.createdAt)}${c.status !== 'published' ? html` <span class="state">(${commentStatusLabel(c.status)})</span>` : ''}
<blockquote>${c.bodySource.length > 300 ? `${c.bodySource.slice(0, 300)}…` : c.bodySource}</blockquote></li>`)}</ul>`;
  const reports = v.reports.length === 0 ? html`<p>${t('admin.user.no_reports')}</p>` : html`<ul>${v.reports.map((r) => html`<li>
<a href="/admin/reports/${r.id}">${t('admin.user.report', { id: String(r.id) })}</a>: ${r.reason} · ${r.status} · ${dateTime(r.createdAt)} · <span class="url">${r.url}</span></li>`)}</ul>`;
  return layout(ctx, t('admin.user.title', { login: a.login }), html`<h1>${t('admin.user.title', { login: a.login })}</h1>${staffNav(v.mayChangeRole)}
<dl class="meta account-facts">
<dt>${t('moderation.item.profile')}</dt><dd><a href="/users/${a.login}">/users/${a.login}</a></dd>
<dt>${t('admin.email')}</dt><dd>${a.email} ${a.emailVerified ? t('admin.user.confirmed') : t('admin.user.not_confirmed')}</dd>
<dt>${t('moderation.item.joined')}</dt><dd>${dateTime(a.createdAt)}</dd>
<dt>${t('admin.users.role')}</dt><dd>${v.mayChangeRole ? roleForm(ctx, a) : a.role}</dd>
<dt>${t('moderation.item.standing')}</dt><dd>${standing(a, now)}${v.mayModerate ? html` · <a href="/admin/users/${a.login}/moderate">${t('admin.user.sanction')}</a>` : ''}</dd>
<dt>${t('admin.user.trusted')}</dt><dd>${a.trusted ? t('admin.yes') : t('admin.no')}</dd>
</dl>
<section aria-labelledby="works-heading"><h2 id="works-heading">${t('admin.user.works', { count: v.works.length })}</h2>${works(v.works)}</section>
<section aria-labelledby="comments-heading"><h2 id="comments-heading">${t('admin.user.comments', { count: v.comments.total })}</h2>${comments}
${v.comments.total > v.comments.items.length ? html`<p><a href="/users/${a.login}/comments">${t('admin.user.all_comments')}</a></p>` : ''}</section>
<section aria-labelledby="reports-heading"><h2 id="reports-heading">${t('admin.user.reports', { count: v.reports.length })}</h2>${reports}</section>
<section aria-labelledby="audit-heading"><h2 id="audit-heading">${t('moderation.user.staff_actions')}</h2>
${auditTable(v.history, t('admin.user.audit_caption', { login: a.login }))}
<p><a href="/admin/audit?target_user=${a.login}">${t('moderation.user.history')}</a></p></section>`);
}
