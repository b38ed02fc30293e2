/**
 * The wranglers' worklist (`/tags/unwrangled`): tags in use that are neither canonical nor synonyms, one kind at a
 * time, optionally within one fandom, most used first, a page at a time. Counted from the listing index.
 */
import { matchingTagIds } from '../storage/tag-graph.ts';
import { tagByName } from '../storage/tags.ts';
import { FREE_TAG_KINDS, type FreeTagKind } from '../domain/tag-list.ts';
import { pageWindow, type PageWindow } from '../domain/pagination.ts';
import type { Viewer } from '../domain/permissions.ts';
import { kindCode } from '../listing-index/tag-table.ts';
import { unwrangledTags } from '../listing-index/unwrangled.ts';
import { assertWrangler } from './wrangle-common.ts';
import type { Context } from './context.ts';

/** Tags per page of the worklist. */
export const WORKLIST_PAGE = 50;

/** What the worklist was asked for, as read from the query string. */
export interface WorklistQuery {
  kind: string;
  fandom: string;
  page: string;
}

/** One page of the worklist. */
export interface Worklist {
  kind: FreeTagKind;
  /** The fandom asked for ('' for all), as typed. */
  fandom: string;
  /** Why the fandom was not used (no such fandom), or undefined. */
  fandomProblem?: string;
  tags: { id: number; name: string; uses: number }[];
  window: PageWindow;
}

/** The page asked for; an unknown kind shows fandoms, an unknown fandom says so and lists nothing. */
export async function wranglingWorklist(ctx: Context, viewer: Viewer, q: WorklistQuery): Promise<Worklist> {
  assertWrangler(viewer);
  const kind = (FREE_TAG_KINDS as readonly string[]).includes(q.kind) ? (q.kind as FreeTagKind) : 'fandom';
  const fandomName = q.fandom.trim().slice(0, 200);
  let fandomIds: number[] | undefined;
  let fandomProblem: string | undefined;
  if (fandomName) {
    const fandom = await tagByName(ctx.db, 'fandom', fandomName);
    if (fandom) fandomIds = await matchingTagIds(ctx.db, fandom.id);
    else fandomProblem = `There is no fandom named "${fandomName}".`;
  }
  const index = await ctx.listing.current();
  const all = fandomProblem ? [] : unwrangledTags(index, kindCode(kind), fandomIds);
  const window = pageWindow(q.page, all.length, WORKLIST_PAGE);
  const tags = all.slice(window.offset, window.offset + WORKLIST_PAGE).map((t) => ({ id: t.id, name: index.tags.names[t.id]!, uses: t.uses }));
  return { kind, fandom: fandomName, fandomProblem, tags, window };
}
