/** GET /works/:id/chapters/:cid/edit, POST /works/:id/chapters/:cid: editing a chapter (and posting it if it waited). */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, redirectWithFlash } from '../respond.ts';
import { chapterFormPage } from '../views/chapter-form.ts';
import { readChapterValues, toChapterInput } from '../forms/work-form.ts';
import { chapterFormValuesOf } from '../forms/work-edit-values.ts';
import { readPublicationChoice, chapterSavedMessage } from '../forms/chapter-choice.ts';
import { formTimeZone, postedTimeZone, withZoneNotice } from '../forms/time-zone.ts';
import { autosaveOffer, restoredForm } from '../forms/autosave.ts';
import { autosaveNotice } from '../views/autosave-notice.ts';
import { loadChapterForEdit, editChapter } from '../../actions/edit-chapter.ts';
import { clearAutosave } from '../../actions/autosave.ts';
import { Invalid } from '../../domain/errors.ts';
import { chapterPath, workPath } from '../urls.ts';
import { t } from '../../i18n/translate.ts';

type ChapterRequest = FastifyRequest<{ Params: { id: string; cid: string } }>;

/** The edit form's autosave key (views/chapter-form.ts). */
const formKey = (cid: number) => `chapter:${cid}`;

/** The chapter form filled with the chapter as stored (or with its autosaved copy on `?restore=1`). */
export async function showEditChapter(request: ChapterRequest, reply: FastifyReply) {
  const { work, chapter } = await loadChapterForEdit(request.server.quire.ctx, request.viewer, Number(request.params.id), Number(request.params.cid));
  const offer = await autosaveOffer(request, formKey(chapter.id), chapter.revisedAt);
  const zone = await formTimeZone(request);
  const values = offer?.restored ? readChapterValues(restoredForm(offer)) : chapterFormValuesOf(chapter, zone.zone);
  return render(request, reply, (ctx) => chapterFormPage(ctx, { workId: work.id, workTitle: work.title, chapterId: chapter.id, values, errors: {}, posted: chapter.status === 'posted', zone, notice: autosaveNotice(ctx, offer) }));
}

/** Saves the edit; a failure shows the form again with everything typed. */
export async function saveChapter(request: ChapterRequest, reply: FastifyReply) {
  const app = request.server.quire;
  const id = Number(request.params.id);
  const cid = Number(request.params.cid);
  const { work, chapter } = await loadChapterForEdit(app.ctx, request.viewer, id, cid);
  const values = readChapterValues(request);
  const zone = await postedTimeZone(request);
  try {
    const { status } = await editChapter(app.ctx, request.viewer, id, cid, { ...readPublicationChoice(request, values, zone.zone), chapter: toChapterInput(values) });
    await clearAutosave(app.ctx, request.viewer!.id, formKey(cid));
    const back = status === 'posted' ? chapterPath(id, cid) : `${workPath(id)}/chapters/manage`;
    return redirectWithFlash(reply, back, withZoneNotice(chapterSavedMessage(status, work.visibility === 'draft', chapter.status === 'posted'), zone));
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return render(request, reply, (ctx) => chapterFormPage(ctx, { workId: id, workTitle: work.title, chapterId: cid, values, errors: error.fields, posted: chapter.status === 'posted', zone, message: withZoneNotice(t('posting.flash.changes_invalid'), zone) }), 422);
  }
}
