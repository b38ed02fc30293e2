/** /api: the read API explained for people who build tools (docs/api.md has the full reference). */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import type { PageContext } from './page.ts';

/** What the guide needs to know about this archive. */
export interface ApiGuide {
  base: string;
  guestLimit: number;
  tokenLimit: number;
  /** Each endpoint's address and summary, from the route table. */
  endpoints: { path: string; summary: string; member: boolean }[];
}

/** The page. */
export function apiGuidePage(ctx: PageContext, g: ApiGuide): Html {
  const doc = `${g.base}/api/v1/openapi.json`;
  return layout(ctx, 'Read API', html`<div class="site-page">
<h1>Read API</h1>
<p>Everything a reader can see on this archive is also available as JSON under <code>${g.base}/api/v1/</code>, for tools, e-reader apps and scripts. The API only reads: it cannot post, comment or change anything. It follows the same rules as the web pages: drafts, hidden and deleted works stay out, members-only works need a member’s token, and a member’s blocklist applies to what their token lists.</p>
<p>The full description is an OpenAPI 3.1 document: <a href="/api/v1/openapi.json">${doc}</a>.</p>
<h2>Personal API tokens</h2>
<p>Without a token you read as a guest. ${ctx.viewer ? html`<a href="/settings/api-tokens">Create a token in your settings</a>` : html`Members create tokens in their settings (<a href="/users/login?return_to=%2Fsettings%2Fapi-tokens">log in</a>)`}, then send it with each request:</p>
<pre tabindex="0"><code>curl -H 'Authorization: Bearer quire_…' \
  ${g.base}/api/v1/me/bookmarks</code></pre>
<p>A token reads members-only works and its member’s own drafts, bookmarks (private ones too) and reading history. It is shown once when created and can be revoked at any time. The same token works in the <a href="/opds">OPDS catalog</a> for e-readers.</p>
<h2>Pages, caching and limits</h2>
<ul>
<li>Lists come a page at a time; the <code>next</code> field holds the address of the next page (with an opaque <code>cursor</code>), or null on the last.</li>
<li>Answers carry an <code>ETag</code> (and <code>Last-Modified</code> where the text has a date): send it back in <code>If-None-Match</code> (or <code>If-Modified-Since</code>) and an unchanged answer is a short <code>304 Not Modified</code>.</li>
<li>Guests may make ${g.guestLimit} requests a minute per address, each token ${g.tokenLimit}. Every answer says where you stand in <code>RateLimit-Limit</code>, <code>RateLimit-Remaining</code> and <code>RateLimit-Reset</code>; past the limit the answer is <code>429</code> with <code>Retry-After</code>.</li>
<li>Errors are JSON: <code>{"error": {"code", "message", "param"}}</code> with the HTTP status saying what kind.</li>
<li>Browsers on other sites may call the API (CORS), with or without a token.</li>
</ul>
<h2>Endpoints</h2>
<ul class="api-endpoints">${g.endpoints.map((e) => html`<li><code>GET /api/v1${e.path}</code> – ${e.summary}${e.member ? ' (token only)' : ''}</li>`)}</ul>
</div>`);
}
