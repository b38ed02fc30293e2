/**
 * The OPDS catalog's feeds from the catalog actions: its addresses, navigation entries, and works as acquisition
 * entries. A work entry is the Atom feeds' entry (atom-feed.ts: byline, summary and facts as HTML content) plus the
 * catalog's parts: tags as categories, language, size, and links to the EPUB and HTML downloads.
 */
import { workEntry, updatedOf } from './atom-feed.ts';
import { tagSlug } from '../urls.ts';
import { asciiSlug, MEDIA_TYPES, type Format } from '../../export/formats.ts';
import { OPDS_TYPES, ACQUISITION_REL, type OpdsEntry, type OpdsFeed, type OpdsLink } from '../../export/opds.ts';
import { TAG_KINDS } from '../../domain/tag-list.ts';
import type { PageWindow } from '../../domain/pagination.ts';
import type { WorkBlurb } from '../../actions/list-works.ts';
import type { CatalogWorks } from '../../actions/catalog.ts';
import { t } from '../../i18n/translate.ts';

/** The catalog's addresses (root-relative). */
export const catalogPaths = {
  root: '/opds',
  account: '/opds/account',
  newWorks: '/opds/works/new',
  kudos: '/opds/works/kudos',
  fandoms: '/opds/fandoms',
  media: (name: string) => `/opds/fandoms/${encodeURIComponent(name)}`,
  tag: (name: string) => `/opds/tags/${tagSlug(name)}`,
  collections: '/opds/collections',
  collection: (name: string) => `/opds/collections/${encodeURIComponent(name)}`,
  series: '/opds/series',
  oneSeries: (id: number) => `/opds/series/${id}`,
  bookmarks: '/opds/bookmarks',
  markedForLater: '/opds/marked-for-later',
  search: (q: string) => `/opds/search?${new URLSearchParams({ q })}`,
  openSearch: '/opds/opensearch.xml',
  download: (id: number, title: string, format: Format) => `/opds/downloads/${id}/${asciiSlug(title, id)}.${format}`,
};

/** What every feed of one catalog shares. */
export interface CatalogSite {
  base: string;
  name: string;
  now: number;
}

/** A navigation entry: a link to another feed, with a sentence saying what is there. */
export interface NavItem {
  title: string;
  path: string;
  kind: 'navigation' | 'acquisition';
  text: string;
  /** A more precise relation than subsection (e.g. OPDS's sort/new and sort/popular). */
  rel?: string;
}

// The catalog's downloads: EPUB for e-readers, HTML for everything else.
const ACQUIRED: readonly Format[] = ['epub', 'html'];

/** Links back to the catalog's start and its search, on every feed. */
const commonLinks = (site: CatalogSite): OpdsLink[] => [
  { rel: 'start', href: site.base + catalogPaths.root, type: OPDS_TYPES.navigation, title: site.name },
  { rel: 'search', href: site.base + catalogPaths.openSearch, type: OPDS_TYPES.opensearch, title: t('listing.search.title') },
];

/** The address of a page of a list (the self link and the page links). */
const pagePath = (path: string, page: number) => (page === 1 ? path : `${path}${path.includes('?') ? '&' : '?'}page=${page}`);

/** first/previous/next/last for a page of a list at `path` (which may carry a query already). */
function pageLinks(site: CatalogSite, path: string, window: PageWindow, type: string): OpdsLink[] {
  const at = (page: number) => site.base + pagePath(path, page);
  return [
    { rel: 'first', href: at(1), type },
    ...(window.page > 1 ? [{ rel: 'previous', href: at(window.page - 1), type }] : []),
    ...(window.page < window.pages ? [{ rel: 'next', href: at(window.page + 1), type }] : []),
    { rel: 'last', href: at(window.pages), type },
  ];
}

/** A navigation feed (the root, fandoms, collections, series). */
export function navigationFeed(site: CatalogSite, path: string, title: string, items: NavItem[], window?: PageWindow): OpdsFeed {
  return {
    kind: 'navigation',
    selfUrl: site.base + pagePath(path, window?.page ?? 1),
    title,
    updated: site.now,
    author: { name: site.name, uri: site.base + '/' },
    links: [...commonLinks(site), ...(window ? pageLinks(site, path, window, OPDS_TYPES.navigation) : [])],
    entries: items.map((item) => ({
      id: site.base + item.path,
      title: item.title,
      updated: site.now,
      authors: [],
      links: [{ rel: item.rel ?? 'subsection', href: site.base + item.path, type: OPDS_TYPES[item.kind] }],
      content: { text: item.text },
    })),
  };
}

/** A work as a catalog entry. */
function workCatalogEntry(site: CatalogSite, b: WorkBlurb): OpdsEntry {
  const atom = workEntry(site.base, b);
  const w = b.work;
  return {
    id: atom.id,
    title: atom.title,
    updated: atom.updated,
    published: atom.published,
    authors: atom.authors,
    language: w.language || undefined,
    extent: `${w.wordCount} words`,
    categories: TAG_KINDS.flatMap((kind) => b.tags[kind].map((t) => ({ scheme: `${site.base}/tags#${kind}`, term: t.name, label: t.name }))),
    links: [
      { rel: 'alternate', href: atom.url, type: 'text/html', title: t('feeds.opds.read_online') },
      ...ACQUIRED.map((f) => ({ rel: ACQUISITION_REL, href: site.base + catalogPaths.download(w.id, w.title, f), type: MEDIA_TYPES[f].split(';')[0]!.trim() })),
      ...b.series.map((s) => ({ rel: 'related', href: site.base + catalogPaths.oneSeries(s.seriesId), type: OPDS_TYPES.acquisition, title: t('work.meta.series_part', { n: s.position, series: s.title }) })),
    ],
    content: { html: atom.contentHtml },
  };
}

/** An acquisition feed: a page of works at `path`, with links to the other pages. */
export function acquisitionFeed(site: CatalogSite, path: string, list: CatalogWorks): OpdsFeed {
  const entries = list.blurbs.map((b) => workCatalogEntry(site, b));
  return {
    kind: 'acquisition',
    selfUrl: site.base + pagePath(path, list.window.page),
    title: list.title,
    updated: Math.max(0, ...list.blurbs.map(updatedOf)) || site.now,
    author: { name: site.name, uri: site.base + '/' },
    links: [
      ...commonLinks(site),
      { rel: 'up', href: site.base + catalogPaths.root, type: OPDS_TYPES.navigation },
      ...pageLinks(site, path, list.window, OPDS_TYPES.acquisition),
    ],
    entries,
    totalResults: list.window.total,
    itemsPerPage: list.window.perPage,
  };
}
