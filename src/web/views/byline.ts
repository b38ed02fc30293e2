/** Creator links as AO3 writes them: `<a rel="author" href="/users/{login}/pseuds/{pseud}">pseud (login)</a>`, comma-separated. */
import { html, type Html } from './html.ts';
import { creditName, pseudPagePath } from '../../domain/pseud.ts';

/** Who a byline credits: an account and the pseud it chose. */
export interface Credit {
  login: string;
  pseud: string;
}

/** A member's link to the pseud they posted something as (a comment, a bookmark): not the work's author, so no rel. */
export const pseudLink = (c: Credit): Html => html`<a href="${pseudPagePath(c.login, c.pseud)}">${creditName(c)}</a>`;

/** One creator's link to their pseud's page. */
export const creatorLink = (c: Credit): Html => html`<a rel="author" href="${pseudPagePath(c.login, c.pseud)}">${creditName(c)}</a>`;

/** Every creator's link, comma-separated. */
export const creatorLinks = (creators: readonly Credit[]): Html => html`${creators.map((c, i) => html`${i ? ', ' : ''}${creatorLink(c)}`)}`;
