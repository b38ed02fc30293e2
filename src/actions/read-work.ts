/** Loading a work for reading: access rules, then everything the page shows, one query per relation. */
import { workById, type WorkRecord } from '../storage/works.ts';
import { chaptersForReading, type ChapterRecord } from '../storage/chapters.ts';
import { creatorsOfWorks, betasOf, type CreatorRef } from '../storage/work-creators.ts';
import { tagsOfWorks, byKind, type TagRef } from '../storage/tags.ts';
import { seriesOfWorks, type SeriesPlace } from '../storage/series.ts';
import { collectionsOfWorks, type CollectionPlace } from '../storage/collection-items.ts';
import { workVisibilityFor, canEditWork, canInspectRemovedWork, type Viewer, type WorkAccess } from '../domain/permissions.ts';
import { Gone, LoginRequired, NotFound } from '../domain/errors.ts';
import { isAdultRating, type Taxonomy } from '../domain/taxonomy.ts';
import { SANITIZER_VERSION } from '../domain/sanitize.ts';
import type { TagKind } from '../domain/tag-list.ts';
import { loadTaxonomy } from './taxonomy.ts';
import { giftsOfWorks, type GiftRef } from '../storage/gifts.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

export const REGISTERED_ONLY = 'This work is only available to registered users of the Archive.';

/** Everything a work page shows. */
export interface WorkPage {
  work: WorkRecord;
  /** The byline: owner and accepted co-creators. */
  creators: CreatorRef[];
  invited: CreatorRef[];
  tags: Record<TagKind, TagRef[]>;
  series: SeriesPlace[];
  /** Collections that approved the work (AO3 lists only those). */
  collections?: CollectionPlace[];
  betas: string[];
  /** Who it is a gift to (refused gifts left out). */
  gifts?: GiftRef[];
  /** Posted chapters for readers; every chapter for its creators. */
  chapters: ChapterRecord[];
  canEdit: boolean;
  /** Behind the adult-content gate. */
  adult: boolean;
  taxonomy: Taxonomy;
  /**
   * What was loaded for this page that every reader sees alike (kudos, comment threads), kept while the page is: a
   * members' template keeps its page for one work revision (web/member-work-pages.ts), so these are as fresh as it.
   */
  kept?: Map<string, Promise<unknown>>;
}

/** `load()` once per kept page (every request when the page is not kept). */
export function keptWith<T>(page: WorkPage, key: string, load: () => Promise<T>): Promise<T> {
  if (!page.kept) return load();
  let value = page.kept.get(key) as Promise<T> | undefined;
  if (!value) {
    value = load();
    page.kept.set(key, value);
    value.catch(() => page.kept?.delete(key));
  }
  return value;
}

/** The access facts of a loaded work (its byline's creators). */
export const pageAccess = (page: Pick<WorkPage, 'work' | 'creators'>): WorkAccess => ({
  visibility: page.work.visibility, deleted: page.work.deletedAt !== null, removal: page.work.removal, creatorIds: page.creators.map((c) => c.userId),
});

/** The access facts of a work record. */
export async function workAccess(ctx: Context, work: WorkRecord): Promise<WorkAccess & { creators: CreatorRef[] }> {
  const creators = (await creatorsOfWorks(ctx.db, [work.id])).get(work.id) ?? [];
  return { visibility: work.visibility, deleted: work.deletedAt !== null, removal: work.removal, creatorIds: creators.filter((c) => c.status !== 'invited').map((c) => c.userId), creators };
}

/** A work the viewer may read, with its access facts, and nothing the page shows; throws as readWork does. */
export async function readableWork(ctx: Context, viewer: Viewer, workId: number): Promise<{ work: WorkRecord; access: WorkAccess & { creators: CreatorRef[] } }> {
  const work = Number.isSafeInteger(workId) ? await workById(ctx.db, workId) : undefined;
  if (!work) throw new NotFound(t('errors.no_work'));
  const access = await workAccess(ctx, work);
  const verdict = workVisibilityFor(viewer, access);
  if (verdict !== 'visible' && !canInspectRemovedWork(viewer, access)) {
    if (verdict === 'gone') throw new Gone(work.removal === 'deleted' ? t('errors.work.deleted_by_moderators', { reason: work.removalReason }) : t('errors.work.deleted'));
    if (verdict === 'hidden') throw new NotFound(t('errors.no_work'));
    if (verdict === 'login') throw new LoginRequired(REGISTERED_ONLY);
  }
  return { work, access };
}

/** Loads a work the viewer may read; throws NotFound, Gone or LoginRequired. */
export async function readWork(ctx: Context, viewer: Viewer, workId: number): Promise<WorkPage> {
  const { work, access } = await readableWork(ctx, viewer, workId);
  const canEdit = canEditWork(viewer, access);
  const [tags, series, betas, chapters, taxonomy, collections, gifts] = await Promise.all([
    tagsOfWorks(ctx.db, [work.id]),
    seriesOfWorks(ctx.db, [work.id]),
    betasOf(ctx.db, work.id),
    chaptersForReading(ctx.db, work.id, canEdit),
    loadTaxonomy(ctx.db),
    collectionsOfWorks(ctx.db, [work.id]),
    giftsOfWorks(ctx.db, [work.id]),
  ]);
  const grouped = byKind(tags.get(work.id) ?? []);
  return {
    work,
    creators: access.creators.filter((c) => c.status !== 'invited'),
    invited: access.creators.filter((c) => c.status === 'invited'),
    tags: grouped,
    series: series.get(work.id) ?? [],
    collections: (collections.get(work.id) ?? []).filter((c) => c.approved),
    betas,
    gifts: gifts.get(work.id) ?? [],
    chapters: await Promise.all(chapters.map((c) => freshHtml(ctx, c))),
    canEdit,
    adult: grouped.rating.some((r) => isAdultRating(taxonomy, r.name)),
    taxonomy,
  };
}

/** Text sanitized by an older allowlist is cleaned again from its source before it is shown (a long one off the event loop). */
async function freshHtml(ctx: Context, c: ChapterRecord): Promise<ChapterRecord> {
  if (c.sanitizerVersion >= SANITIZER_VERSION) return c;
  const [body] = await ctx.texts.render([{ source: c.bodySource, format: c.bodyFormat }]);
  return { ...c, bodyHtml: body!.html };
}
