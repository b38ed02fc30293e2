/**
 * What a reported address points to: the item's id and the account it belongs to, looked up as the reporter
 * would see the page (a draft, or anything deleted or hidden by moderators, is no page to them, so it cannot be reported).
 */
import { workById, type WorkRecord } from '../storage/works.ts';
import { chapterById } from '../storage/chapters.ts';
import { commentById } from '../storage/comments.ts';
import { seriesById } from '../storage/series.ts';
import { collectionByName } from '../storage/collections.ts';
import { userByLogin } from '../storage/users.ts';
import { creatorsOfWorks } from '../storage/work-creators.ts';
import type { Queryable } from '../storage/db.ts';
import { workVisibilityFor, type Viewer } from '../domain/permissions.ts';
import type { ReportTargetKind, ReportTargetRef } from '../domain/abuse-report.ts';

/** A reportable item, found. */
export interface ReportTarget {
  kind: ReportTargetKind;
  targetId: number;
  /** Its author or owner (the account itself for an account); null when there is none (a guest's comment). */
  targetUserId: number | null;
  /** How the form names it back to the reporter, e.g. Work “Title”. */
  label: string;
}

/** A work the viewer can reach, with its first accepted creator; undefined otherwise. */
async function reachableWork(db: Queryable, viewer: Viewer, workId: number): Promise<{ work: WorkRecord; ownerId: number | null } | undefined> {
  const work = await workById(db, workId);
  if (!work) return undefined;
  const creators = ((await creatorsOfWorks(db, [work.id])).get(work.id) ?? []).filter((c) => c.status !== 'invited');
  const seen = workVisibilityFor(viewer, { visibility: work.visibility, creatorIds: creators.map((c) => c.userId), deleted: work.deletedAt !== null, removal: work.removal });
  // A registered-only work is still a page a guest may have been sent (it asks them to log in).
  if (seen !== 'visible' && seen !== 'login') return undefined;
  const owner = creators.find((c) => c.status === 'owner') ?? creators[0];
  return { work, ownerId: owner?.userId ?? null };
}

/** Looks up what `ref` names for `viewer`; undefined when there is no such page for them. */
export async function findReportTarget(db: Queryable, viewer: Viewer, ref: ReportTargetRef): Promise<ReportTarget | undefined> {
  switch (ref.kind) {
    case 'work': {
      const found = await reachableWork(db, viewer, ref.workId);
      return found && { kind: 'work', targetId: found.work.id, targetUserId: found.ownerId, label: `Work “${found.work.title}”` };
    }
    case 'chapter': {
      const [chapter, found] = await Promise.all([chapterById(db, ref.chapterId), reachableWork(db, viewer, ref.workId)]);
      if (!chapter || !found || chapter.workId !== found.work.id || chapter.status !== 'posted') return undefined;
      return { kind: 'chapter', targetId: chapter.id, targetUserId: found.ownerId, label: `Chapter ${chapter.position} of “${found.work.title}”` };
    }
    case 'comment': {
      const comment = await commentById(db, ref.commentId);
      if (!comment || comment.status !== 'published' || comment.hiddenAt !== null || !(await reachableWork(db, viewer, comment.workId))) return undefined;
      const by = comment.login ?? (comment.guestName ? `${comment.guestName} (guest)` : 'a deleted account');
      return { kind: 'comment', targetId: comment.id, targetUserId: comment.userId, label: `Comment by ${by} on “${comment.workTitle}”` };
    }
    case 'series': {
      const series = await seriesById(db, ref.seriesId);
      if (!series || series.hiddenAt !== null) return undefined;
      return { kind: 'series', targetId: series.id, targetUserId: series.createdBy, label: `Series “${series.title}”` };
    }
    case 'collection': {
      const c = await collectionByName(db, ref.name);
      if (!c || c.hiddenAt !== null) return undefined;
      return { kind: 'collection', targetId: c.id, targetUserId: c.ownerId, label: `Collection “${c.title}”` };
    }
    case 'user': {
      const user = await userByLogin(db, ref.login);
      return user && { kind: 'user', targetId: user.id, targetUserId: user.id, label: `Account ${user.login}` };
    }
  }
}
