/** An author's works as a listing: the page of ids the viewer may see (drafts only to the author), then blurbs. */
import { pageOfCreatorWorks } from '../storage/work-creators.ts';
import { pageWindow, type PageWindow } from '../domain/pagination.ts';
import { listingScope, type Viewer } from '../domain/permissions.ts';
import type { Account } from '../domain/account.ts';
import { listWorks, type WorkBlurb } from './list-works.ts';
import type { Context } from './context.ts';

/** Works per page of an author's listing (AO3's). */
export const AUTHOR_WORKS_PER_PAGE = 20;

/** One page of an author's works. */
export interface AuthorWorks {
  blurbs: WorkBlurb[];
  window: PageWindow;
}

/** The works of `author` on page `requestedPage` (a query value) that `viewer` may see. */
export async function authorWorks(ctx: Context, viewer: Viewer, author: Account, requestedPage: string): Promise<AuthorWorks> {
  const scope = listingScope(viewer, author.id);
  const perPage = AUTHOR_WORKS_PER_PAGE;
  const first = pageWindow(requestedPage, Number.MAX_SAFE_INTEGER, perPage);
  let found = await pageOfCreatorWorks(ctx.db, author.id, { ...scope, limit: perPage, offset: first.offset });
  let window = pageWindow(requestedPage, found.total, perPage);
  // A page past the end shows the last page rather than an empty list.
  if (window.offset !== first.offset) found = await pageOfCreatorWorks(ctx.db, author.id, { ...scope, limit: perPage, offset: window.offset });
  window = pageWindow(window.page, found.total, perPage);
  return { blurbs: await listWorks(ctx, viewer, found.ids), window };
}
