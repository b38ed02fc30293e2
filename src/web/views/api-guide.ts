/** /api: the read API explained for people who build tools (docs/api.md has the full reference). */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';

/** What the guide needs to know about this archive. */
export interface ApiGuide {
  base: string;
  guestLimit: number;
  tokenLimit: number;
  /** Each endpoint's address and summary (in the reader's language), from the route table. */
  endpoints: { path: string; summary: string; member: boolean }[];
}

/** The catalog key of an API route's summary: `/works/:id/chapters/:cid` → `api.endpoint.works_id_chapters_cid`. */
export const endpointSummaryKey = (url: string): string => `api.endpoint.${url.replace(/[^a-z]+/gi, '_').replace(/^_+|_+$/g, '').toLowerCase()}`;

/** An API route's summary in the reader's language (the OpenAPI document keeps the English one). */
export const endpointSummary = (url: string): string => t(endpointSummaryKey(url));

// Header, field and status names are the protocol's own words: they stay as they are in every language, and read
// left to right inside an Arabic sentence (dir isolates them, so "{id}" stays at the end of its address).
const code = (text: string): Html => html`<code dir="ltr">${text}</code>`;

/** The page. */
export function apiGuidePage(ctx: PageContext, g: ApiGuide): Html {
  const doc = `${g.base}/api/v1/openapi.json`;
  const title = t('api.guide.title');
  return layout(ctx, title, html`<div class="site-page">
<h1>${title}</h1>
<p>${tHtml('api.guide.intro', { base: code(`${g.base}/api/v1/`) })}</p>
<p>${tHtml('api.guide.document', { link: html`<a href="/api/v1/openapi.json" dir="ltr">${doc}</a>` })}</p>
<h2>${t('api.guide.tokens.heading')}</h2>
<p>${ctx.viewer
    ? tHtml('api.guide.tokens.member', { create: html`<a href="/settings/api-tokens">${t('api.guide.tokens.create_link')}</a>` })
    : tHtml('api.guide.tokens.guest', { login: html`<a href="/users/login?return_to=%2Fsettings%2Fapi-tokens">${t('api.guide.tokens.login_link')}</a>` })}</p>
<pre tabindex="0" dir="ltr"><code>curl -H 'Authorization: Bearer quire_…' \
  ${g.base}/api/v1/me/bookmarks</code></pre>
<p>${tHtml('api.guide.tokens.reads', { opds: html`<a href="/opds">${t('api.guide.opds_link')}</a>` })}</p>
<h2>${t('api.guide.limits.heading')}</h2>
<ul>
<li>${tHtml('api.guide.limits.pages', { next: code('next'), cursor: code('cursor') })}</li>
<li>${tHtml('api.guide.limits.etag', { etag: code('ETag'), lastModified: code('Last-Modified'), ifNoneMatch: code('If-None-Match'), ifModifiedSince: code('If-Modified-Since'), notModified: code('304 Not Modified') })}</li>
<li>${tHtml('api.guide.limits.rate', { guests: g.guestLimit, tokens: g.tokenLimit, limit: code('RateLimit-Limit'), remaining: code('RateLimit-Remaining'), reset: code('RateLimit-Reset'), tooMany: code('429'), retryAfter: code('Retry-After') })}</li>
<li>${tHtml('api.guide.limits.errors', { shape: code('{"error": {"code", "message", "param"}}') })}</li>
<li>${t('api.guide.limits.cors')}</li>
</ul>
<h2>${t('api.guide.endpoints.heading')}</h2>
<ul class="api-endpoints">${g.endpoints.map((e) => html`<li>${code(`GET /api/v1${e.path}`)} – ${e.member ? t('api.guide.endpoint.member', { summary: e.summary }) : e.summary}</li>`)}</ul>
</div>`);
}
