/** An author's works as a listing: the page of ids the viewer may see (drafts only to the author), then blurbs. */
import { emptyFilter } from '../domain/work-filter.ts';
import type { PageWindow } from '../domain/pagination.ts';
import type { Viewer } from '../domain/permissions.ts';
import type { Account } from '../domain/account.ts';
import type { WorkBlurb } from './list-works.ts';
import { filterWorks, FILTERED_WORKS_PER_PAGE } from './filter-works.ts';
import type { Context } from './context.ts';

/** Works per page of an author's listing (AO3's). */
export const AUTHOR_WORKS_PER_PAGE = FILTERED_WORKS_PER_PAGE;

/** One page of an author's works. */
export interface AuthorWorks {
  blurbs: WorkBlurb[];
  window: PageWindow;
  /** The author's works the viewer's blocklist hides (exact). */
  hidden: number;
}

/** The works of `author` on page `requestedPage` (a query value) that `viewer` may see, newest update first, blocklist applied. */
export async function authorWorks(ctx: Context, viewer: Viewer, author: Account, requestedPage: string): Promise<AuthorWorks> {
  const page = /^\d{1,9}$/.test(requestedPage) ? Math.max(1, Number(requestedPage)) : 1;
  const { blurbs, window, hidden } = await filterWorks(ctx, viewer, { ...emptyFilter(), page }, { creatorId: author.id }, false);
  return { blurbs, window, hidden };
}
