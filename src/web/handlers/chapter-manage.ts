/**
 * GET /works/:id/chapters/manage, POST /works/:id/chapters/reorder (position numbers, no JavaScript needed),
 * GET and POST /works/:id/chapters/:cid/delete (confirm, then delete).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, redirectWithFlash } from '../respond.ts';
import { chapterManagePage } from '../views/chapter-manage.ts';
import { confirmPage } from '../views/confirm.ts';
import { chaptersForManaging, reorderWorkChapters, deleteWorkChapter } from '../../actions/manage-chapters.ts';
import { loadChapterForEdit } from '../../actions/edit-chapter.ts';
import { Invalid } from '../../domain/errors.ts';
import { messagePage } from '../views/message.ts';
import { html } from '../views/html.ts';
import { formTimeZone } from '../forms/time-zone.ts';
import { t } from '../../i18n/translate.ts';

type WorkRequest = FastifyRequest<{ Params: { id: string } }>;
type ChapterRequest = FastifyRequest<{ Params: { id: string; cid: string } }>;

const managePath = (id: number) => `/works/${id}/chapters/manage`;

/** Every chapter with its position, state and links. */
export async function showManageChapters(request: WorkRequest, reply: FastifyReply) {
  const m = await chaptersForManaging(request.server.quire.ctx, request.viewer, Number(request.params.id));
  const { zone } = await formTimeZone(request);
  return render(request, reply, (ctx) => chapterManagePage(ctx, { ...m, zone }));
}

/** The typed positions (`chapters[<id>]=N`) as a map. */
function typedPositions(request: FastifyRequest): Map<number, string> {
  const out = new Map<number, string>();
  for (const [name, value] of Object.entries((request.body ?? {}) as Record<string, unknown>)) {
    const m = /^chapters\[(\d+)\]$/.exec(name);
    if (m && typeof value === 'string') out.set(Number(m[1]), value);
  }
  return out;
}

/** Saves the new order. */
export async function saveChapterOrder(request: WorkRequest, reply: FastifyReply) {
  const id = Number(request.params.id);
  try {
    await reorderWorkChapters(request.server.quire.ctx, request.viewer, id, typedPositions(request));
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return redirectWithFlash(reply, managePath(id), Object.values(error.fields).join(' '));
  }
  return redirectWithFlash(reply, managePath(id), t('posting.flash.reordered'));
}

/** Asks before deleting a chapter. */
export async function confirmDeleteChapter(request: ChapterRequest, reply: FastifyReply) {
  const { work, chapter } = await loadChapterForEdit(request.server.quire.ctx, request.viewer, Number(request.params.id), Number(request.params.cid));
  const question = chapter.title ? t('posting.delete_chapter.question.titled', { number: chapter.position, title: chapter.title, work: work.title })
    : t('posting.delete_chapter.question', { number: chapter.position, work: work.title });
  return render(request, reply, (ctx) => confirmPage(ctx, {
    title: t('posting.delete_chapter.title'),
    question,
    consequence: t('posting.delete_chapter.consequence'),
    action: `/works/${work.id}/chapters/${chapter.id}/delete`,
    button: t('posting.delete_chapter.button'),
    cancelHref: managePath(work.id),
  }));
}

/** Deletes the chapter (not the only one: the page says to delete the work instead). */
export async function removeChapter(request: ChapterRequest, reply: FastifyReply) {
  const id = Number(request.params.id);
  try {
    await deleteWorkChapter(request.server.quire.ctx, request.viewer, id, Number(request.params.cid));
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    const why = Object.values(error.fields).join(' ');
    return render(request, reply, (ctx) => messagePage(ctx, t('posting.delete_chapter.refused'), why, html`<p><a href="${managePath(id)}">${t('posting.delete_chapter.back')}</a> · <a href="/works/${id}/delete">${t('posting.delete_work.link')}</a></p>`), 422);
  }
  return redirectWithFlash(reply, managePath(id), t('posting.flash.chapter_deleted'));
}
