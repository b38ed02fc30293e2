/** A reader's bookmarks page: their bookmarks of works the viewer may see, loaded one query per relation. */
import { userByLogin } from '../storage/users.ts';
import { bookmarksOfUser, type Bookmark } from '../storage/bookmarks.ts';
import { worksByIds, type WorkRecord } from '../storage/works.ts';
import { creatorsOfWorks, type CreatorRef } from '../storage/work-creators.ts';
import { workVisibilityFor, type Viewer } from '../domain/permissions.ts';
import { NotFound } from '../domain/errors.ts';
import type { Account } from '../domain/account.ts';
import type { Context } from './context.ts';
import { blockedAmong, blockedIds } from '../storage/blocklist.ts';
import { pseudsOf } from '../storage/pseuds.ts';

/** One listed bookmark with its work. */
export interface BookmarkEntry {
  bookmark: Bookmark;
  work: WorkRecord;
  creators: CreatorRef[];
  /** The pseud the reader bookmarked it as. */
  pseud: string;
}

/** The bookmarks of `login` as `viewer` may see them, without the works the viewer's blocklist hides (counted). */
export async function listBookmarks(ctx: Context, viewer: Viewer, login: string): Promise<{ owner: Account; entries: BookmarkEntry[]; own: boolean; hidden: number }> {
  const owner = await userByLogin(ctx.db, login);
  if (!owner) throw new NotFound(`There is no account named ${login}.`);
  const own = viewer?.id === owner.id;
  const bookmarks = await bookmarksOfUser(ctx.db, owner.id, own);
  const ids = bookmarks.map((b) => b.workId);
  const [works, creators, blocked, pseuds] = await Promise.all([
    worksByIds(ctx.db, ids), creatorsOfWorks(ctx.db, ids), blockedIds(ctx.db, viewer?.id).then((b) => blockedAmong(ctx.db, b, ids)), pseudsOf(ctx.db, owner.id),
  ]);
  const defaultName = pseuds.find((p) => p.isDefault)?.name ?? owner.login;
  const pseudName = (id: number | null) => pseuds.find((p) => p.id === id)?.name ?? defaultName;
  const byId = new Map(works.map((w) => [w.id, w]));
  const entries = bookmarks.flatMap((bookmark) => {
    const work = byId.get(bookmark.workId);
    if (!work) return [];
    const cs = (creators.get(work.id) ?? []).filter((c) => c.status !== 'invited');
    const verdict = workVisibilityFor(viewer, { visibility: work.visibility, deleted: work.deletedAt !== null, removal: work.removal, creatorIds: cs.map((c) => c.userId) });
    return verdict === 'visible' ? [{ bookmark, work, creators: cs, pseud: pseudName(bookmark.pseudId) }] : [];
  });
  const listed = entries.filter((e) => !blocked.has(e.work.id));
  return { owner, entries: listed, own, hidden: entries.length - listed.length };
}
