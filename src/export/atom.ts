/**
 * Atom 1.0 feeds (RFC 4287), a pure renderer: every URL absolute, every text XML-escaped, entry content
 * `type="html"` (escaped HTML, so feed readers render it without it being part of the XML tree).
 */

/** A person credited on an entry. */
export interface AtomPerson {
  name: string;
  uri?: string;
}

/** One entry: a work, or a chapter of a work. */
export interface AtomEntry {
  /** A permanent IRI: the absolute URL of the work or chapter. */
  id: string;
  title: string;
  url: string;
  updated: number;
  published?: number;
  authors: AtomPerson[];
  /** HTML shown by readers (already safe: built with the escaping template or sanitized). */
  contentHtml: string;
  categories?: string[];
}

/** A feed. */
export interface AtomFeed {
  /** Absolute URL of the feed itself (also its id). */
  selfUrl: string;
  /** Absolute URL of the HTML page it follows. */
  pageUrl: string;
  title: string;
  subtitle?: string;
  /** Shown when no entry has an author (Atom requires one per entry or feed). */
  fallbackAuthor: string;
  /** When the feed last changed: the newest entry, or `now` when empty. */
  updated: number;
  entries: AtomEntry[];
  generator?: string;
}

// Characters XML 1.0 forbids are dropped; the five markup characters are escaped.
const ILLEGAL = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text or attribute value for XML. */
export const xmlEscape = (s: string): string => s.replace(ILLEGAL, '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** An RFC 3339 date (the catalog's feeds use it too). */
export const date = (ms: number) => new Date(ms).toISOString();

/** An author or contributor element. */
export const person = (tag: string, p: AtomPerson) =>
  `<${tag}><name>${xmlEscape(p.name)}</name>${p.uri ? `<uri>${xmlEscape(p.uri)}</uri>` : ''}</${tag}>`;

function entry(e: AtomEntry): string {
  return [
    '<entry>',
    `<id>${xmlEscape(e.id)}</id>`,
    `<title type="text">${xmlEscape(e.title)}</title>`,
    `<link rel="alternate" type="text/html" href="${xmlEscape(e.url)}"/>`,
    e.published !== undefined ? `<published>${date(e.published)}</published>` : '',
    `<updated>${date(e.updated)}</updated>`,
    ...e.authors.map((a) => person('author', a)),
    ...(e.categories ?? []).map((c) => `<category term="${xmlEscape(c)}"/>`),
    `<content type="html">${xmlEscape(e.contentHtml)}</content>`,
    '</entry>',
  ].join('');
}

/** The feed document. */
export function renderAtom(feed: AtomFeed): string {
  const anonymous = feed.entries.some((e) => e.authors.length === 0);
  return [
    '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">',
    `<id>${xmlEscape(feed.selfUrl)}</id>`,
    `<title type="text">${xmlEscape(feed.title)}</title>`,
    feed.subtitle ? `<subtitle type="text">${xmlEscape(feed.subtitle)}</subtitle>` : '',
    `<updated>${date(feed.updated)}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${xmlEscape(feed.selfUrl)}"/>`,
    `<link rel="alternate" type="text/html" href="${xmlEscape(feed.pageUrl)}"/>`,
    anonymous || feed.entries.length === 0 ? person('author', { name: feed.fallbackAuthor }) : '',
    `<generator>${xmlEscape(feed.generator ?? 'Quire')}</generator>`,
    ...feed.entries.map((e) => `\n${entry(e)}`),
    '\n</feed>\n',
  ].join('');
}
