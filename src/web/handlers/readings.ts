/**
 * History and Marked for Later: GET /users/:login/readings (+ ?show=to-read), the clear-history confirmation,
 * deleting one entry or all, AO3's POST /works/:id/mark_for_later and /works/:id/mark_as_read, and the history
 * switch (POST /settings/history). Who may do what is decided in actions/readings.ts.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { formField, queryParam, redirectWithFlash, render, safeReturnPath } from '../respond.ts';
import { listReadings, forgetReading, clearHistory, markWork, saveHistorySetting } from '../../actions/readings.ts';
import { readingsPage } from '../views/readings.ts';
import { confirmPage } from '../views/confirm.ts';
import { workPath } from '../urls.ts';
import { t } from '../../i18n/translate.ts';

type UserRequest = FastifyRequest<{ Params: { login: string } }>;
type EntryRequest = FastifyRequest<{ Params: { login: string; workId: string } }>;
type WorkRequest = FastifyRequest<{ Params: { id: string } }>;

/** Where a form returns to: the page it was on, else `fallback`. */
const back = (request: FastifyRequest, fallback: string) => {
  const to = formField(request, 'return_to');
  return to ? safeReturnPath(to) : fallback;
};

const historyPath = (login: string, toRead = false) => `/users/${login}/readings${toRead ? '?show=to-read' : ''}`;

/** The member's history or Marked for Later list. */
export async function showReadings(request: UserRequest, reply: FastifyReply) {
  const list = await listReadings(request.server.quire.ctx, request.viewer, request.params.login, { page: queryParam(request, 'page'), show: queryParam(request, 'show') });
  return render(request, reply, (ctx) => readingsPage(ctx, list));
}

/** "Are you sure?" before the whole history goes. */
export async function confirmClearReadings(request: UserRequest, reply: FastifyReply) {
  // The same privacy check as the list: anyone else gets a 404 here too.
  const list = await listReadings(request.server.quire.ctx, request.viewer, request.params.login, { page: '1', show: '' });
  const base = historyPath(list.user.login);
  return render(request, reply, (ctx) => confirmPage(ctx, {
    title: t('reader.readings.clear'), question: t('reader.flash.clear_question'),
    consequence: t('reader.flash.clear_consequence'),
    action: `${base}/clear`, button: t('reader.flash.clear_button'), cancelHref: base,
  }));
}

/** Empties the history. */
export async function clearReadingsNow(request: UserRequest, reply: FastifyReply) {
  const n = await clearHistory(request.server.quire.ctx, request.viewer, request.params.login);
  return redirectWithFlash(reply, historyPath(request.viewer!.login), n ? t('reader.flash.cleared') : t('reader.flash.already_empty'));
}

/** Deletes one entry. */
export async function removeReading(request: EntryRequest, reply: FastifyReply) {
  const removed = await forgetReading(request.server.quire.ctx, request.viewer, request.params.login, request.params.workId);
  return redirectWithFlash(reply, back(request, historyPath(request.viewer!.login)), removed ? t('reader.flash.entry_deleted') : t('reader.flash.entry_missing'));
}

/** AO3's mark_for_later (`toRead`) and mark_as_read. */
export const markReading = (toRead: boolean) => async (request: WorkRequest, reply: FastifyReply) => {
  const id = Number(request.params.id);
  await markWork(request.server.quire.ctx, request.viewer, /^\d{1,15}$/.test(request.params.id) ? id : NaN, toRead);
  const message = toRead ? t('reader.flash.marked') : t('reader.flash.unmarked');
  return redirectWithFlash(reply, back(request, workPath(id)), message);
};

/** Turns the history on or off. */
export async function saveHistory(request: FastifyRequest, reply: FastifyReply) {
  const on = formField(request, 'history_enabled') === '1';
  await saveHistorySetting(request.server.quire.ctx, request.viewer!, on);
  return redirectWithFlash(reply, '/settings/reading#history', on ? t('reader.flash.history_on') : t('reader.flash.history_off'));
}
