/** The archive's own pages: support, contact and rules (texts written by admins) and the site map. */
import { html, raw, type Html } from './html.ts';
import { layout } from './layout.ts';
import { tagWorksPath } from '../urls.ts';
import type { FandomCount } from '../../storage/tags.ts';
import type { PageContext } from './page.ts';

/** One admin-written page; `sanitizedHtml` was cleaned when it was saved. */
export function sitePage(ctx: PageContext, title: string, sanitizedHtml: string): Html {
  const admin = ctx.viewer?.role === 'admin';
  return layout(ctx, title, html`<div class="site-page">
<h1>${title}</h1>
${sanitizedHtml ? html`<div class="userstuff">${raw(sanitizedHtml)}</div>` : html`<p>The archive’s team has not written this page yet.</p>`}
${admin ? html`<p><a href="/admin/settings">Edit this page in the site settings</a></p>` : ''}
</div>`);
}

/** The site map: the archive's pages and every fandom in use. */
export function siteMapPage(ctx: PageContext, fandoms: readonly FandomCount[]): Html {
  return layout(ctx, 'Site map', html`<div class="site-map">
<h1>Site map</h1>
<h2>Pages</h2>
<ul>
<li><a href="/">Home</a></li>
<li><a href="/support">Support</a></li>
<li><a href="/contact">Contact</a></li>
<li><a href="/rules">Rules and terms</a></li>
<li><a href="/works">All works</a></li>
<li><a href="/media">Fandoms by media type</a></li>
${ctx.viewer ? html`<li><a href="/settings/filters">Your saved filters</a></li><li><a href="/settings/blocklist">Your blocklist</a></li>` : ''}
${ctx.viewer ? html`<li><a href="/users/${ctx.viewer.login}">Your profile and works</a></li><li><a href="/works/new">Post a work</a></li>` : html`<li><a href="/users/login">Log in</a></li><li><a href="/users/new">Sign up</a></li>`}
</ul>
<h2>Fandoms</h2>
${fandoms.length
  ? html`<ul class="fandoms">${fandoms.map((f) => html`<li><a class="tag" href="${tagWorksPath(f.name)}">${f.name}</a> <span class="count">(${f.works.toLocaleString('en')})</span></li>`)}</ul>`
  : html`<p>No works have been posted yet.</p>`}
</div>`);
}
