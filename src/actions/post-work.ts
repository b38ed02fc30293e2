/**
 * Posting a new work with its first chapter, as a draft or published. Drafts never expire; a published work
 * gets its published and updated dates (backdated when the author asks).
 */
import { insertWork, refreshWorkCounts, setDraftVisibility } from '../storage/works.ts';
import { insertChapter } from '../storage/chapters.ts';
import { putCreator } from '../storage/work-creators.ts';
import { workProblems, chapterProblems, publicationTime, isoDay, type WorkInput, type ChapterInput } from '../domain/work.ts';
import { assertValid, Forbidden, type FieldErrors } from '../domain/errors.ts';
import type { Viewer } from '../domain/permissions.ts';
import { renderWorkText, renderChapterText } from './render-text.ts';
import { loadTaxonomy } from './taxonomy.ts';
import { resolveLogins, writeWorkTags, inviteCoCreators, writeWorkLinks } from './work-tags.ts';
import { notifyInvitedCoCreators } from './co-creators.ts';
import { collectionsToJoin, addToCollections } from './add-to-collection.ts';
import type { Context } from './context.ts';
import { indexWork } from '../storage/search/index.ts';
import { notifySubscribers } from './notify-subscribers.ts';
import { assertMayParticipate } from './site-policy.ts';
import { holdForValidation } from './validation.ts';
import { chosenPseud } from './pseuds.ts';
import { setCreatorPseud } from '../storage/pseuds.ts';
import { chosenCommentSettings, newWorkCommentSettings } from './comment-settings.ts';
import { saveWorkCommentSettings } from '../storage/comments.ts';
import { chosenStatus } from './chapter-publication.ts';
import { rememberTextFormat } from './posting-prefs.ts';
import { DEFAULT_TIME_ZONE, localDay } from '../domain/time-zone.ts';
import { resolveRecipients } from './gifts.ts';
import { writeGifts } from '../storage/gifts.ts';
import { notifyGiftRecipients } from './gift-notices.ts';
import { t } from '../i18n/translate.ts';

/** What the new-work form sends: the work, its first chapter, and whether to post or keep a draft. */
export interface PostWorkInput {
  work: WorkInput;
  chapter: ChapterInput;
  publish: boolean;
  /** "Publish later at" of the first chapter (the work is posted with it then), or '' / absent to post now. */
  publishAt?: string;
  /** The author's time zone, which the publication date and the schedule are typed in (UTC when absent). */
  timeZone?: string;
  /** The form's Creator/Pseud(s) choice: a pseud id of the viewer's, '' or absent for their default. */
  pseudId?: string;
}

/** Creates the work; throws `Invalid` (with every field's problem) or `Forbidden` for guests. `pending`: it waits for validation. */
export async function postWork(ctx: Context, viewer: Viewer, input: PostWorkInput): Promise<{ workId: number; chapterId: number; pending: boolean; scheduled: boolean }> {
  if (input.publish) await assertMayParticipate(ctx, viewer);
  if (!viewer) throw new Forbidden(t('errors.work.log_in'));
  const now = ctx.now();
  const taxonomy = await loadTaxonomy(ctx.db);
  const zone = input.timeZone ?? DEFAULT_TIME_ZONE;
  const errors: FieldErrors = { ...workProblems(input.work, taxonomy, 1, localDay(now, zone)), ...chapterProblems(input.chapter) };
  // Posting with a time schedules the work: it stays a draft until its first chapter is posted then (publish-due.ts).
  const scheduled = input.publish && input.publishAt?.trim() ? chosenStatus({ commit: 'post', publishAt: input.publishAt, silent: false, timeZone: zone }, now, errors) : undefined;
  if (scheduled && input.work.publishedOn) errors.published_on = t('errors.work.scheduled_dated');
  const posting = input.publish && !scheduled;
  const coCreators = await resolveLogins(ctx.db, input.work.coCreatorLogins, viewer, 'co_creators', errors);
  const betas = await resolveLogins(ctx.db, input.work.betaLogins, viewer, 'beta_logins', errors);
  const collections = await collectionsToJoin(ctx.db, viewer, input.work.collectionNames ?? [], errors);
  const gifts = await resolveRecipients(ctx.db, viewer, input.work.recipients ?? '', errors);
  assertValid(errors);
  const pseudId = await chosenPseud(ctx.db, viewer, input.pseudId);
  const text = await renderWorkText(ctx.texts, input.work);
  const chapter = await renderChapterText(ctx.texts, input.chapter);
  const publishedAt = posting ? publicationTime(input.work.publishedOn, now) : null;
  const comments = input.work.comments ? chosenCommentSettings(input.work.comments) : await newWorkCommentSettings(ctx.db);
  const { ids, invited } = await ctx.db.transaction(async (tx) => {
    const workId = await insertWork(tx, { ...text, visibility: posting ? input.work.visibility : 'draft', publishedAt, now });
    await putCreator(tx, workId, viewer.id, 'owner');
    await saveWorkCommentSettings(tx, workId, comments);
    // A draft remembers who will read it once posted.
    if (!posting) await setDraftVisibility(tx, workId, input.work.visibility === 'registered' ? 'registered' : 'public');
    await writeWorkTags(tx, workId, input.work, now);
    await setCreatorPseud(tx, workId, viewer.id, pseudId);
    await writeWorkLinks(tx, workId, viewer, betas, input.work.seriesTitle, now);
    await addToCollections(tx, viewer, workId, collections, now);
    await writeGifts(tx, workId, gifts, now, viewer.id);
    const chapterId = await insertChapter(tx, workId, { ...chapter, status: posting ? 'posted' : scheduled ? 'scheduled' : 'draft', publishAt: scheduled?.publishAt ?? null, postedAt: publishedAt, silent: false, now });
    await refreshWorkCounts(tx, workId);
    await indexWork(tx, workId);
    const pending = posting && (await holdForValidation(ctx, tx, workId, viewer));
    return { ids: { workId, chapterId, pending }, invited: await inviteCoCreators(tx, workId, coCreators) };
  });
  await notifyInvitedCoCreators(ctx, viewer, ids.workId, input.work.title, invited);
  if (posting) await notifySubscribers(ctx, { kind: 'work', workId: ids.workId, chapterId: ids.chapterId });
  await notifyGiftRecipients(ctx, ids.workId);
  await rememberTextFormat(ctx, viewer.id, input.chapter.format);
  return { ...ids, scheduled: scheduled !== undefined };
}
