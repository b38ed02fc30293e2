/** What a reader can bookmark: a work or a series (AO3 bookmarks both), each by its id. */
export type BookmarkableKind = 'work' | 'series';

/** A bookmarked (or bookmarkable) thing. */
export interface Bookmarkable {
  kind: BookmarkableKind;
  id: number;
}

/** The page of a bookmarkable thing (AO3's URLs). */
export const bookmarkablePath = (t: Bookmarkable): string => `/${t.kind === 'work' ? 'works' : 'series'}/${t.id}`;
