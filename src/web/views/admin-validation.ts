/** /admin/validation: new authors' works waiting for a moderator, each with approve and reject (with a reason). */
import { html, raw, type Html } from './html.ts';
import { layout } from './layout.ts';
import { csrfField, formMessage, type FormState } from './form.ts';
import { dateTime } from './time.ts';
import { tabs, adminPageName } from './admin.ts';
import type { PendingWork } from '../../storage/validation-queue.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';

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
<h3 id="pending_${w.id}">${tHtml('moderation.work.by', { work: html`<a href="/works/${w.id}">${w.title}</a>`, byline: html`<a href="/users/${w.ownerLogin}">${w.ownerLogin}</a>` })}</h3>
<p class="hint">${tHtml('admin.validation.facts', { words: w.wordCount, chapters: w.chapterCount, date: dateTime(w.heldAt) })}</p>
${w.summaryHtml ? html`<blockquote class="userstuff summary">${raw(w.summaryHtml)}</blockquote>` : ''}
${failed && !error ? formMessage(failed) : ''}
<form method="post" action="/admin/validation/${w.id}/approve" class="inline">${csrfField(ctx.csrfToken)}<button type="submit">${t('admin.validation.approve')}<span class="visually-hidden"> “${w.title}”</span></button></form>
<form method="post" action="/admin/validation/${w.id}/reject" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
<div class="field${error ? ' has-error' : ''}"><label for="${reasonId}">${t('admin.validation.reason', { login: w.ownerLogin })}</label>
${error ? html`<p class="error" id="${reasonId}_error">${error}</p>` : ''}
<textarea id="${reasonId}" name="reason" rows="2"${error ? html` aria-invalid="true" aria-describedby="${reasonId}_error"` : ''}>${failed?.values.reason ?? ''}</textarea></div>
<p><button type="submit" class="danger">${t('admin.validation.reject')}<span class="visually-hidden">: “${w.title}”</span></button></p>
</form>
</li>`;
}

/** The page. */
export function validationQueuePage(ctx: PageContext, m: ValidationQueueModel): Html {
  const admin = ctx.viewer?.role === 'admin';
  return layout(ctx, adminPageName('validation'), html`${admin ? html`<h1>${t('admin.heading')}</h1>${tabs('validation')}<h2>${adminPageName('validation')}</h2>` : html`<h1>${adminPageName('validation')}</h1>`}
${m.validating ? '' : html`<p class="notice">${admin ? tHtml('admin.validation.off.admin', { policies: html`<a href="/admin/policies">${adminPageName('policies')}</a>` }) : t('admin.validation.off')}</p>`}
<p>${t('admin.validation.intro')}</p>
<p>${m.total > m.works.length ? t('admin.validation.waiting.some', { count: m.total, shown: m.works.length }) : t('admin.validation.waiting', { count: m.total })}</p>
${m.works.length ? html`<ul class="pending-works">${m.works.map((w) => item(ctx, w, m.failed?.workId === w.id ? m.failed.form : undefined))}</ul>` : ''}`);
}
