/** The archive's own pages: support, contact and rules (texts written by admins) and the site map. */
import { html, raw, type Html } from './html.ts';
import { layout } from './layout.ts';
import { tagWorksPath } from '../urls.ts';
import type { FandomCount } from '../../storage/tags.ts';
import type { PageContext } from './page.ts';
import { formatNumber, t } from '../../i18n/translate.ts';

/** One admin-written page; `sanitizedHtml` was cleaned when it was saved. */
export function sitePage(ctx: PageContext, title: string, sanitizedHtml: string): Html {
  const admin = ctx.viewer?.role === 'admin';
  return layout(ctx, title, html`<div class="site-page">
<h1>${title}</h1>
${sanitizedHtml ? html`<div class="userstuff">${raw(sanitizedHtml)}</div>` : html`<p>${t('site.page.unwritten')}</p>`}
${admin ? html`<p><a href="/admin/settings">${t('site.page.edit')}</a></p>` : ''}
</div>`);
}

/** The site map: the archive's pages and every fandom in use. */
export function siteMapPage(ctx: PageContext, fandoms: readonly FandomCount[]): Html {
  return layout(ctx, t('site.map.title'), html`<div class="site-map">
<h1>${t('site.map.title')}</h1>
<h2>${t('site.map.pages')}</h2>
<ul>
<li><a href="/">${t('home.title')}</a></li>
<li><a href="/support">${t('chrome.footer.support')}</a></li>
<li><a href="/contact">${t('chrome.footer.contact')}</a></li>
<li><a href="/rules">${t('chrome.footer.rules')}</a></li>
<li><a href="/works">${t('site.map.works')}</a></li>
<li><a href="/media">${t('site.map.media')}</a></li>
${ctx.viewer ? html`<li><a href="/settings/filters">${t('site.map.filters')}</a></li><li><a href="/settings/blocklist">${t('site.map.blocklist')}</a></li>` : ''}
${ctx.viewer ? html`<li><a href="/users/${ctx.viewer.login}">${t('site.map.profile')}</a></li><li><a href="/works/new">${t('site.map.post')}</a></li>` : html`<li><a href="/users/login">${t('chrome.account.log_in')}</a></li><li><a href="/users/new">${t('chrome.account.sign_up')}</a></li>`}
</ul>
<h2>${t('home.fandoms')}</h2>
${fandoms.length
  ? html`<ul class="fandoms">${fandoms.map((f) => html`<li><a class="tag" href="${tagWorksPath(f.name)}">${f.name}</a> <span class="count">(${formatNumber(f.works)})</span></li>`)}</ul>`
  : html`<p>${t('home.recent.none')}</p>`}
</div>`);
}
