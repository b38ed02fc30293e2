/** The form that starts or edits a collection. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { field, checkbox, csrfField, formMessage, type FormState } from './form.ts';
import { collectionPath } from '../collection-urls.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';

/** The form's values as typed (`open`/`moderated` are '1' when ticked). */
export interface CollectionFormValues { name: string; title: string; description: string; open: string; moderated: string }

/** The form page; `name` is given when editing (the name cannot change then). */
export function collectionFormPage(ctx: PageContext, form: FormState, name?: string): Html {
  const heading = name ? t('posting.collection.heading.edit') : t('posting.collection.heading.new');
  return layout(ctx, heading, html`<h1>${heading}</h1>
${formMessage(form)}
<form method="post" action="${name ? collectionPath(name) : '/collections'}" class="stack collection-form" novalidate>
${csrfField(ctx.csrfToken)}
${name ? html`<p>${tHtml('posting.collection.address', { address: html`<a href="${collectionPath(name)}">${collectionPath(name)}</a>` })}</p>` : field(form, { key: 'name', name: 'collection[name]', label: t('posting.collection.name'), required: true, hint: t('posting.collection.name.hint') })}
${field(form, { key: 'title', name: 'collection[title]', label: t('posting.collection.title'), required: true })}
${field(form, { key: 'description', name: 'collection[description]', label: t('posting.series.description'), type: 'textarea', hint: t('posting.collection.description.hint') })}
${checkbox(form, { key: 'open', name: 'collection[open]', label: t('posting.collection.open') })}
${checkbox(form, { key: 'moderated', name: 'collection[moderated]', label: t('posting.collection.moderated') })}
<p class="actions"><button type="submit">${name ? t('posting.save_changes') : t('posting.collection.start')}</button></p>
</form>`);
}
