/** /admin/audit: the audit log with its filters, pages and a CSV export of the same selection. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { pagination } from './pagination.ts';
import { auditTable } from './audit-table.ts';
import type { PageContext } from './page.ts';
import type { AuditRecord } from '../../storage/audit-log.ts';
import type { PageWindow } from '../../domain/pagination.ts';
import type { AuditQuery } from '../../actions/read-audit.ts';

const FIELDS: [keyof AuditQuery, string, string][] = [
  ['actor', 'actor', 'Who (username)'], ['targetUser', 'target_user', 'About account (username)'], ['targetKind', 'target_kind', 'Target kind (work, user, report, tag…)'],
  ['targetId', 'target_id', 'Target number'], ['action', 'action', 'Action (e.g. work.hide, or work. for all)'],
];

/** The query string of a filter, for page links and the CSV link. */
export const auditQueryString = (q: AuditQuery): string =>
  FIELDS.filter(([key]) => q[key]).map(([key, name]) => `${name}=${encodeURIComponent(q[key])}`).join('&');

/** The page. */
export function auditLogPage(ctx: PageContext, q: AuditQuery, entries: AuditRecord[], w: PageWindow, admin: boolean): Html {
  const qs = auditQueryString(q);
  return layout(ctx, 'Audit log', html`<h1>Audit log</h1>
<p>${admin ? 'Everything staff did, newest first.' : 'Your own actions and the report queue’s, newest first.'} Entries cannot be changed or removed.</p>
<form method="get" action="/admin/audit" class="filters stack" role="search" aria-label="Filter the audit log">
<div class="field-row">${FIELDS.map(([key, name, label]) => html`<div class="field"><label for="audit_${name}">${label}</label><input id="audit_${name}" name="${name}" value="${q[key]}"></div>`)}</div>
<p><button type="submit">Filter</button> <a href="/admin/audit">Clear</a> · <a href="/admin/audit.csv${qs ? `?${qs}` : ''}" download>Download as CSV</a></p>
</form>
<p>${w.total.toLocaleString('en')} ${w.total === 1 ? 'entry' : 'entries'}</p>
${auditTable(entries, 'Audit entries')}
${pagination('/admin/audit', w, qs)}`);
}
