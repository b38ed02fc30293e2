/** GET /collections/:name/items, POST /collections/:name/items/:workId (owner's decision), POST …/:workId/leave (author). */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, formField, redirectWithFlash } from '../respond.ts';
import { collectionItemsPage } from '../views/collection-items.ts';
import { collectionItemsFor } from '../../actions/read-collection.ts';
import { moderateCollectionItem, ITEM_DECISIONS, type ItemDecision } from '../../actions/moderate-collection-item.ts';
import { leaveCollection } from '../../actions/leave-collection.ts';
import { Invalid } from '../../domain/errors.ts';
import { collectionItemsPath } from '../collection-urls.ts';
import { t } from '../../i18n/translate.ts';

type ItemRequest = FastifyRequest<{ Params: { name: string; workId: string } }>;

/** What a maintainer is told after a decision. */
const done = (d: ItemDecision): string => t(`listing.items.done.${d}`);

/** The items the viewer may act on. */
export async function showCollectionItems(request: FastifyRequest<{ Params: { name: string } }>, reply: FastifyReply) {
  const { collection, maintainer, items } = await collectionItemsFor(request.server.quire.ctx, request.viewer, request.params.name);
  return render(request, reply, (ctx) => collectionItemsPage(ctx, collection, maintainer, items));
}

/** Approves, rejects or removes an item. */
export async function decideCollectionItem(request: ItemRequest, reply: FastifyReply) {
  const decision = formField(request, 'decision') as ItemDecision;
  if (!ITEM_DECISIONS.includes(decision)) throw new Invalid({ decision: t('listing.items.choose') });
  await moderateCollectionItem(request.server.quire.ctx, request.viewer, request.params.name, Number(request.params.workId), decision);
  return redirectWithFlash(reply, collectionItemsPath(request.params.name), done(decision));
}

/** The author takes their work out. */
export async function leaveCollectionItem(request: ItemRequest, reply: FastifyReply) {
  await leaveCollection(request.server.quire.ctx, request.viewer, request.params.name, Number(request.params.workId));
  return redirectWithFlash(reply, collectionItemsPath(request.params.name), t('listing.items.done.leave'));
}
