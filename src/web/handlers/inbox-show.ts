/** The inbox: GET /inbox, POST /inbox (bulk read/unread/delete), POST /inbox/settings (email opt-in). */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { formField, formList, queryParam, redirectWithFlash, render } from '../respond.ts';
import { readInbox, updateInbox, setCommentEmailChoice } from '../../actions/inbox.ts';
import { inboxPage } from '../views/inbox.ts';
import { t } from '../../i18n/translate.ts';

/** The viewer's notifications. */
export async function showInbox(request: FastifyRequest, reply: FastifyReply) {
  const unreadOnly = queryParam(request, 'filter') === 'unread';
  const m = await readInbox(request.server.quire.ctx, request.viewer!, { page: queryParam(request, 'page'), unreadOnly });
  return render(request, reply, (ctx) => inboxPage(ctx, { ...m, unreadOnly }));
}

const DONE = { read: 'marked read', unread: 'marked unread', delete: 'deleted' } as Record<string, string>;

/** Applies a bulk action to the checked messages. */
export async function saveInbox(request: FastifyRequest, reply: FastifyReply) {
  const action = formField(request, 'bulk');
  const n = await updateInbox(request.server.quire.ctx, request.viewer!, { ids: formList(request, 'ids[]'), action });
  return redirectWithFlash(reply, '/inbox', `${n} ${n === 1 ? 'message' : 'messages'} ${DONE[action] ?? 'updated'}.`);
}

/** Saves the email choice. */
export async function saveInboxSettings(request: FastifyRequest, reply: FastifyReply) {
  await setCommentEmailChoice(request.server.quire.ctx, request.viewer!, formField(request, 'comment_emails') === '1');
  return redirectWithFlash(reply, '/inbox', t('account.flash.email_setting'));
}
