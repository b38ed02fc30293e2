/** Admin page: fandom tags found by prefix, each with its disclaimer (shown under the fandom's works). */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { tabs, adminPageName } from './admin.ts';
import { csrfField } from './form.ts';
import type { TagRef } from '../../storage/tags.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';

/** The fandom list; `error` belongs to the fandom with id `errorId`, whose typed text is kept in `kept`. */
export function adminFandomsPage(ctx: PageContext, query: string, fandoms: readonly TagRef[], failed?: { id: number; error: string; kept: string }): Html {
  const rows = fandoms.map((f) => {
    const error = failed?.id === f.id ? failed.error : '';
    const value = failed?.id === f.id ? failed.kept : f.disclaimerHtml;
    return html`<li class="fandom-disclaimer">
<form method="post" action="/admin/fandoms/${f.id}/disclaimer" class="stack">
${csrfField(ctx.csrfToken)}
<input type="hidden" name="q" value="${query}">
<div class="field${error ? ' has-error' : ''}">
<label for="disclaimer_${f.id}">${t('admin.fandoms.disclaimer_for', { fandom: f.name })}</label>
${error ? html`<p class="error" id="disclaimer_${f.id}_error">${error}</p>` : ''}
<textarea id="disclaimer_${f.id}" name="disclaimer" rows="3"${error ? html` aria-invalid="true" aria-describedby="disclaimer_${f.id}_error"` : ''}>${value}</textarea>
</div>
<p><button type="submit">${t('admin.fandoms.save', { fandom: f.name })}</button></p>
</form></li>`;
  });
  return layout(ctx, adminPageName('fandoms'), html`<h1>${t('admin.heading')}</h1>${tabs('fandoms')}
<h2>${adminPageName('fandoms')}</h2>
<p>${t('admin.fandoms.intro')}</p>
<form method="get" action="/admin/fandoms" role="search" class="inline">
<label for="q">${t('admin.fandoms.search')}</label> <input type="search" id="q" name="q" value="${query}"> <button type="submit">${t('admin.search')}</button>
</form>
${fandoms.length ? html`<ul class="fandom-disclaimers">${rows}</ul>` : html`<p>${query ? t('admin.fandoms.none_start', { query }) : t('admin.fandoms.none')}</p>`}`);
}
