/** Old eFiction URLs → where the imported work, chapter, account, tag, series or challenge (collection) lives now (undefined when it was never imported). */
import { legacyId } from '../storage/legacy-ids.ts';
import { chaptersOfWork } from '../storage/chapters.ts';
import { userById } from '../storage/users.ts';
import { tagById } from '../storage/tags.ts';
import { collectionById } from '../storage/collections.ts';
import { collectionPath } from '../web/collection-urls.ts';
import { chapterPath, seriesPath, tagPath, workPath } from '../web/urls.ts';
import type { Context } from './context.ts';

const id = (v: string | undefined): string | null => (v && /^\d+$/.test(v) ? v : null);

/** The path an old `<script>.php?query` now lives at. */
export async function legacyTarget(ctx: Context, script: string, q: Record<string, string | undefined>): Promise<string | undefined> {
  if (script === 'viewstory' && id(q.sid)) {
    const workId = await legacyId(ctx.db, 'work', q.sid!);
    if (!workId) return undefined;
    const n = Number(q.chapter);
    if (!Number.isInteger(n) || n < 1) return workPath(workId);
    // eFiction's `chapter` is the position in the story, not the chapter's id.
    const chapters = await chaptersOfWork(ctx.db, workId);
    const chapter = chapters[n - 1];
    return chapter ? chapterPath(workId, chapter.id) : workPath(workId);
  }
  if (script === 'viewuser' && id(q.uid)) {
    const userId = await legacyId(ctx.db, 'user', q.uid!);
    const user = userId ? await userById(ctx.db, userId) : undefined;
    return user ? `/users/${user.login}` : undefined;
  }
  if (script === 'browse' && q.type === 'categories' && id(q.catid)) {
    const tagId = await legacyId(ctx.db, 'category', q.catid!);
    const tag = tagId ? await tagById(ctx.db, tagId) : undefined;
    return tag ? tagPath(tag.name) : undefined;
  }
  if (script === 'viewseries' && id(q.seriesid)) {
    const seriesId = await legacyId(ctx.db, 'series', q.seriesid!);
    return seriesId ? seriesPath(seriesId) : undefined;
  }
  if (script === 'viewchallenge' && id(q.chalid)) {
    const collectionId = await legacyId(ctx.db, 'challenge', q.chalid!);
    const collection = collectionId ? await collectionById(ctx.db, collectionId) : undefined;
    return collection ? collectionPath(collection.name) : undefined;
  }
  return undefined;
}
