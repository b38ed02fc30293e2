/** /admin/audit: the audit log with its filters, pages and a CSV export of the same selection. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { pagination } from './pagination.ts';
import { auditTable } from './audit-table.ts';
import type { PageContext } from './page.ts';
import type { AuditRecord } from '../../storage/audit-log.ts';
import type { PageWindow } from '../../domain/pagination.ts';
import type { AuditQuery } from '../../actions/read-audit.ts';
import { t } from '../../i18n/translate.ts';

const FIELDS: [keyof AuditQuery, string][] = [
  ['actor', 'actor'], ['targetUser', 'target_user'], ['targetKind', 'target_kind'], ['targetId', 'target_id'], ['action', 'action'],
];

/** The query string of a filter, for page links and the CSV link. */
export const auditQueryString = (q: AuditQuery): string =>
  FIELDS.filter(([key]) => q[key]).map(([key, name]) => `${name}=${encodeURIComponent(q[key])}`).join('&');

/** The page. */
export function auditLogPage(ctx: PageContext, q: AuditQuery, entries: AuditRecord[], w: PageWindow, admin: boolean): Html {
  const qs = auditQueryString(q);
  return layout(ctx, t('admin.nav.audit'), html`<h1>${t('admin.nav.audit')}</h1>
<p>${t(admin ? 'admin.audit.intro.admin' : 'admin.audit.intro.moderator')}</p>
<form method="get" action="/admin/audit" class="filters stack" role="search" aria-label="${t('admin.audit.filter_label')}">
<div class="field-row">${FIELDS.map(([key, name]) => html`<div class="field"><label for="audit_${name}">${t(`admin.audit.field.${name}`)}</label><input id="audit_${name}" name="${name}" value="${q[key]}"></div>`)}</div>
<p><button type="submit">${t('admin.audit.filter')}</button> <a href="/admin/audit">${t('admin.audit.clear')}</a> · <a href="/admin/audit.csv${qs ? `?${qs}` : ''}" download>${t('admin.audit.csv')}</a></p>
</form>
<p>${t('admin.audit.count', { count: w.total })}</p>
${auditTable(entries, t('admin.audit.caption'))}
${pagination('/admin/audit', w, qs)}`);
}
