/** Audit entries as a table: when, who, what, to what, why, and the values before and after. */
import { html, type Html } from './html.ts';
import { dateTime } from './time.ts';
import type { AuditRecord } from '../../storage/audit-log.ts';
import { t } from '../../i18n/translate.ts';

const TARGET_PATHS: Record<string, (r: AuditRecord) => string | undefined> = {
  work: (r) => (r.targetId ? `/admin/works/${r.targetId}/moderate` : undefined),
  user: (r) => (r.targetLabel ? `/admin/users/${r.targetLabel}/moderate` : undefined),
  report: (r) => (r.targetId ? `/admin/reports/${r.targetId}` : undefined),
  tag: (r) => (r.targetLabel ? `/tags/${encodeURIComponent(r.targetLabel)}` : undefined),
};

function target(r: AuditRecord): Html {
  const label = r.targetLabel || (r.targetId !== null ? `#${r.targetId}` : '');
  const href = TARGET_PATHS[r.targetKind]?.(r);
  return html`${r.targetKind}${label ? html` ${href ? html`<a href="${href}">${label}</a>` : label}` : ''}`;
}

const change = (r: AuditRecord): Html | '' =>
  r.beforeJson || r.afterJson ? html`<details><summary>${t('admin.audit.values')}</summary><dl><dt>${t('admin.audit.before')}</dt><dd><code>${r.beforeJson || '—'}</code></dd><dt>${t('admin.audit.after')}</dt><dd><code>${r.afterJson || '—'}</code></dd></dl></details>` : '';

/** The column headings (also each cell's label on narrow screens), in the reader's language. */
const columns = (): string[] => (['when', 'who', 'what', 'target', 'reason'] as const).map((c) => t(`admin.audit.column.${c}`));

/** The table, or a sentence when there is nothing to show. */
export function auditTable(entries: readonly AuditRecord[], caption: string): Html {
  if (entries.length === 0) return html`<p>${t('admin.audit.nothing')}</p>`;
  const [when, who, what, to, why] = columns();
  return html`<div class="table-scroll"><table class="audit"><caption>${caption}</caption>
<thead><tr>${[when, who, what, to, why].map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
<tbody>${entries.map((r) => html`<tr><td data-label="${when}">${dateTime(r.createdAt)}</td><td data-label="${who}">${r.actorLogin}</td><td data-label="${what}"><code>${r.action}</code></td><td data-label="${to}">${target(r)}</td><td data-label="${why}">${r.reason}${change(r)}</td></tr>`)}</tbody>
</table></div>`;
}
