/** A moderators' page for a comment, series or collection: what it is, its state, and one form per action, each with a reason. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { field, csrfField, formMessage, type FormState } from './form.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';

/** One action's form. */
export interface ItemAction {
  /** The form's target, e.g. /admin/comments/12/hide. */
  path: string;
  /** Its key in the form state (which form failed). */
  key: string;
  label: string;
  hint: string;
}

/** What the page shows. */
export interface ModerateItemModel {
  title: string;
  /** The item shown in place, and its state. */
  about: Html;
  actions: readonly ItemAction[];
  reportId: number | undefined;
}

/** The page. */
export function moderateItemPage(ctx: PageContext, m: ModerateItemModel, form: FormState): Html {
  return layout(ctx, m.title, html`<h1>${m.title}</h1>
${m.about}
${formMessage(form)}
${m.actions.map((a) => html`<form method="post" action="${a.path}" class="stack moderation-action">
${csrfField(ctx.csrfToken)}
${m.reportId !== undefined ? html`<input type="hidden" name="report_id" value="${m.reportId}">` : ''}
<h2>${a.label}</h2>
${field(form.values.action === a.key ? form : { values: {}, errors: {} }, { key: 'reason', name: 'reason', label: t('moderation.reason'), type: 'textarea', required: true, hint: a.hint })}
<p><button type="submit">${a.label}</button></p>
</form>`)}
${m.actions.length === 0 ? html`<p>${t('moderation.item.nothing_to_do')}</p>` : ''}`);
}
