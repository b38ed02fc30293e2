/** /admin/users/{login}: one account for staff, with its works (hidden and deleted ones marked), comments, reports, audit entries and role. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { csrfField } from './form.ts';
import { dateOnly, dateTime } from './time.ts';
import { auditTable } from './audit-table.ts';
import { staffNav } from './admin-dashboard.ts';
import { ROLES, type Account } from '../../domain/account.ts';
import type { PageContext } from './page.ts';
import type { StaffAccountView } from '../../actions/account-for-staff.ts';
import type { StaffWorkRow } from '../../storage/staff-overview.ts';

/** The work's state in words, for the mark next to its title. */
function workState(w: StaffWorkRow): string {
  if (w.removal === 'hidden') return 'hidden by moderators';
  if (w.removal === 'deleted') return 'deleted by moderators';
  if (w.removal === 'pending') return 'awaiting validation';
  if (w.deletedAt !== null) return 'deleted by its creator';
  if (w.visibility === 'draft') return 'draft';
  return w.visibility === 'registered' ? 'registered users only' : '';
}

function standing(a: Account, now: number): Html {
  if (a.bannedAt !== null) return html`<strong>Banned</strong> since ${dateTime(a.bannedAt)}${a.sanctionReason ? html`: ${a.sanctionReason}` : ''}`;
  if (a.suspendedUntil !== null && a.suspendedUntil > now) return html`<strong>Suspended</strong> until ${dateTime(a.suspendedUntil)}${a.sanctionReason ? html`: ${a.sanctionReason}` : ''}`;
  return html`In good standing`;
}

function roleForm(ctx: PageContext, a: Account): Html {
  return html`<form method="post" action="/admin/users/${a.id}/role" class="role-form">${csrfField(ctx.csrfToken)}
<label class="visually-hidden" for="role_${a.id}">Role of ${a.login}</label>
<select id="role_${a.id}" name="role">${ROLES.map((r) => html`<option value="${r}"${r === a.role ? html` selected` : ''}>${r}</option>`)}</select>
<button type="submit">Change role</button></form>`;
}

const works = (rows: StaffWorkRow[]): Html => rows.length === 0 ? html`<p>No works.</p>` : html`<ul class="staff-works">${rows.map((w) => {
  const state = workState(w);
  const gone = w.deletedAt !== null && w.removal === null;
  return html`<li>${gone ? w.title : html`<a href="/works/${w.id}">${w.title}</a>`}${state ? html` <span class="state">(${state}${w.removalReason ? html`: ${w.removalReason}` : ''})</span>` : ''}
<span class="hint">${w.words.toLocaleString('en')} words · ${dateOnly(w.updatedAt)}${gone ? '' : html` · <a href="/admin/works/${w.id}/moderate">Moderate</a>`}</span></li>`;
})}</ul>`;

/** The page. */
export function adminUserPage(ctx: PageContext, v: StaffAccountView, now: number): Html {
  const a = v.account;
  const comments = v.comments.items.length === 0 ? html`<p>No comments.</p>` : html`<ul class="staff-comments">${v.comments.items.map((c) => html`<li>
<a href="/works/${c.workId}/comments/${c.id}">On ${c.workTitle}</a>, ${dateTime(c.createdAt)}${c.status !== 'published' ? html` <span class="state">(${c.status})</span>` : ''}
<blockquote>${c.bodySource.length > 300 ? `${c.bodySource.slice(0, 300)}…` : c.bodySource}</blockquote></li>`)}</ul>`;
  const reports = v.reports.length === 0 ? html`<p>No reports.</p>` : html`<ul>${v.reports.map((r) => html`<li>
<a href="/admin/reports/${r.id}">Report ${r.id}</a>: ${r.reason} · ${r.status} · ${dateTime(r.createdAt)} · <span class="url">${r.url}</span></li>`)}</ul>`;
  return layout(ctx, `Account: ${a.login}`, html`<h1>Account: ${a.login}</h1>${staffNav(v.mayChangeRole)}
<dl class="meta account-facts">
<dt>Profile</dt><dd><a href="/users/${a.login}">/users/${a.login}</a></dd>
<dt>Email</dt><dd>${a.email} ${a.emailVerified ? '(confirmed)' : '(not confirmed)'}</dd>
<dt>Joined</dt><dd>${dateTime(a.createdAt)}</dd>
<dt>Role</dt><dd>${v.mayChangeRole ? roleForm(ctx, a) : a.role}</dd>
<dt>Standing</dt><dd>${standing(a, now)}${v.mayModerate ? html` · <a href="/admin/users/${a.login}/moderate">Suspend, ban or lift</a>` : ''}</dd>
<dt>Validated author</dt><dd>${a.trusted ? 'yes' : 'no'}</dd>
</dl>
<section aria-labelledby="works-heading"><h2 id="works-heading">Works (${v.works.length})</h2>${works(v.works)}</section>
<section aria-labelledby="comments-heading"><h2 id="comments-heading">Comments (${v.comments.total})</h2>${comments}
${v.comments.total > v.comments.items.length ? html`<p><a href="/users/${a.login}/comments">All public comments</a></p>` : ''}</section>
<section aria-labelledby="reports-heading"><h2 id="reports-heading">Reports about this account (${v.reports.length})</h2>${reports}</section>
<section aria-labelledby="audit-heading"><h2 id="audit-heading">Staff actions about this account</h2>
${auditTable(v.history, `Audit entries about ${a.login}`)}
<p><a href="/admin/audit?target_user=${a.login}">Full history</a></p></section>`);
}
