/** Blocks shown after a work's text (kudos, bookmarks, comments…), each rendered by its own feature. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { WorkPage } from '../../actions/read-work.ts';
import { html, type Html } from '../views/html.ts';
import { pageContext } from '../respond.ts';
import { bookmarkForm } from '../views/bookmark-form.ts';
import { bookmarkOf } from '../../storage/bookmarks.ts';
import { kudosAfterWork } from './kudos-show.ts';
import { commentsAfterWork } from './comments-show.ts';
import { pseudChoice } from '../forms/pseud-choice.ts';

/** One feature's block under a work, or nothing. */
type Block = (request: FastifyRequest, reply: FastifyReply, page: WorkPage) => Promise<Html | ''>;

/** Logged-in readers get the bookmark form (its fields are part of the OTW contract). */
const bookmarkBlock: Block = async (request, reply, page) => {
  if (!request.viewer) return '';
  const existing = await bookmarkOf(request.server.quire.db, request.viewer.id, page.work.id);
  const creator = await pseudChoice(request.server.quire.ctx, request.viewer, existing?.pseudId ?? undefined);
  return bookmarkForm(await pageContext(request, reply), page.work.id, existing, existing?.id, undefined, creator);
};

/** The blocks, in the order they appear. */
const BLOCKS: Block[] = [kudosAfterWork, bookmarkBlock, commentsAfterWork];

/** The blocks after the text of a work page, in order. */
export async function workAfterBlocks(request: FastifyRequest, reply: FastifyReply, page: WorkPage): Promise<Html | undefined> {
  const parts = await Promise.all(BLOCKS.map((block) => block(request, reply, page)));
  return html`${parts}`;
}
