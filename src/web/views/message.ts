/** A page that only says something: errors, confirmations. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';

/** A titled message with optional extra content (links, a button). */
export function messagePage(ctx: PageContext, title: string, message: string, extra: Html | '' = ''): Html {
  return layout(ctx, title, html`<h1>${title}</h1><p>${message}</p>${extra}`);
}

/** The 404 page. */
export const notFoundPage = (ctx: PageContext, message = t('chrome.not_found.text')) =>
  messagePage(ctx, t('chrome.not_found.title'), message, html`<p><a href="/">${t('chrome.not_found.home')}</a></p>`);

/** The 500 page: no details, only the id to quote when reporting it. */
export const errorPage = (ctx: PageContext) =>
  messagePage(ctx, t('chrome.error.title'), t('chrome.error.text'), html`<p>${t('chrome.error.report')} <code>${ctx.requestId}</code></p>`);
