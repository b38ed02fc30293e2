/** A choice among links (a tab, a year, a sort): a link, or for the choice in force the same words marked current. */
import { html, type Html } from './html.ts';

/** The link, or `text` marked as the current page. */
export const currentOrLink = (current: boolean, href: string, text: string): Html =>
  current ? html`<span class="current" aria-current="page">${text}</span>` : html`<a href="${href}">${text}</a>`;

/** Links as list items, each `[href, label]`: menus and the site map. */
export const linkItems = (links: readonly (readonly [string, string])[]): Html[] => links.map(([href, label]) => html`<li><a href="${href}">${label}</a></li>`);

/** One tab of a page's navigation list. */
export const tabItem = (label: string, href: string, current: boolean): Html => html`<li>${currentOrLink(current, href, label)}</li>`;
