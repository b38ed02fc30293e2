/** Audit entries as a table: when, who, what, to what, why, and the values before and after. */
import { html, type Html } from './html.ts';
import { dateTime } from './time.ts';
import type { AuditRecord } from '../../storage/audit-log.ts';

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
  r.beforeJson || r.afterJson ? html`<details><summary>Values</summary><dl><dt>Before</dt><dd><code>${r.beforeJson || '—'}</code></dd><dt>After</dt><dd><code>${r.afterJson || '—'}</code></dd></dl></details>` : '';

/** The table, or a sentence when there is nothing to show. */
export function auditTable(entries: readonly AuditRecord[], caption: string): Html {
  if (entries.length === 0) return html`<p>Nothing recorded.</p>`;
  return html`<div class="table-scroll"><table class="audit"><caption>${caption}</caption>
<thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">Target</th><th scope="col">Reason</th></tr></thead>
<tbody>${entries.map((r) => html`<tr><td data-label="When">${dateTime(r.createdAt)}</td><td data-label="Who">${r.actorLogin}</td><td data-label="What"><code>${r.action}</code></td><td data-label="Target">${target(r)}</td><td data-label="Reason">${r.reason}${change(r)}</td></tr>`)}</tbody>
</table></div>`;
}
