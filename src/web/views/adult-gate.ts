/** The adult-content interstitial and the registered-users-only notice (the OTW contract's sentences). */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';

/** The OTW contract's sentence (fans' tools look for it in English; other languages translate it). */
export const adultWarning = (): string => t('chrome.adult.warning');

/** Asks before showing a Mature, Explicit or Not Rated work. */
export function adultGatePage(ctx: PageContext, title: string, continueUrl: string): Html {
  return layout(ctx, t('chrome.adult.title'), html`<div class="adult-gate" role="alertdialog" aria-labelledby="adult-heading" aria-describedby="adult-text">
<h1 id="adult-heading">${t('chrome.adult.heading', { title })}</h1>
<p id="adult-text">${adultWarning()}</p>
<ul class="actions">
<li><a class="button" href="${continueUrl}">${t('chrome.adult.continue')}</a></li>
<li><a href="/">${t('chrome.adult.back')}</a></li>
${ctx.viewer ? html`<li><a href="/settings/reading">${t('chrome.adult.always')}</a></li>` : ''}
</ul>
</div>`);
}

/** Tells a guest the work is for logged-in readers, with the way in. */
export function registeredOnlyPage(ctx: PageContext, returnTo: string): Html {
  return layout(ctx, t('chrome.registered.title'), html`<h1>${t('chrome.registered.title')}</h1>
<p class="notice">${t('chrome.registered.only')}</p>
<p>${tHtml('chrome.registered.how', { login: html`<a href="/users/login?return_to=${encodeURIComponent(returnTo)}">${t('chrome.registered.log_in')}</a>`, create: html`<a href="/users/new">${t('chrome.registered.create')}</a>` })}</p>`);
}
