/**
 * OPDS 1.2 catalog feeds (Atom documents with the catalog's links), a pure renderer like atom.ts, whose escaping,
 * dates and persons it shares: every URL absolute, every text XML-escaped, HTML content as `type="html"`.
 */
import { xmlEscape, date, person, type AtomPerson } from './atom.ts';

/** The media types of the two kinds of catalog feed, and of the OpenSearch description. */
export const OPDS_TYPES = {
  navigation: 'application/atom+xml;profile=opds-catalog;kind=navigation',
  acquisition: 'application/atom+xml;profile=opds-catalog;kind=acquisition',
  opensearch: 'application/opensearchdescription+xml',
} as const;

/** The relation of a link to a file the reader may take (OPDS 1.2 §2.6: open access). */
export const ACQUISITION_REL = 'http://opds-spec.org/acquisition';

export interface OpdsLink {
  rel: string;
  href: string;
  type: string;
  title?: string;
}

/** A tag as an Atom category: `scheme` names its kind, `label` is what readers show. */
export interface OpdsCategory {
  scheme: string;
  term: string;
  label: string;
}

export interface OpdsEntry {
  id: string;
  title: string;
  updated: number;
  published?: number;
  authors: AtomPerson[];
  links: OpdsLink[];
  categories?: OpdsCategory[];
  /** A BCP 47 code (dc:language). */
  language?: string;
  /** The work's size in words (dc:extent). */
  extent?: string;
  /** Safe HTML (built with the escaping template or sanitized), or else plain text. */
  content: { html: string } | { text: string };
}

export interface OpdsFeed {
  kind: 'navigation' | 'acquisition';
  /** The feed's own absolute URL (also its id). */
  selfUrl: string;
  title: string;
  updated: number;
  author: AtomPerson;
  /** Links other than self (start, up, search, pagination, alternate). */
  links: OpdsLink[];
  entries: OpdsEntry[];
  /** How many entries all pages hold (OpenSearch 1.1 response elements). */
  totalResults?: number;
  itemsPerPage?: number;
}

const link = (l: OpdsLink) => `<link rel="${xmlEscape(l.rel)}" href="${xmlEscape(l.href)}" type="${xmlEscape(l.type)}"${l.title ? ` title="${xmlEscape(l.title)}"` : ''}/>`;

function entry(e: OpdsEntry): string {
  return [
    '<entry>',
    `<id>${xmlEscape(e.id)}</id>`,
    `<title type="text">${xmlEscape(e.title)}</title>`,
    ...e.authors.map((a) => person('author', a)),
    e.published !== undefined ? `<published>${date(e.published)}</published>` : '',
    `<updated>${date(e.updated)}</updated>`,
    e.language ? `<dc:language>${xmlEscape(e.language)}</dc:language>` : '',
    e.extent ? `<dc:extent>${xmlEscape(e.extent)}</dc:extent>` : '',
    ...(e.categories ?? []).map((c) => `<category scheme="${xmlEscape(c.scheme)}" term="${xmlEscape(c.term)}" label="${xmlEscape(c.label)}"/>`),
    ...e.links.map(link),
    'html' in e.content ? `<content type="html">${xmlEscape(e.content.html)}</content>` : `<content type="text">${xmlEscape(e.content.text)}</content>`,
    '</entry>',
  ].join('');
}

/** The feed document. */
export function renderOpds(feed: OpdsFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>\n',
    '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/terms/" xmlns:opds="http://opds-spec.org/2010/catalog" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">',
    `<id>${xmlEscape(feed.selfUrl)}</id>`,
    `<title type="text">${xmlEscape(feed.title)}</title>`,
    `<updated>${date(feed.updated)}</updated>`,
    person('author', feed.author),
    link({ rel: 'self', href: feed.selfUrl, type: OPDS_TYPES[feed.kind] }),
    ...feed.links.map(link),
    feed.totalResults !== undefined ? `<opensearch:totalResults>${feed.totalResults}</opensearch:totalResults>` : '',
    feed.itemsPerPage !== undefined ? `<opensearch:itemsPerPage>${feed.itemsPerPage}</opensearch:itemsPerPage>` : '',
    ...feed.entries.map((e) => `\n${entry(e)}`),
    '\n</feed>\n',
  ].join('');
}

/** The OpenSearch 1.1 description of the catalog's search: results are acquisition feeds. */
export function renderCatalogOpenSearch(baseUrl: string, siteName: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
<ShortName>${xmlEscape([...siteName].slice(0, 16).join(''))}</ShortName>
<Description>${xmlEscape(`Search the works of ${siteName}`)}</Description>
<InputEncoding>UTF-8</InputEncoding>
<Url type="${OPDS_TYPES.acquisition}" template="${xmlEscape(`${baseUrl}/opds/search?q={searchTerms}`)}"/>
</OpenSearchDescription>
`;
}
