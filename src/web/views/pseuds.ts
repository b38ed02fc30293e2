/** An account's pseuds: the list, one pseud's page, its works listing, and the form that adds or edits one. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { workList } from './work-blurb.ts';
import { pagination } from './pagination.ts';
import { filterSidebar } from './work-filters.ts';
import { listingNotices } from './listing-notices.ts';
import { listingHeading } from './works-index.ts';
import { field, csrfField, formMessage, type FormState } from './form.ts';
import { creditName, pseudPagePath } from '../../domain/pseud.ts';
import type { Pseud } from '../../domain/pseud.ts';
import type { AccountPseuds, PseudPage } from '../../actions/pseuds.ts';
import type { FilteredWorks } from '../../actions/filter-works.ts';
import type { PageContext } from './page.ts';

/** "1 - 20 of 45 Works by name"; no "0" when the reader's blocklist hid them all. */
const worksHeading = (works: FilteredWorks, name: string) => (works.window.total === 0 && works.hidden > 0 ? `Works by ${name}` : listingHeading(works, ` by ${name}`));

const credit = (login: string, p: Pseud) => creditName({ login, pseud: p.name });
const worksPath = (login: string, p: Pseud) => `${pseudPagePath(login, p.name)}/works`;

/** A plain-text description: one paragraph per block of lines. */
const description = (text: string): Html | '' => (text.trim()
  ? html`<div class="userstuff pseud-description">${text.trim().split(/\n\s*\n/).map((p) => html`<p>${p.split('\n').map((line, i) => html`${i ? html`<br>` : ''}${line}`)}</p>`)}</div>`
  : '');

/** /users/{login}/pseuds: every pseud of the account. */
export function pseudListPage(ctx: PageContext, a: AccountPseuds): Html {
  const own = ctx.viewer?.id === a.user.id;
  return layout(ctx, `Pseuds of ${a.user.login}`, html`<div class="pseuds-index">
<h1>Pseuds of ${a.user.login}</h1>
<ul class="pseud-list">
${a.pseuds.map((p) => html`<li class="pseud"><h2 class="heading"><a href="${pseudPagePath(a.user.login, p.name)}">${credit(a.user.login, p)}</a>${p.isDefault ? html` <span class="pseud-default">(Default)</span>` : ''}</h2>
${description(p.description)}
<p class="pseud-links"><a href="${worksPath(a.user.login, p)}">Works as ${p.name}</a>${own ? html` · <a href="${pseudPagePath(a.user.login, p.name)}/edit">Edit ${p.name}</a>` : ''}</p></li>`)}
</ul>
<p class="user-links"><a href="/users/${a.user.login}">${a.user.login}’s profile</a>${own ? html` · <a href="/users/${a.user.login}/pseuds/new">New pseud</a>` : ''}</p>
</div>`);
}

/** /users/{login}/pseuds/{name}: the pseud, its description and its newest works. */
export function pseudShowPage(ctx: PageContext, p: PseudPage, works: FilteredWorks): Html {
  const own = ctx.viewer?.id === p.user.id;
  const name = credit(p.user.login, p.pseud);
  return layout(ctx, name, html`<div class="pseud-home">
<h1>${name}${p.pseud.isDefault ? html` <span class="pseud-default">(Default pseud)</span>` : ''}</h1>
${description(p.pseud.description)}
<ul class="user-actions">
<li><a href="${worksPath(p.user.login, p.pseud)}">Works as ${p.pseud.name}</a></li>
<li><a href="/users/${p.user.login}">${p.user.login}’s profile</a></li>
<li><a href="/users/${p.user.login}/pseuds">All pseuds of ${p.user.login}</a></li>
${own ? html`<li><a href="${pseudPagePath(p.user.login, p.pseud.name)}/edit">Edit this pseud</a></li>` : ''}
</ul>
<section aria-labelledby="works-heading" class="works-listing">
<h2 id="works-heading" class="heading">${worksHeading(works, name)}</h2>
${listingNotices({ hidden: works.hidden })}
${workList(works.blurbs, ctx.asset('lock.svg'), works.hidden ? 'Every work here is hidden by your blocklist.' : `No works posted as ${p.pseud.name} yet.`, ctx)}
${pagination(worksPath(p.user.login, p.pseud), works.window, works.query)}
</section>
</div>`);
}

/** /users/{login}/pseuds/{name}/works: the pseud's works with the filter panel, as the author's works page. */
export function pseudWorksPage(ctx: PageContext, p: PseudPage, works: FilteredWorks): Html {
  const path = worksPath(p.user.login, p.pseud);
  const name = credit(p.user.login, p.pseud);
  return layout(ctx, `Works by ${name}`, html`<div class="works-index user-works">
<h1 id="works-heading" class="heading">${worksHeading(works, name)}</h1>
${listingNotices({ hidden: works.hidden })}
${filterSidebar(path, works)}
<section aria-labelledby="works-heading" class="listing">
<h2 class="landmark heading">Works</h2>
${workList(works.blurbs, ctx.asset('lock.svg'), works.hidden ? 'Every work here is hidden by your blocklist.' : `No works posted as ${p.pseud.name} yet.`, ctx)}
${pagination(path, works.window, works.query)}
</section>
<p class="user-links"><a href="${pseudPagePath(p.user.login, p.pseud.name)}">${name}</a> · <a href="/users/${p.user.login}/works">All works by ${p.user.login}</a></p>
</div>
<script type="module" src="${ctx.asset('tag-autocomplete.js')}"></script>`);
}

/** The pseud form's values as typed. */
export interface PseudFormValues { name: string; icon_alt: string; description: string }

/** The form that adds a pseud, or edits `editing` (the default pseud keeps its name; others can be deleted here). */
export function pseudFormPage(ctx: PageContext, login: string, form: FormState, editing?: Pseud): Html {
  const heading = editing ? `Edit pseud ${editing.name}` : 'New pseud';
  const action = editing ? `${pseudPagePath(login, editing.name)}/edit` : `/users/${login}/pseuds`;
  return layout(ctx, heading, html`<h1>${heading}</h1>
${formMessage(form)}
<form method="post" action="${action}" class="stack pseud-form" novalidate>
${csrfField(ctx.csrfToken)}
${editing?.isDefault
    ? html`<p>Name: <strong>${editing.name}</strong> (your default pseud keeps its name)</p>`
    : field(form, { key: 'name', name: 'pseud[name]', label: 'Name', required: true, hint: 'Up to 40 letters, digits, spaces, underscores and hyphens.' })}
${field(form, { key: 'icon_alt', name: 'pseud[icon_alt_text]', label: 'Icon alt text', hint: 'Describes the pseud’s icon for readers who cannot see it.' })}
${field(form, { key: 'description', name: 'pseud[description]', label: 'Description', type: 'textarea', hint: 'Plain text, up to 500 characters.' })}
<p class="actions"><button type="submit">${editing ? 'Save changes' : 'Create the pseud'}</button> <a href="${editing ? pseudPagePath(login, editing.name) : `/users/${login}/pseuds`}">Cancel</a></p>
</form>
${editing && !editing.isDefault ? html`<section aria-labelledby="delete-pseud" class="danger-zone">
<h2 id="delete-pseud">Delete this pseud</h2>
<p>Works, comments and bookmarks posted as ${editing.name} move to your default pseud.</p>
<form method="post" action="${pseudPagePath(login, editing.name)}/delete" class="inline">${csrfField(ctx.csrfToken)}<button type="submit" class="danger">Delete ${editing.name}</button></form>
</section>` : ''}`);
}
