/** Settings → API tokens: make a named token (shown once), see when each was made and last used, revoke. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { field, csrfField, formMessage, type FormState } from './form.ts';
import { tabs } from './settings.ts';
import { dateTime } from './time.ts';
import type { PageContext } from './page.ts';
import type { ApiTokenRecord } from '../../storage/api-tokens.ts';
import type { CreatedApiToken } from '../../actions/api-tokens.ts';

/** The token just made, shown this one time. */
const created = (c: CreatedApiToken) => html`<section class="notice" aria-labelledby="new-token-heading" role="status">
<h3 id="new-token-heading">Your new token “${c.record.name}”</h3>
<div class="field"><label for="new_token">Copy it now: the archive keeps only a fingerprint of it and cannot show it again.</label>
<input type="text" id="new_token" value="${c.token}" readonly spellcheck="false" autocomplete="off"></div>
</section>`;

function tokenTable(tokens: ApiTokenRecord[], csrf: string): Html {
  if (tokens.length === 0) return html`<p>You have no API tokens.</p>`;
  return html`<div class="table-scroll"><table class="accounts"><caption>Your tokens</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Created</th><th scope="col">Last used</th><th scope="col"><span class="visually-hidden">Revoke</span></th></tr></thead>
<tbody>${tokens.map((t) => html`<tr><th scope="row">${t.name}</th><td>${dateTime(t.createdAt)}</td><td>${t.lastUsedAt === null ? 'Never' : dateTime(t.lastUsedAt)}</td>
<td><form method="post" action="/settings/api-tokens/${t.id}/delete">${csrfField(csrf)}<button type="submit" aria-label="Revoke ${t.name}">Revoke</button></form></td></tr>`)}</tbody>
</table></div>`;
}

/** The page; `fresh` is the token just made, if any. */
export function apiTokensPage(ctx: PageContext, tokens: ApiTokenRecord[], form: FormState, fresh?: CreatedApiToken): Html {
  return layout(ctx, 'API tokens', html`<h1>Settings</h1>${tabs('api-tokens')}
<h2>API tokens</h2>
<p>A personal API token lets a program or an e-reader read the archive as you through the <a href="/api">read API</a> and the <a href="/opds">OPDS catalog</a>: members-only works, your drafts, your bookmarks (private ones too) and your reading history. A token can only read; it cannot post, comment or change anything. Keep it secret like a password, and revoke it when a device or tool no longer needs it. Tokens stop working while the account is suspended.</p>
${fresh ? created(fresh) : ''}
<section aria-labelledby="create-token-heading"><h3 id="create-token-heading">Create a token</h3>
${formMessage(form)}
<form method="post" action="/settings/api-tokens" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
${field(form, { key: 'name', name: 'token[name]', label: 'Name', hint: 'What will use it, e.g. “KOReader on my e-reader”.', autocomplete: 'off' })}
<p><button type="submit">Create token</button></p>
</form></section>
<section aria-labelledby="tokens-heading"><h3 id="tokens-heading">Tokens</h3>
${tokenTable(tokens, ctx.csrfToken)}</section>`);
}
