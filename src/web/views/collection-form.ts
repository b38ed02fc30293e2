/** The form that starts or edits a collection. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { field, checkbox, csrfField, formMessage, type FormState } from './form.ts';
import { collectionPath } from '../collection-urls.ts';
import type { PageContext } from './page.ts';

/** The form's values as typed (`open`/`moderated` are '1' when ticked). */
export interface CollectionFormValues { name: string; title: string; description: string; open: string; moderated: string }

/** The form page; `name` is given when editing (the name cannot change then). */
export function collectionFormPage(ctx: PageContext, form: FormState, name?: string): Html {
  const heading = name ? 'Edit collection' : 'Start a collection';
  return layout(ctx, heading, html`<h1>${heading}</h1>
${formMessage(form)}
<form method="post" action="${name ? collectionPath(name) : '/collections'}" class="stack collection-form" novalidate>
${csrfField(ctx.csrfToken)}
${name ? html`<p>Address: <a href="${collectionPath(name)}">${collectionPath(name)}</a></p>` : field(form, { key: 'name', name: 'collection[name]', label: 'Name', required: true, hint: 'The collection’s address: letters, digits and underscores, e.g. winter_fest_2025. It cannot be changed later.' })}
${field(form, { key: 'title', name: 'collection[title]', label: 'Title', required: true })}
${field(form, { key: 'description', name: 'collection[description]', label: 'Description', type: 'textarea', hint: 'Simple HTML allowed.' })}
${checkbox(form, { key: 'open', name: 'collection[open]', label: 'Open: authors can add their works' })}
${checkbox(form, { key: 'moderated', name: 'collection[moderated]', label: 'Moderated: works added by others wait for your approval' })}
<p class="actions"><button type="submit">${name ? 'Save changes' : 'Start the collection'}</button></p>
</form>`);
}
