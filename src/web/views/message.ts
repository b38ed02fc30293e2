/** A page that only says something: errors, confirmations. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import type { PageContext } from './page.ts';

/** A titled message with optional extra content (links, a button). */
export function messagePage(ctx: PageContext, title: string, message: string, extra: Html | '' = ''): Html {
  return layout(ctx, title, html`<h1>${title}</h1><p>${message}</p>${extra}`);
}

/** The 404 page. */
export const notFoundPage = (ctx: PageContext, message = 'There is no page at this address. It may have moved, or the link may be mistyped.') =>
  messagePage(ctx, 'Page not found', message, html`<p><a href="/">Go to the front page</a></p>`);

/** The 500 page: no details, only the id to quote when reporting it. */
export const errorPage = (ctx: PageContext) =>
  messagePage(ctx, 'Something went wrong', 'The archive could not finish this request. Nothing you typed was saved by this attempt; go back to try again.', html`<p>If it keeps happening, tell the archive's volunteers this request id: <code>${ctx.requestId}</code></p>`);
