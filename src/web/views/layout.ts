/** The page shell: skip link, header with site navigation, main landmark, footer. */
import { html, raw, type Html } from './html.ts';
import type { PageContext } from './page.ts';
import { readerAttributes } from './reader-attributes.ts';
import { memberNotice } from './participation-notice.ts';
import { standingNotice } from './standing-notice.ts';
import { siteNavigation, accountNavigation } from './site-navigation.ts';
import { currentLocale, t } from '../../i18n/translate.ts';
import { hole } from '../page-holes.ts';
import { textDirection } from '../../i18n/locales.ts';

/** What the viewer is told on every page about their own account (suspension, new terms, an unconfirmed email). */
export const viewerNotices = (ctx: PageContext): Html => html`${standingNotice(ctx.viewer, Date.now())}
${memberNotice(ctx)}`;

/** The holes of the page shell (page-holes.ts) filled for this viewer. */
export const layoutHoles = (ctx: PageContext): Record<'account' | 'notices', Html> => ({ account: accountNavigation(ctx), notices: viewerNotices(ctx) });

/** Wraps a page body in the site chrome; `head` adds links to the head (a page's Atom feed). */
export function layout(ctx: PageContext, title: string, body: Html, head: Html | '' = ''): Html {
  const look = ctx.look;
  const lang = currentLocale();
  return html`<!DOCTYPE html>
<html lang="${lang}" dir="${textDirection(lang)}"${readerAttributes(ctx.prefs)}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} | ${ctx.siteName}</title>
<link rel="stylesheet" href="${ctx.asset('site.css')}">
<link rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml" title="${ctx.siteName}">
${look?.site_favicon_url ? html`<link rel="icon" href="${look.site_favicon_url}">` : ''}
${head}
</head>
<body>
<a class="skip" href="#main">${t('chrome.skip')}</a>
<header class="site-header" role="banner">
  <p class="site-name"><a href="/">${look?.site_logo_url ? html`<img class="site-logo" src="${look.site_logo_url}" alt="">` : ''}${ctx.siteName}</a></p>
  ${siteNavigation()}
  <form class="site-search" role="search" aria-label="${t('chrome.search.landmark')}" action="/works/search" method="get"><label class="visually-hidden" for="site-search-query">${t('chrome.search.label')}</label><input type="search" id="site-search-query" name="work_search[query]" maxlength="500"><button type="submit">${t('chrome.search.button')}</button></form>
  ${hole(ctx, 'account', () => accountNavigation(ctx))}
</header>
<main id="main" tabindex="-1">
${ctx.flash ? html`<p class="flash" role="status">${ctx.flash}</p>` : ''}
${hole(ctx, 'notices', () => viewerNotices(ctx))}
${body}
</main>
<footer class="site-footer" role="contentinfo">
<nav aria-label="${t('chrome.footer.landmark')}"><ul class="footer-links"><li><a href="/site_map">${t('chrome.footer.site_map')}</a></li><li><a href="/support">${t('chrome.footer.support')}</a></li><li><a href="/contact">${t('chrome.footer.contact')}</a></li><li><a href="/rules">${t('chrome.footer.rules')}</a></li></ul></nav>
${ctx.footerCreditHtml ? html`<div class="footer-credit">${raw(ctx.footerCreditHtml)}</div>` : ''}
<p>${t('chrome.footer.runs_on', { site: ctx.siteName })}</p></footer>
</body>
</html>`;
}
