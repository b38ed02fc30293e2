/**
 * Editing a work's fields, tags, co-creators, betas and series. Edits never move the work's "updated" date
 * (no bumping to the top of listings by editing); only posting a chapter does. A draft can be posted from here.
 */
import { updateWork, setWorkDates, setDraftVisibility, draftVisibilityOf, type WorkRecord } from '../storage/works.ts';
import { tagsOfWorks, byKind, type TagRef } from '../storage/tags.ts';
import { betasOf, removeCreator } from '../storage/work-creators.ts';
import { seriesOfWorks, removeFromSeries } from '../storage/series.ts';
import { workProblems, publicationTime, isoDay, type WorkInput, type Visibility } from '../domain/work.ts';
import { assertValid, type FieldErrors } from '../domain/errors.ts';
import type { Viewer } from '../domain/permissions.ts';
import type { TagKind } from '../domain/tag-list.ts';
import { renderWorkText } from './render-text.ts';
import { loadTaxonomy } from './taxonomy.ts';
import { resolveLogins, writeWorkTags, inviteCoCreators, writeWorkLinks } from './work-tags.ts';
import { notifyInvitedCoCreators } from './co-creators.ts';
import { collectionsToJoin, syncWorkCollections } from './add-to-collection.ts';
import { collectionsOfWorks } from '../storage/collection-items.ts';
import { assertPostable, postDraftWork } from './publish-draft.ts';
import { notifySubscribers } from './notify-subscribers.ts';
import { editableWork } from './editable-work.ts';
import type { Context } from './context.ts';
import { indexWork } from '../storage/search/index.ts';
import { assertMayParticipate } from './site-policy.ts';
import { holdForValidation } from './validation.ts';
import { chosenPseud } from './pseuds.ts';
import { setCreatorPseud } from '../storage/pseuds.ts';
import { chosenCommentSettings } from './comment-settings.ts';
import { DEFAULT_TIME_ZONE, localDay } from '../domain/time-zone.ts';
import { saveWorkCommentSettings, workCommentSettings } from '../storage/comments.ts';
import type { CommentPermission } from '../domain/comment-rules.ts';
import { resolveRecipients } from './gifts.ts';
import { giftsOfWorks, writeGifts } from '../storage/gifts.ts';
import { notifyGiftRecipients } from './gift-notices.ts';
import { creditName } from '../domain/pseud.ts';

/** Everything the edit form is filled from. */
export interface WorkForEdit {
  work: WorkRecord;
  tags: Record<TagKind, TagRef[]>;
  /** Other creators (accepted or still invited), as the co-creators field lists them. */
  coCreatorLogins: string[];
  betaLogins: string[];
  seriesTitle: string;
  /** The collections it is in or waiting for, by name. */
  collectionNames: string[];
  /** Who reads it once posted (for a draft, its remembered choice). */
  visibility: Exclude<Visibility, 'draft'>;
  /** Who may comment, and whether comments wait for approval. */
  comments: { permission: CommentPermission; moderated: boolean };
  /** Who it is a gift to, as the form's field lists them (refused gifts left out). */
  recipients: string;
}

/** Loads a work for its edit form; only its creators may. */
export async function loadWorkForEdit(ctx: Context, viewer: Viewer, workId: number): Promise<WorkForEdit> {
  const { work, access, account } = await editableWork(ctx, viewer, workId);
  const [tags, betaLogins, series, collections, comments, giftsByWork] = await Promise.all([tagsOfWorks(ctx.db, [work.id]), betasOf(ctx.db, work.id), seriesOfWorks(ctx.db, [work.id]), collectionsOfWorks(ctx.db, [work.id]), workCommentSettings(ctx.db, work.id), giftsOfWorks(ctx.db, [work.id])]);
  const gifts = giftsByWork.get(work.id) ?? [];
  return {
    work,
    tags: byKind(tags.get(work.id) ?? []),
    coCreatorLogins: access.creators.filter((c) => c.userId !== account.id).map((c) => c.login),
    betaLogins,
    seriesTitle: series.get(work.id)?.[0]?.title ?? '',
    collectionNames: (collections.get(work.id) ?? []).map((c) => c.name),
    visibility: work.visibility === 'draft' ? await draftVisibilityOf(ctx.db, work.id) : work.visibility,
    comments,
    // A member is written as bylines print them ("pseud (login)"), which the field reads back as that pseud.
    recipients: gifts.map((g) => (g.login ? creditName({ login: g.login, pseud: g.name }) : g.name)).join(', '),
  };
}

