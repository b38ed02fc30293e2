/** GET /works/:id/chapters/new, POST /works/:id/chapters: adding a chapter (post, save as draft, or schedule). */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, redirectWithFlash } from '../respond.ts';
import { chapterFormPage } from '../views/chapter-form.ts';
import { readChapterValues, toChapterInput, type ChapterFormValues } from '../forms/work-form.ts';
import { readPublicationChoice, chapterSavedMessage } from '../forms/chapter-choice.ts';
import { formTimeZone, postedTimeZone, withZoneNotice } from '../forms/time-zone.ts';
import { preferredTextFormat } from '../../actions/posting-prefs.ts';
import { autosaveOffer, restoredForm } from '../forms/autosave.ts';
import { autosaveNotice } from '../views/autosave-notice.ts';
import { addChapter } from '../../actions/add-chapter.ts';
import { editableWork } from '../../actions/editable-work.ts';
import { clearAutosave } from '../../actions/autosave.ts';
import { Invalid } from '../../domain/errors.ts';
import { ParticipationRefused } from '../../domain/participation.ts';
import { chapterPath, workPath } from '../urls.ts';
import { t } from '../../i18n/translate.ts';

type WorkRequest = FastifyRequest<{ Params: { id: string } }>;

const BLANK: ChapterFormValues = { chapter_title: '', chapter_summary: '', chapter_notes: '', chapter_end_notes: '', body: '', body_format: 'html', publish_at: '', silent: '' };
/** The new-chapter form's autosave key (views/chapter-form.ts). */
const formKey = (id: number) => `work:${id}:chapter:new`;

/** The empty chapter form (or its autosaved copy on `?restore=1`). */
export async function showNewChapter(request: WorkRequest, reply: FastifyReply) {
  const { work } = await editableWork(request.server.quire.ctx, request.viewer, Number(request.params.id));
  const offer = await autosaveOffer(request, formKey(work.id));
  const zone = await formTimeZone(request);
  const values = offer?.restored ? readChapterValues(restoredForm(offer)) : { ...BLANK, body_format: await preferredTextFormat(request.server.quire.ctx, request.viewer!.id) };
  return render(request, reply, (ctx) => chapterFormPage(ctx, { workId: work.id, workTitle: work.title, values, errors: {}, posted: false, zone, notice: autosaveNotice(ctx, offer) }));
}

/** Adds the chapter; a failure (e.g. a time in the past) shows the form again with everything typed. */
export async function createChapter(request: WorkRequest, reply: FastifyReply) {
  const app = request.server.quire;
  const id = Number(request.params.id);
  const { work } = await editableWork(app.ctx, request.viewer, id);
  const values = readChapterValues(request);
  const zone = await postedTimeZone(request);
  try {
    const { chapterId, status } = await addChapter(app.ctx, request.viewer, id, { ...readPublicationChoice(request, values, zone.zone), chapter: toChapterInput(values) });
    await clearAutosave(app.ctx, request.viewer!.id, formKey(id));
    return redirectWithFlash(reply, status === 'posted' ? chapterPath(id, chapterId) : `${workPath(id)}/chapters/manage`, withZoneNotice(chapterSavedMessage(status, work.visibility === 'draft'), zone));
  } catch (error) {
    if (error instanceof ParticipationRefused) {
      return render(request, reply, (ctx) => chapterFormPage(ctx, { workId: id, workTitle: work.title, values, errors: {}, posted: false, zone, message: withZoneNotice(t('posting.flash.refused_kept', { message: error.message }), zone) }), 403);
    }
    if (!(error instanceof Invalid)) throw error;
    return render(request, reply, (ctx) => chapterFormPage(ctx, { workId: id, workTitle: work.title, values, errors: error.fields, posted: false, zone, message: withZoneNotice(t('posting.flash.chapter_invalid'), zone) }), 422);
  }
}
