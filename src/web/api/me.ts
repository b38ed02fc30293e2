/**
 * API handlers for a token's member: who they are, their bookmarks (private ones too), their reading history and
 * Marked for Later, and their drafts. Each asks the action behind the member's own web page.
 */
import { listBookmarks } from '../../actions/list-bookmarks.ts';
import { listReadings } from '../../actions/readings.ts';
import { listWorks } from '../../actions/list-works.ts';
import { accountPseuds } from '../../actions/pseuds.ts';
import { pageWindow } from '../../domain/pagination.ts';
import type { Account } from '../../domain/account.ts';
import { bookmark, iso, pseud, workSummary } from './present.ts';
import { filteredList } from './works.ts';
import { ApiError, type ApiAnswer, type ApiCall } from './call.ts';

export const BOOKMARKS_PER_PAGE = 20;

/** The token's member; a guest is asked for a token. */
function member(call: ApiCall): Account {
  if (!call.viewer) throw new ApiError(401, 'token_required', 'This is a member\'s own list: send your personal API token as `Authorization: Bearer <token>`.');
  return call.viewer;
}

/** GET /me */
export async function showMe(call: ApiCall): Promise<ApiAnswer> {
  const me = member(call);
  const { pseuds } = await accountPseuds(call.ctx, me.login);
  return { body: { login: me.login, displayName: me.displayName, email: me.email, role: me.role, joinedAt: iso(me.createdAt), url: `${call.base}/users/${me.login}`, pseuds: pseuds.map((p) => pseud(call.base, me.login, p)) } };
}

/** GET /me/bookmarks: newest first, works and series, as the member's bookmarks page lists them. */
export async function listMyBookmarks(call: ApiCall): Promise<ApiAnswer> {
  const me = member(call);
  const { entries } = await listBookmarks(call.ctx, me, me.login);
  const window = pageWindow(call.page, entries.length, BOOKMARKS_PER_PAGE);
  const shown = entries.slice(window.offset, window.offset + window.perPage);
  const blurbs = await listWorks(call.ctx, me, shown.flatMap((e) => (e.kind === 'work' ? [e.work.id] : [])));
  const byId = new Map(blurbs.map((b) => [b.work.id, b]));
  return { body: { bookmarks: shown.map((e) => bookmark(call.base, e, byId)), total: window.total, next: call.next(window) } };
}

/** GET /me/history (`show=to-read`: Marked for Later only), last visited first. */
export async function listMyHistory(call: ApiCall): Promise<ApiAnswer> {
  const me = member(call);
  const list = await listReadings(call.ctx, me, me.login, { page: String(call.page), show: call.query.get('show') ?? '' });
  return {
    body: {
      history: list.entries.map((e) => ({
        workId: e.reading.workId, work: e.blurb ? workSummary(call.base, e.blurb) : null,
        lastVisitedAt: iso(e.reading.lastViewedAt), visits: e.reading.viewCount, markedForLater: e.reading.toRead,
      })),
      total: list.window.total,
      next: call.next(list.window),
    },
  };
}

/** GET /me/drafts: the member's drafts with /works' filters. */
export async function listMyDrafts(call: ApiCall): Promise<ApiAnswer> {
  return filteredList(call, { creatorId: member(call).id, draftsOnly: true });
}