/** What the edit form sends: the fields, and for a draft whether to post it now. */
export interface EditWorkInput {
  work: WorkInput;
  /** 'post' posts a draft; 'draft' keeps it a draft; for a posted work both just save. */
  commit: 'post' | 'draft';
  /** The author's time zone: its today is the latest publication date allowed (UTC when absent). */
  timeZone?: string;
  /** The form's Creator/Pseud(s) choice for the viewer's credit ('' for their default); absent leaves it as it is. */
  pseudId?: string;
}

/** Saves an edit; throws Invalid (every field's problem), NotFound, Gone or Forbidden. */
export async function editWork(ctx: Context, viewer: Viewer, workId: number, input: EditWorkInput): Promise<{ posted: boolean }> {
  await assertMayParticipate(ctx, viewer);
  const { work, access, account } = await editableWork(ctx, viewer, workId);
  const now = ctx.now();
  const w = input.work;
  const taxonomy = await loadTaxonomy(ctx.db);
  const errors: FieldErrors = workProblems(w, taxonomy, work.chapterCount, localDay(now, input.timeZone ?? DEFAULT_TIME_ZONE));
  const coCreators = await resolveLogins(ctx.db, w.coCreatorLogins, account, 'co_creators', errors);
  const betas = await resolveLogins(ctx.db, w.betaLogins, account, 'beta_logins', errors);
  const inNow = ((await collectionsOfWorks(ctx.db, [work.id])).get(work.id) ?? []).map((c) => c.name);
  const joining = await collectionsToJoin(ctx.db, account, w.collectionNames ?? [], errors, inNow);
  const gifts = w.recipients === undefined ? undefined : await resolveRecipients(ctx.db, account, w.recipients, errors);
  assertValid(errors);
  const pseudId = input.pseudId === undefined ? undefined : await chosenPseud(ctx.db, account, input.pseudId);
  const isDraft = work.visibility === 'draft';
  const post = isDraft && input.commit === 'post';
  // The form shows the published day; only a different day moves the date (keeping its time otherwise).
  const redated = !isDraft && w.publishedOn !== '' && work.publishedAt !== null && w.publishedOn !== isoDay(work.publishedAt);
  const publishedAt = redated ? publicationTime(w.publishedOn, now) : work.publishedAt;
  const text = await renderWorkText(ctx.texts, w);
  const invited = await ctx.db.transaction(async (tx) => {
    await updateWork(tx, work.id, { ...text, visibility: isDraft ? 'draft' : w.visibility, publishedAt, now });
    if (isDraft) await setDraftVisibility(tx, work.id, w.visibility === 'registered' ? 'registered' : 'public');
    if (redated && publishedAt !== null) {
      // A one-chapter work was never updated after its publication; otherwise "updated" cannot precede "published".
      const updatedAt = work.chapterCount <= 1 ? publishedAt : Math.max(work.updatedAt ?? publishedAt, publishedAt);
      await setWorkDates(tx, work.id, { updatedAt });
    }
    await writeWorkTags(tx, work.id, w, now);
    if (w.comments) await saveWorkCommentSettings(tx, work.id, chosenCommentSettings(w.comments));
    // The form shows one series; keeping its title keeps the work where it is (even in a co-creator's series).
    const current = (await seriesOfWorks(tx, [work.id])).get(work.id)?.[0];
    const sameSeries = current !== undefined && current.title.toLowerCase() === w.seriesTitle.trim().toLowerCase();
    if (current && !sameSeries) await removeFromSeries(tx, current.seriesId, work.id);
    await writeWorkLinks(tx, work.id, account, betas, sameSeries ? '' : w.seriesTitle, now);
    // Invitations not yet accepted can be withdrawn; accepted co-creators leave only by their own choice.
    for (const c of access.creators) if (c.status === 'invited' && !coCreators.some((a) => a.id === c.userId)) await removeCreator(tx, work.id, c.userId);
    const newlyInvited = await inviteCoCreators(tx, work.id, coCreators);
    if (pseudId !== undefined) await setCreatorPseud(tx, work.id, account.id, pseudId);
    if (w.collectionNames) await syncWorkCollections(tx, account, work.id, w.collectionNames, joining, now);
    if (gifts) await writeGifts(tx, work.id, gifts, now, account.id);
    if (post) {
      await assertPostable(tx, work.id);
      await postDraftWork(tx, work.id, publicationTime(w.publishedOn, now));
      await holdForValidation(ctx, tx, work.id, account);
    }
    await indexWork(tx, work.id);
    return newlyInvited;
  });
  await notifyInvitedCoCreators(ctx, account, work.id, text.title, invited);
  if (post) await notifySubscribers(ctx, { kind: 'work', workId: work.id });
  await notifyGiftRecipients(ctx, work.id);
  return { posted: post };
}
