/** The archive's own pages: support, contact and rules (texts written by admins) and the site map. */
import { html, raw, type Html } from './html.ts';
import { layout } from './layout.ts';
import { tagWorksPath } from '../urls.ts';
import type { FandomCount } from '../../storage/tags.ts';
import type { PageContext } from './page.ts';
import { linkItems } from './current-link.ts';
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
${linkItems([['/', t('home.title')], ['/support', t('chrome.footer.support')], ['/contact', t('chrome.footer.contact')], ['/rules', t('chrome.footer.rules')], ['/works', t('site.map.works')], ['/media', t('site.map.media')]])}
${linkItems(ctx.viewer
  ? [['/settings/filters', t('site.map.filters')], ['/settings/blocklist', t('site.map.blocklist')], [`/users/${ctx.viewer.login}`, t('site.map.profile')], ['/works/new', t('site.map.post')]]
  : [['/users/login', t('chrome.account.log_in')], ['/users/new', t('chrome.account.sign_up')]])}
</ul>
<h2>${t('home.fandoms')}</h2>
${fandoms.length
  ? html`<ul class="fandoms">${fandoms.map((f) => html`<li><a class="tag" href="${tagWorksPath(f.name)}">${f.name}</a> <span class="count">(${formatNumber(f.works)})</span></li>`)}</ul>`
  : html`<p>${t('home.recent.none')}</p>`}
</div>`);
}
