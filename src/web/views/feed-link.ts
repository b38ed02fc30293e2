/** The `<link rel="alternate">` that lets browsers and feed readers find a page's Atom feed. */
import { html, type Html } from './html.ts';

/** A head link to the Atom feed at `href` (root-relative) titled `title`. */
export const feedLink = (href: string, title: string): Html => html`<link rel="alternate" type="application/atom+xml" title="${title}" href="${href}">`;
