/**
 * Moderators' pages and actions for comments (/admin/comments/:id/…), series (/admin/series/:id/…) and collections
 * (/admin/collections/:name/…): hide, show again, and for comments delete.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { html, raw } from '../views/html.ts';
import { render, formField, queryParam, redirectWithFlash } from '../respond.ts';
import { moderateItemPage, type ModerateItemModel } from '../views/moderate-item.ts';
import { commenter } from '../views/comment-item.ts';
import { dateTime } from '../views/time.ts';
import { commentForStaff, moderateComment, type CommentAction } from '../../actions/staff-comment.ts';
import { hideGroup, type Group } from '../../actions/staff-hide-group.ts';
import { seriesById } from '../../storage/series.ts';
import { collectionByName } from '../../storage/collections.ts';
import { assertStaff } from '../../domain/moderation.ts';
import { Invalid, NotFound } from '../../domain/errors.ts';
import { closeReportWith, reportIdOf } from './report-closing.ts';
import type { FormState } from '../views/form.ts';
import type { Context } from '../../actions/context.ts';
import type { Viewer } from '../../domain/permissions.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from '../views/translate-html.ts';
import { commentStatusLabel } from '../views/comment-status.ts';

type ItemRequest = FastifyRequest<{ Params: { id?: string; name?: string } }>;

/** An action's hint ("Readers no longer see it…"), in the reader's language. */
const hint = (action: string): string => t(`moderation.item.${action}.hint`);
const hiddenLine = (hiddenAt: number | null, reason: string) =>
  hiddenAt === null ? html`<p>${t('moderation.work.visible')}</p>`
    : html`<p><strong>${t('moderation.work_state.hidden')}</strong> ${tHtml('moderation.work.since', { date: dateTime(hiddenAt) })}. ${t('moderation.user.reason', { reason })}</p>`;

async function commentModel(ctx: Context, viewer: Viewer, id: number): Promise<Omit<ModerateItemModel, 'reportId'>> {
  const { comment: c, actions } = await commentForStaff(ctx, viewer, id);
  const about = html`<p>${tHtml('moderation.item.comment_about', { by: commenter(c), work: html`<a href="/works/${c.workId}/comments/${c.id}">${c.workTitle}</a>`, date: dateTime(c.createdAt), status: commentStatusLabel(c.status) })}</p>
${hiddenLine(c.hiddenAt, c.hiddenReason)}<blockquote class="userstuff">${raw(c.bodyHtml)}</blockquote>`;
  return { title: t('moderation.item.heading', { kind: 'comment' }), about, actions: actions.map((a) => ({ path: `/admin/comments/${c.id}/${a}`, key: a, label: t(`moderation.item.${a}`, { kind: 'comment' }), hint: hint(a) })) };
}

async function groupModel(ctx: Context, viewer: Viewer, g: Group): Promise<Omit<ModerateItemModel, 'reportId'>> {
  assertStaff(viewer);
  const found = g.kind === 'series' ? await seriesById(ctx.db, g.id) : await collectionByName(ctx.db, g.name);
  if (!found) throw new NotFound(t('moderation.item.not_found', { kind: g.kind }));
  const base = g.kind === 'series' ? `/series/${g.id}` : `/collections/${g.name}`;
  const action = found.hiddenAt === null ? 'hide' : 'unhide';
  return {
    title: t('moderation.item.heading', { kind: g.kind }),
    about: html`<p><a href="${base}">${found.title}</a></p>${hiddenLine(found.hiddenAt, found.hiddenReason)}`,
    actions: [{ path: `/admin${base}/${action}`, key: action, label: t(`moderation.item.${action}`, { kind: g.kind }), hint: hint(action) }],
  };
}

function groupOf(request: ItemRequest, kind: Group['kind']): Group {
  return kind === 'series' ? { kind, id: Number(request.params.id) } : { kind, name: String(request.params.name) };
}

async function page(request: ItemRequest, reply: FastifyReply, kind: 'comment' | Group['kind'], form: FormState, status = 200) {
  const ctx = request.server.quire.ctx;
  const model = kind === 'comment' ? await commentModel(ctx, request.viewer, Number(request.params.id)) : await groupModel(ctx, request.viewer, groupOf(request, kind));
  const reportId = reportIdOf(form.values.report_id ?? queryParam(request, 'report'));
  return render(request, reply, (pc) => moderateItemPage(pc, { ...model, reportId }, form), status);
}

/** GET …/moderate for a comment, series or collection. */
export function showModerateItem(kind: 'comment' | Group['kind']) {
  return (request: ItemRequest, reply: FastifyReply) => page(request, reply, kind, { values: {}, errors: {} });
}

/** POST one action on a comment, series or collection; a missing reason shows the page again with the text kept. */
export function moderateItemWith(kind: 'comment' | Group['kind'], action: CommentAction) {
  return async (request: ItemRequest, reply: FastifyReply) => {
    const ctx = request.server.quire.ctx;
    const values = { action, reason: formField(request, 'reason'), report_id: formField(request, 'report_id') };
    const close = closeReportWith(ctx, reportIdOf(values.report_id), values.reason);
    try {
      if (kind === 'comment') {
        const c = await moderateComment(ctx, request.viewer, Number(request.params.id), action, values.reason, close);
        return redirectWithFlash(reply, `/admin/comments/${c.id}/moderate`, t(`moderation.item.done.${action}`, { kind: 'comment' }));
      }
      const g = groupOf(request, kind);
      const done = await hideGroup(ctx, request.viewer, g, action === 'hide', values.reason, close);
      return redirectWithFlash(reply, `/admin${done.path}/moderate`, t(`moderation.item.done.${action === 'hide' ? 'hide' : 'unhide'}`, { kind }));
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return page(request, reply, kind, { values, errors: error.fields, message: error.message }, 422);
    }
  };
}
