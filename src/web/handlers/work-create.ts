/** GET /works/new, POST /works: posting a new work with its first chapter (or saving it as a draft). */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, formField, redirectWithFlash } from '../respond.ts';
import { workFormPage } from '../views/work-form.ts';
import { readWorkValues, readChapterValues, toWorkInput, toChapterInput, type WorkFormValues, type ChapterFormValues } from '../forms/work-form.ts';
import { postWork } from '../../actions/post-work.ts';
import { newWorkCommentSettings } from '../../actions/comment-settings.ts';
import { preferredTextFormat } from '../../actions/posting-prefs.ts';
import { formTimeZone, postedTimeZone, withZoneNotice } from '../forms/time-zone.ts';
import { loadTaxonomy } from '../../actions/taxonomy.ts';
import { Invalid } from '../../domain/errors.ts';
import { ParticipationRefused } from '../../domain/participation.ts';
import { workPath } from '../urls.ts';
import { clearAutosave } from '../../actions/autosave.ts';
import { autosaveOffer, restoredForm } from '../forms/autosave.ts';
import { autosaveNotice } from '../views/autosave-notice.ts';
import { pseudChoice, postedPseud } from '../forms/pseud-choice.ts';
import { t } from '../../i18n/translate.ts';

/** The new-work form's autosave key (views/work-form.ts). */
const FORM_KEY = 'work:new';



const BLANK_WORK: WorkFormValues = {
  title: '', summary: '', notes: '', end_notes: '', beta_credits: '', beta_logins: '', co_creators: '', rating: '', warnings: [], categories: [],
  fandom: '', relationship: '', character: '', freeform: '', language: 'en', expected_chapters: '?', published_on: '', visibility: 'public', series_title: '',
  collection_names: '', recipients: '', new_fandom_media: '', comment_permission: '', moderate_comments: '',
};
const BLANK_CHAPTER: ChapterFormValues = { chapter_title: '', chapter_summary: '', chapter_notes: '', chapter_end_notes: '', body: '', body_format: 'html', publish_at: '', silent: '' };

/** The empty posting form, offering the autosaved copy if there is one (filled from it with `?restore=1`). */
export async function showNewWork(request: FastifyRequest, reply: FastifyReply) {
  const taxonomy = await loadTaxonomy(request.server.quire.db);
  const offer = await autosaveOffer(request, FORM_KEY);
  const restored = offer?.restored ? restoredForm(offer) : undefined;
  const values = restored ? readWorkValues(restored) : { ...BLANK_WORK, comment_permission: (await newWorkCommentSettings(request.server.quire.db)).permission };
  const chapter = restored ? readChapterValues(restored) : { ...BLANK_CHAPTER, body_format: await preferredTextFormat(request.server.quire.ctx, request.viewer!.id) };
  const zone = await formTimeZone(request);
  const creator = await pseudChoice(request.server.quire.ctx, request.viewer);
  return render(request, reply, (ctx) => workFormPage(ctx, { isDraft: true, values, chapter, errors: {}, taxonomy, creator, zone, notice: autosaveNotice(ctx, offer) }));
}

/** Posts the work, or keeps it as a draft; a failure shows the form again with everything typed. */
export async function createWork(request: FastifyRequest, reply: FastifyReply) {
  const values = readWorkValues(request);
  const chapter = readChapterValues(request);
  const publish = formField(request, 'commit') !== 'draft';
  const pseudId = postedPseud(request, 'work');
  const zone = await postedTimeZone(request);
  try {
    const { workId, pending, scheduled } = await postWork(request.server.quire.ctx, request.viewer, { work: toWorkInput(values), chapter: toChapterInput(chapter), publish, pseudId, publishAt: chapter.publish_at, timeZone: zone.zone });
    await clearAutosave(request.server.quire.ctx, request.viewer!.id, FORM_KEY);
    const done = t(pending ? 'posting.flash.pending' : scheduled ? 'posting.flash.scheduled' : publish ? 'posting.flash.posted' : 'posting.flash.draft_saved');
    return redirectWithFlash(reply, workPath(workId), withZoneNotice(done, zone));
  } catch (error) {
    // Refused (terms to accept, email to confirm…): the form comes back with everything typed and the notice says what to do.
    const creator = await pseudChoice(request.server.quire.ctx, request.viewer, pseudId);
    if (error instanceof ParticipationRefused) {
      const taxonomy = await loadTaxonomy(request.server.quire.db);
      return render(request, reply, (ctx) => workFormPage(ctx, { isDraft: true, values, chapter, errors: {}, taxonomy, creator, zone, message: withZoneNotice(t('posting.flash.refused_kept_draft', { message: error.message }), zone) }), 403);
    }
    if (!(error instanceof Invalid)) throw error;
    const taxonomy = await loadTaxonomy(request.server.quire.db);
    return render(request, reply, (ctx) => workFormPage(ctx, { isDraft: true, values, chapter, errors: error.fields, taxonomy, creator, zone, message: withZoneNotice(t('posting.flash.work_invalid'), zone) }), 422);
  }
}
