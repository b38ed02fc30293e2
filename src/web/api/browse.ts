/** API handlers for what a reader browses by: tags, people and their pseuds, series, collections. */
import { tagNamed, tagInfo } from '../../actions/tag-info.ts';
import { accountPseuds, pseudPage } from '../../actions/pseuds.ts';
import { readSeries } from '../../actions/read-series.ts';
import { listCollections, readCollection } from '../../actions/read-collection.ts';
import { tagFromSlug } from '../urls.ts';
import { filteredList } from './works.ts';
import { tag, user, pseud, seriesDetail, collection } from './present.ts';
import type { ApiAnswer, ApiCall } from './call.ts';

/** GET /tags/:name (the name escaped as in the web's tag addresses). */
export async function showTag(call: ApiCall): Promise<ApiAnswer> {
  return { body: tag(call.base, await tagInfo(call.ctx, await tagNamed(call.ctx, tagFromSlug(call.params.name!)))) };
}

/** GET /tags/:name/works: a synonym lists its canonical tag's works, as the web's redirect does. */
export async function listTagWorks(call: ApiCall): Promise<ApiAnswer> {
  const found = await tagNamed(call.ctx, tagFromSlug(call.params.name!));
  return filteredList(call, { tagId: found.mergerId ?? found.id });
}

/** GET /users/:login */
export async function showUser(call: ApiCall): Promise<ApiAnswer> {
  const { user: account, pseuds } = await accountPseuds(call.ctx, call.params.login!);
  return { body: user(call.base, account, pseuds) };
}

/** GET /users/:login/works */
export async function listUserWorks(call: ApiCall): Promise<ApiAnswer> {
  const { user: account } = await accountPseuds(call.ctx, call.params.login!);
  return filteredList(call, { creatorId: account.id });
}

/** GET /users/:login/pseuds/:pseud */
export async function showPseud(call: ApiCall): Promise<ApiAnswer> {
  const found = await pseudPage(call.ctx, call.params.login!, call.params.pseud!);
  return { body: pseud(call.base, found.user.login, found.pseud) };
}

/** GET /users/:login/pseuds/:pseud/works */
export async function listPseudWorks(call: ApiCall): Promise<ApiAnswer> {
  const found = await pseudPage(call.ctx, call.params.login!, call.params.pseud!);
  return filteredList(call, { creatorId: found.user.id, pseud: { id: found.pseud.id, isDefault: found.pseud.isDefault } });
}

/** GET /series/:id */
export async function showSeries(call: ApiCall): Promise<ApiAnswer> {
  const s = await readSeries(call.ctx, call.viewer, Number(call.params.id), String(call.page));
  return { body: seriesDetail(call.base, s, call.next(s)), lastModified: s.updated };
}

/** GET /collections */
export async function listAllCollections(call: ApiCall): Promise<ApiAnswer> {
  const { collections, window } = await listCollections(call.ctx, call.viewer, call.page);
  return { body: { collections: collections.map((c) => collection(call.base, c)), total: window.total, next: call.next(window) } };
}

/** GET /collections/:name */
export async function showCollection(call: ApiCall): Promise<ApiAnswer> {
  return { body: collection(call.base, (await readCollection(call.ctx, call.viewer, call.params.name!)).collection) };
}

/** GET /collections/:name/works */
export async function listCollectionWorks(call: ApiCall): Promise<ApiAnswer> {
  const { collection: c } = await readCollection(call.ctx, call.viewer, call.params.name!);
  return filteredList(call, { collectionId: c.id });
}
