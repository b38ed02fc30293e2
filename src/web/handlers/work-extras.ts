/** Blocks shown after a work's text (kudos, bookmarks, comments…), each rendered by its own feature. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { WorkPage } from '../../actions/read-work.ts';
import { html, type Html } from '../views/html.ts';
import { kudosAfterWork } from './kudos-show.ts';
import { commentsAfterWork } from './comments-show.ts';
import { viewerBookmarkForm } from './bookmark-block.ts';
import type { ReaderParts } from '../reader-parts.ts';

/** One feature's block under a work, or nothing; `reader` is the member's own parts of the page (undefined for guests). */
type Block = (request: FastifyRequest, reply: FastifyReply, page: WorkPage, reader: ReaderParts | undefined) => Promise<Html | ''>;

/** Logged-in readers get the bookmark form (its fields are part of the OTW contract). */
const bookmarkBlock: Block = (request, reply, page, reader) => viewerBookmarkForm(request, reply, { kind: 'work', id: page.work.id }, reader && { bookmarkId: reader.marks.bookmarkId, pseuds: reader.pseuds });

/** The blocks, in the order they appear. */
const BLOCKS: Block[] = [kudosAfterWork, bookmarkBlock, commentsAfterWork];

/** The blocks after the text of a work page, in order. */
export async function workAfterBlocks(request: FastifyRequest, reply: FastifyReply, page: WorkPage, reader: ReaderParts | undefined): Promise<Html | undefined> {
  const parts = await Promise.all(BLOCKS.map((block) => block(request, reply, page, reader)));
  return html`${parts}`;
}
