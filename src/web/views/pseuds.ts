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
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';

/** "1 - 20 of 45 Works by name"; no "0" when the reader's blocklist hid them all. */
const worksHeading = (works: FilteredWorks, name: string) => (works.window.total === 0 && works.hidden > 0 ? t('member.works_by', { name }) : listingHeading(works, 'by', name));

const credit = (login: string, p: Pseud) => creditName({ login, pseud: p.name });
const worksPath = (login: string, p: Pseud) => `${pseudPagePath(login, p.name)}/works`;

/** A plain-text description: one paragraph per block of lines. */
const description = (text: string): Html | '' => (text.trim()
  ? html`<div class="userstuff pseud-description">${text.trim().split(/\n\s*\n/).map((p) => html`<p>${p.split('\n').map((line, i) => html`${i ? html`<br>` : ''}${line}`)}</p>`)}</div>`
  : '');

/** /users/{login}/pseuds: every pseud of the account. */
export function pseudListPage(ctx: PageContext, a: AccountPseuds): Html {
  const own = ctx.viewer?.id === a.user.id;
  return layout(ctx, t('member.pseuds.of', { name: a.user.login }), html`<div class="pseuds-index">
<h1>${t('member.pseuds.of', { name: a.user.login })}</h1>
<ul class="pseud-list">
${a.pseuds.map((p) => html`<li class="pseud"><h2 class="heading"><a href="${pseudPagePath(a.user.login, p.name)}">${credit(a.user.login, p)}</a>${p.isDefault ? html` <span class="pseud-default">${t('member.pseuds.default')}</span>` : ''}</h2>
${description(p.description)}
<p class="pseud-links"><a href="${worksPath(a.user.login, p)}">${t('member.pseuds.works_as', { name: p.name })}</a>${own ? html` · <a href="${pseudPagePath(a.user.login, p.name)}/edit">${t('member.pseuds.edit_named', { name: p.name })}</a>` : ''}</p></li>`)}
</ul>
<p class="user-links"><a href="/users/${a.user.login}">${t('member.profile.of', { name: a.user.login })}</a>${own ? html` · <a href="/users/${a.user.login}/pseuds/new">${t('member.pseuds.new')}</a>` : ''}</p>
</div>`);
}

/** /users/{login}/pseuds/{name}: the pseud, its description and its newest works. */
export function pseudShowPage(ctx: PageContext, p: PseudPage, works: FilteredWorks): Html {
  const own = ctx.viewer?.id === p.user.id;
  const name = credit(p.user.login, p.pseud);
  return layout(ctx, name, html`<div class="pseud-home">
<h1>${name}${p.pseud.isDefault ? html` <span class="pseud-default">${t('member.pseuds.default_pseud')}</span>` : ''}</h1>
${description(p.pseud.description)}
<ul class="user-actions">
<li><a href="${worksPath(p.user.login, p.pseud)}">${t('member.pseuds.works_as', { name: p.pseud.name })}</a></li>
<li><a href="/users/${p.user.login}">${t('member.profile.of', { name: p.user.login })}</a></li>
<li><a href="/users/${p.user.login}/pseuds">${t('member.pseuds.all_of', { name: p.user.login })}</a></li>
${own ? html`<li><a href="${pseudPagePath(p.user.login, p.pseud.name)}/edit">${t('member.pseuds.edit_this')}</a></li>` : ''}
</ul>
<section aria-labelledby="works-heading" class="works-listing">
<h2 id="works-heading" class="heading">${worksHeading(works, name)}</h2>
${listingNotices({ hidden: works.hidden })}
${workList(works.blurbs, ctx.asset('lock.svg'), works.hidden ? t('member.empty.all_hidden') : t('member.pseuds.empty', { name: p.pseud.name }), ctx)}
${pagination(worksPath(p.user.login, p.pseud), works.window, works.query)}
</section>
</div>`);
}

/** /users/{login}/pseuds/{name}/works: the pseud's works with the filter panel, as the author's works page. */
export function pseudWorksPage(ctx: PageContext, p: PseudPage, works: FilteredWorks): Html {
  const path = worksPath(p.user.login, p.pseud);
  const name = credit(p.user.login, p.pseud);
  return layout(ctx, t('member.works_by', { name }), html`<div class="works-index user-works">
<h1 id="works-heading" class="heading">${worksHeading(works, name)}</h1>
${listingNotices({ hidden: works.hidden })}
${filterSidebar(path, works)}
<section aria-labelledby="works-heading" class="listing">
<h2 class="landmark heading">${t('listing.works')}</h2>
${workList(works.blurbs, ctx.asset('lock.svg'), works.hidden ? t('member.empty.all_hidden') : t('member.pseuds.empty', { name: p.pseud.name }), ctx)}
${pagination(path, works.window, works.query)}
</section>
<p class="user-links"><a href="${pseudPagePath(p.user.login, p.pseud.name)}">${name}</a> · <a href="/users/${p.user.login}/works">${t('member.all_works_by', { name: p.user.login })}</a></p>
</div>
<script type="module" src="${ctx.asset('tag-autocomplete.js')}"></script>`);
}

/** The pseud form's values as typed. */
export interface PseudFormValues { name: string; icon_alt: string; description: string }

/** The form that adds a pseud, or edits `editing` (the default pseud keeps its name; others can be deleted here). */
export function pseudFormPage(ctx: PageContext, login: string, form: FormState, editing?: Pseud): Html {
  const heading = editing ? t('member.pseuds.edit_heading', { name: editing.name }) : t('member.pseuds.new');
  const action = editing ? `${pseudPagePath(login, editing.name)}/edit` : `/users/${login}/pseuds`;
  return layout(ctx, heading, html`<h1>${heading}</h1>
${formMessage(form)}
<form method="post" action="${action}" class="stack pseud-form" novalidate>
${csrfField(ctx.csrfToken)}
${editing?.isDefault
    ? html`<p>${tHtml('member.pseuds.default_name', { name: html`<strong>${editing.name}</strong>` })}</p>`
    : field(form, { key: 'name', name: 'pseud[name]', label: t('member.pseuds.name'), required: true, hint: t('member.pseuds.name_hint') })}
${field(form, { key: 'icon_alt', name: 'pseud[icon_alt_text]', label: t('member.pseuds.icon_alt'), hint: t('member.pseuds.icon_alt_hint') })}
${field(form, { key: 'description', name: 'pseud[description]', label: t('member.pseuds.description'), type: 'textarea', hint: t('member.pseuds.description_hint') })}
<p class="actions"><button type="submit">${editing ? t('member.pseuds.save') : t('member.pseuds.create')}</button> <a href="${editing ? pseudPagePath(login, editing.name) : `/users/${login}/pseuds`}">${t('member.cancel')}</a></p>
</form>
${editing && !editing.isDefault ? html`<section aria-labelledby="delete-pseud" class="danger-zone">
<h2 id="delete-pseud">${t('member.pseuds.delete_heading')}</h2>
<p>${t('member.pseuds.delete_note', { name: editing.name })}</p>
<form method="post" action="${pseudPagePath(login, editing.name)}/delete" class="inline">${csrfField(ctx.csrfToken)}<button type="submit" class="danger">${t('member.pseuds.delete_named', { name: editing.name })}</button></form>
</section>` : ''}`);
}
