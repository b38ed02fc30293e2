/** GET /collections/:name/items, POST /collections/:name/items/:workId (owner's decision), POST …/:workId/leave (author). */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, formField, redirectWithFlash } from '../respond.ts';
import { collectionItemsPage } from '../views/collection-items.ts';
import { collectionItemsFor } from '../../actions/read-collection.ts';
import { moderateCollectionItem, ITEM_DECISIONS, type ItemDecision } from '../../actions/moderate-collection-item.ts';
import { leaveCollection } from '../../actions/leave-collection.ts';
import { Invalid } from '../../domain/errors.ts';
import { collectionItemsPath } from '../collection-urls.ts';

type ItemRequest = FastifyRequest<{ Params: { name: string; workId: string } }>;

const DONE: Record<ItemDecision, string> = { approve: 'The work was approved.', reject: 'The work was rejected.', remove: 'The work was removed from the collection.' };

/** The items the viewer may act on. */
export async function showCollectionItems(request: FastifyRequest<{ Params: { name: string } }>, reply: FastifyReply) {
  const { collection, maintainer, items } = await collectionItemsFor(request.server.quire.ctx, request.viewer, request.params.name);
  return render(request, reply, (ctx) => collectionItemsPage(ctx, collection, maintainer, items));
}

/** Approves, rejects or removes an item. */
export async function decideCollectionItem(request: ItemRequest, reply: FastifyReply) {
  const decision = formField(request, 'decision') as ItemDecision;
  if (!ITEM_DECISIONS.includes(decision)) throw new Invalid({ decision: 'Choose approve, reject or remove.' });
  await moderateCollectionItem(request.server.quire.ctx, request.viewer, request.params.name, Number(request.params.workId), decision);
  return redirectWithFlash(reply, collectionItemsPath(request.params.name), DONE[decision]);
}

/** The author takes their work out. */
export async function leaveCollectionItem(request: ItemRequest, reply: FastifyReply) {
  await leaveCollection(request.server.quire.ctx, request.viewer, request.params.name, Number(request.params.workId));
  return redirectWithFlash(reply, collectionItemsPath(request.params.name), 'Your work was taken out of the collection.');
}
