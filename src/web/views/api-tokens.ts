/** Settings → API tokens: make a named token (shown once), see when each was made and last used, revoke. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { field, csrfField, formMessage, type FormState } from './form.ts';
import { tabs, settingsTabName } from './settings.ts';
import { dateTime } from './time.ts';
import type { PageContext } from './page.ts';
import type { ApiTokenRecord } from '../../storage/api-tokens.ts';
import type { CreatedApiToken } from '../../actions/api-tokens.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';

/** The token just made, shown this one time. */
const created = (c: CreatedApiToken) => html`<section class="notice" aria-labelledby="new-token-heading" role="status">
<h3 id="new-token-heading">${t('api.tokens.new.heading', { name: c.record.name })}</h3>
<div class="field"><label for="new_token">${t('api.tokens.new.copy')}</label>
<input type="text" id="new_token" value="${c.token}" readonly spellcheck="false" autocomplete="off"></div>
</section>`;

function tokenTable(tokens: ApiTokenRecord[], csrf: string): Html {
  if (tokens.length === 0) return html`<p>${t('api.tokens.none')}</p>`;
  return html`<div class="table-scroll"><table class="accounts"><caption>${t('api.tokens.caption')}</caption>
<thead><tr><th scope="col">${t('api.tokens.name')}</th><th scope="col">${t('api.tokens.created')}</th><th scope="col">${t('api.tokens.last_used')}</th><th scope="col"><span class="visually-hidden">${t('api.tokens.revoke')}</span></th></tr></thead>
<tbody>${tokens.map((tk) => html`<tr><th scope="row">${tk.name}</th><td>${dateTime(tk.createdAt)}</td><td>${tk.lastUsedAt === null ? t('api.tokens.never') : dateTime(tk.lastUsedAt)}</td>
<td><form method="post" action="/settings/api-tokens/${tk.id}/delete">${csrfField(csrf)}<button type="submit" aria-label="${t('api.tokens.revoke_named', { name: tk.name })}">${t('api.tokens.revoke')}</button></form></td></tr>`)}</tbody>
</table></div>`;
}

/** The page; `fresh` is the token just made, if any. */
export function apiTokensPage(ctx: PageContext, tokens: ApiTokenRecord[], form: FormState, fresh?: CreatedApiToken): Html {
  const heading = settingsTabName('api-tokens');
  return layout(ctx, heading, html`<h1>${t('chrome.menu.settings')}</h1>${tabs('api-tokens')}
<h2>${heading}</h2>
<p>${tHtml('api.tokens.intro', { api: html`<a href="/api">${t('api.tokens.api_link')}</a>`, opds: html`<a href="/opds">${t('api.guide.opds_link')}</a>` })}</p>
${fresh ? created(fresh) : ''}
<section aria-labelledby="create-token-heading"><h3 id="create-token-heading">${t('api.tokens.create.heading')}</h3>
${formMessage(form)}
<form method="post" action="/settings/api-tokens" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
${field(form, { key: 'name', name: 'token[name]', label: t('api.tokens.name'), hint: t('api.tokens.name_hint'), autocomplete: 'off' })}
<p><button type="submit">${t('api.tokens.create.button')}</button></p>
</form></section>
<section aria-labelledby="tokens-heading"><h3 id="tokens-heading">${t('api.tokens.list.heading')}</h3>
${tokenTable(tokens, ctx.csrfToken)}</section>`);
}
