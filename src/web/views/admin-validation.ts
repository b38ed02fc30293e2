/** /admin/validation: new authors' works waiting for a moderator, each with approve and reject (with a reason). */
import { html, raw, type Html } from './html.ts';
import { layout } from './layout.ts';
import { csrfField, formMessage, type FormState } from './form.ts';
import { dateTime } from './time.ts';
import { tabs } from './admin.ts';
import type { PendingWork } from '../../storage/validation-queue.ts';
import type { PageContext } from './page.ts';

/** What the page shows; `failed` is the work whose decision came back with an error. */
export interface ValidationQueueModel {
  works: PendingWork[];
  total: number;
  validating: boolean;
  failed?: { workId: number; form: FormState };
}

function item(ctx: PageContext, w: PendingWork, failed: FormState | undefined): Html {
  const reasonId = `reject_reason_${w.id}`;
  const error = failed?.errors.reason;
  return html`<li class="pending-work" aria-labelledby="pending_${w.id}">
<h3 id="pending_${w.id}"><a href="/works/${w.id}">${w.title}</a> by <a href="/users/${w.ownerLogin}">${w.ownerLogin}</a></h3>
<p class="hint">${w.wordCount.toLocaleString('en')} words, ${w.chapterCount} chapter${w.chapterCount === 1 ? '' : 's'}; waiting since ${dateTime(w.heldAt)}.</p>
${w.summaryHtml ? html`<blockquote class="userstuff summary">${raw(w.summaryHtml)}</blockquote>` : ''}
${failed && !error ? formMessage(failed) : ''}
<form method="post" action="/admin/validation/${w.id}/approve" class="inline">${csrfField(ctx.csrfToken)}<button type="submit">Approve<span class="visually-hidden"> “${w.title}”</span></button></form>
<form method="post" action="/admin/validation/${w.id}/reject" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
<div class="field${error ? ' has-error' : ''}"><label for="${reasonId}">Reason for rejecting (mailed to ${w.ownerLogin})</label>
${error ? html`<p class="error" id="${reasonId}_error">${error}</p>` : ''}
<textarea id="${reasonId}" name="reason" rows="2"${error ? html` aria-invalid="true" aria-describedby="${reasonId}_error"` : ''}>${failed?.values.reason ?? ''}</textarea></div>
<p><button type="submit" class="danger">Reject and return to drafts<span class="visually-hidden">: “${w.title}”</span></button></p>
</form>
</li>`;
}

/** The page. */
export function validationQueuePage(ctx: PageContext, m: ValidationQueueModel): Html {
  const admin = ctx.viewer?.role === 'admin';
  return layout(ctx, 'Validation queue', html`${admin ? html`<h1>Administration</h1>${tabs('validation')}<h2>Validation queue</h2>` : html`<h1>Validation queue</h1>`}
${m.validating ? '' : html`<p class="notice">New authors’ works are not being held now${admin ? html` (see <a href="/admin/policies">Policies</a>)` : ''}; works already waiting are listed below.</p>`}
<p>Approving puts the work up and trusts its author, so their later works are posted straight away. Rejecting returns the work to its author’s drafts with your reason.</p>
<p>${m.total === 0 ? 'No works are waiting.' : `${m.total.toLocaleString('en')} ${m.total === 1 ? 'work waits' : 'works wait'}, oldest first${m.total > m.works.length ? ` (the first ${m.works.length} are shown)` : ''}.`}</p>
${m.works.length ? html`<ul class="pending-works">${m.works.map((w) => item(ctx, w, m.failed?.workId === w.id ? m.failed.form : undefined))}</ul>` : ''}`);
}
