/** The viewer's bookmark form for a work or series page: new, or editing their bookmark; nothing for guests. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Html } from '../views/html.ts';
import { pageContext } from '../respond.ts';
import { bookmarkForm } from '../views/bookmark-form.ts';
import { bookmarkOf } from '../../storage/bookmarks.ts';
import { pseudChoice } from '../forms/pseud-choice.ts';
import type { Bookmarkable } from '../../domain/bookmarkable.ts';

/** The form (its fields are part of the OTW contract), with the viewer's saved bookmark if any. */
export async function viewerBookmarkForm(request: FastifyRequest, reply: FastifyReply, target: Bookmarkable): Promise<Html | ''> {
  if (!request.viewer) return '';
  const existing = await bookmarkOf(request.server.quire.db, request.viewer.id, target);
  const creator = await pseudChoice(request.server.quire.ctx, request.viewer, existing?.pseudId ?? undefined);
  return bookmarkForm(await pageContext(request, reply), target, existing, existing?.id, undefined, creator);
}
