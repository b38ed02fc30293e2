/**
 * History and Marked for Later (AO3's `/users/{login}/readings`): private to the member. Anyone else, staff and
 * guests included, is told there is no such page (404), so not even the existence of a history shows.
 */
import { userByLogin } from '../storage/users.ts';
import { workById } from '../storage/works.ts';
import { blockedAmong, blockedIds } from '../storage/blocklist.ts';
import { countReadings, pageOfReadings, putMark, deleteReading, clearReadings, historyEnabled, putHistoryEnabled, type Reading } from '../storage/readings.ts';
import { workVisibilityFor, type Viewer } from '../domain/permissions.ts';
import { NotFound } from '../domain/errors.ts';
import { pageWindow, type PageWindow } from '../domain/pagination.ts';
import { showsToRead, updatedSinceRead } from '../domain/readings.ts';
import type { Account } from '../domain/account.ts';
import { listWorks, type WorkBlurb } from './list-works.ts';
import { workAccess } from './read-work.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

export const READINGS_PAGE_SIZE = 20;

/** One entry: the work's blurb while the member may still read it, else only when they last visited. */
export interface ReadingEntry {
  reading: Reading;
  blurb: WorkBlurb | undefined;
  updated: boolean;
}

/** The history page's data. */
export interface ReadingList {
  user: Account;
  toRead: boolean;
  historyEnabled: boolean;
  entries: ReadingEntry[];
  /** Entries of this page left out because the member's blocklist hides their works (as on every listing). */
  hidden: number;
  window: PageWindow;
}

const NO_SUCH_PAGE = 'There is no such page.';

/** The account named in the URL when the viewer holds it; NotFound for everyone else. */
async function ownerOf(ctx: Context, viewer: Viewer, login: string): Promise<Account> {
  const user = await userByLogin(ctx.db, login);
  if (!user || !viewer || viewer.id !== user.id) throw new NotFound(NO_SUCH_PAGE);
  return user;
}

/** A page of the member's history (or, with `show=to-read`, of their Marked for Later list), last visit first. */
export async function listReadings(ctx: Context, viewer: Viewer, login: string, q: { page: string; show: string }): Promise<ReadingList> {
  const user = await ownerOf(ctx, viewer, login);
  const toRead = showsToRead(q.show);
  const [total, enabled] = await Promise.all([countReadings(ctx.db, user.id, toRead), historyEnabled(ctx.db, user.id)]);
  const window = pageWindow(q.page, total, READINGS_PAGE_SIZE);
  const readings = await pageOfReadings(ctx.db, user.id, { toReadOnly: toRead, limit: window.perPage, offset: window.offset });
  // Works the member may no longer read (hidden, deleted, back to draft, nothing posted) come back without a blurb.
  const ids = readings.map((r) => r.workId);
  const [listed, blocked] = await Promise.all([listWorks(ctx, viewer, ids), blockedIds(ctx.db, user.id).then((b) => blockedAmong(ctx.db, b, ids))]);
  const blurbs = new Map(listed.map((b) => [b.work.id, b]));
  const entries = readings.filter((r) => !blocked.has(r.workId)).map((reading) => {
    const blurb = blurbs.get(reading.workId);
    return { reading, blurb, updated: blurb !== undefined && updatedSinceRead(blurb.work.updatedAt, reading.lastViewedAt, reading.viewCount) };
  });
  return { user, toRead, historyEnabled: enabled, entries, hidden: readings.length - entries.length, window };
}

/** Marks a work the member may read for later, or clears the mark (AO3's mark_for_later / mark_as_read). */
export async function markWork(ctx: Context, viewer: Viewer, workId: number, toRead: boolean): Promise<{ title: string }> {
  if (!viewer) throw new NotFound(t('errors.no_work'));
  const work = Number.isSafeInteger(workId) ? await workById(ctx.db, workId) : undefined;
  if (!work || workVisibilityFor(viewer, await workAccess(ctx, work)) !== 'visible') throw new NotFound(t('errors.no_work'));
  await putMark(ctx.db, viewer.id, work.id, toRead, ctx.now());
  return { title: work.title };
}

/** Takes one work out of the member's history; false when it was not there. */
export async function forgetReading(ctx: Context, viewer: Viewer, login: string, workId: string): Promise<boolean> {
  const user = await ownerOf(ctx, viewer, login);
  if (!/^\d{1,15}$/.test(workId)) throw new NotFound(t('errors.readings.none'));
  return deleteReading(ctx.db, user.id, Number(workId));
}

/** Empties the member's history; returns how many entries went. */
export async function clearHistory(ctx: Context, viewer: Viewer, login: string): Promise<number> {
  return clearReadings(ctx.db, (await ownerOf(ctx, viewer, login)).id);
}

/** Whether the member keeps a history. */
export async function historySetting(ctx: Context, viewer: Account): Promise<boolean> {
  return historyEnabled(ctx.db, viewer.id);
}

/** Turns the member's history on or off (what is there stays until they delete it). */
export async function saveHistorySetting(ctx: Context, viewer: Account, enabled: boolean): Promise<void> {
  await putHistoryEnabled(ctx.db, viewer.id, enabled, ctx.now());
}
