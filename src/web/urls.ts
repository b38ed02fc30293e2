/** Paths of the archive's pages, in AO3's shapes (root-relative, so fans' tools can follow them). */

/** A tag name in a URL: AO3 writes / & . ? # as *s* *a* *d* *q* *h*, then percent-encodes. */
export function tagSlug(name: string): string {
  const escaped = name.replace(/\*/g, '*').replace(/\//g, '*s*').replace(/&/g, '*a*').replace(/\./g, '*d*').replace(/\?/g, '*q*').replace(/#/g, '*h*');
  return encodeURIComponent(escaped);
}

/** The inverse of tagSlug (after the router decoded the percent-encoding). */
export const tagFromSlug = (slug: string): string => slug.replace(/\*s\*/g, '/').replace(/\*a\*/g, '&').replace(/\*d\*/g, '.').replace(/\*q\*/g, '?').replace(/\*h\*/g, '#');

export const tagWorksPath = (name: string) => `/tags/${tagSlug(name)}/works`;
/** A tag's info page. */
export const tagPath = (name: string) => `/tags/${tagSlug(name)}`;
export const workPath = (id: number) => `/works/${id}`;
export const chapterPath = (workId: number, chapterId: number) => `/works/${workId}/chapters/${chapterId}`;
export const seriesPath = (id: number) => `/series/${id}`;
