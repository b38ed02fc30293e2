/** The viewer's bookmark form for a work or series page: new, or editing their bookmark; nothing for guests. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Html } from '../views/html.ts';
import { pageContext } from '../respond.ts';
import { bookmarkForm } from '../views/bookmark-form.ts';
import { bookmarkOf } from '../../storage/bookmarks.ts';
import { choiceOf, pseudChoice } from '../forms/pseud-choice.ts';
import type { Pseud } from '../../domain/pseud.ts';
import type { Bookmarkable } from '../../domain/bookmarkable.ts';

/**
 * The form (its fields are part of the OTW contract), with the viewer's saved bookmark if any. `known` is what the
 * page already read of the member: whether they bookmarked the target, and their pseuds.
 */
export async function viewerBookmarkForm(request: FastifyRequest, reply: FastifyReply, target: Bookmarkable, known?: { bookmarkId: number | undefined; pseuds: Pseud[] }): Promise<Html | ''> {
  if (!request.viewer) return '';
  const existing = known && known.bookmarkId === undefined ? undefined : await bookmarkOf(request.server.quire.db, request.viewer.id, target);
  const creator = known ? choiceOf(known.pseuds, existing?.pseudId ?? undefined) : await pseudChoice(request.server.quire.ctx, request.viewer, existing?.pseudId ?? undefined);
  return bookmarkForm(await pageContext(request, reply), target, existing, existing?.id, undefined, creator);
}
