/** The reader's blocklist (/settings/blocklist) and saved filters (/settings/filters). */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, formField, redirectWithFlash } from '../respond.ts';
import { blocklistPage, savedFiltersPage } from '../views/reader-lists.ts';
import { emptyForm } from '../views/form.ts';
import { block, unblock, myBlocklist } from '../../actions/blocklist.ts';
import { saveNamedFilter, mySavedFilters, makeDefaultFilter, removeSavedFilter } from '../../actions/saved-filters.ts';
import { Invalid } from '../../domain/errors.ts';
import { t } from '../../i18n/translate.ts';

type IdRequest = FastifyRequest<{ Params: { id: string } }>;
const kindOf = (v: string): 'tag' | 'user' => (v === 'user' ? 'user' : 'tag');

/** The blocklist page. */
export async function showBlocklist(request: FastifyRequest, reply: FastifyReply) {
  const entries = await myBlocklist(request.server.quire.ctx, request.viewer);
  return render(request, reply, (c) => blocklistPage(c, entries, emptyForm()));
}

/** Adds a tag or user; an unknown name re-renders the page (422). */
export async function addToBlocklist(request: FastifyRequest, reply: FastifyReply) {
  const ctx = request.server.quire.ctx;
  const kind = kindOf(formField(request, 'block[kind]'));
  const name = formField(request, 'block[name]') || formField(request, `block[${kind}]`);
  try {
    await block(ctx, request.viewer, { kind, name });
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    const entries = await myBlocklist(ctx, request.viewer);
    return render(request, reply, (c) => blocklistPage(c, entries, { values: { [kind]: name }, errors: error.fields, message: error.message }), 422);
  }
  return redirectWithFlash(reply, '/settings/blocklist', t(kind === 'tag' ? 'reader.flash.hidden_tag' : 'reader.flash.hidden_user', { name: name.trim() }));
}

/** Removes an entry. */
export async function removeFromBlocklist(request: FastifyRequest, reply: FastifyReply) {
  await unblock(request.server.quire.ctx, request.viewer, { kind: kindOf(formField(request, 'block[kind]')), targetId: Number(formField(request, 'block[target_id]')) });
  return redirectWithFlash(reply, '/settings/blocklist', t('reader.flash.unblocked'));
}

/** The saved filters page. */
export async function showSavedFilters(request: FastifyRequest, reply: FastifyReply) {
  const filters = await mySavedFilters(request.server.quire.ctx, request.viewer);
  return render(request, reply, (c) => savedFiltersPage(c, filters));
}

/** A listing path sent back by the form, or /works when it is not one of ours (no open redirects). */
const listingPath = (path: string) => (/^\/(?![/\\])[^?#]*$/.test(path) ? path : '/works');

/** Saves the filter of the listing the form was on, and goes back to that listing filtered that way. */
export async function createSavedFilter(request: FastifyRequest, reply: FastifyReply) {
  const query = formField(request, 'filter[query]');
  const tag = formField(request, 'filter[tag]');
  // Re-encoded: the query is whatever the form sent.
  const back = `${listingPath(formField(request, 'filter[return_to]'))}?${new URLSearchParams(query).toString()}`;
  try {
    await saveNamedFilter(request.server.quire.ctx, request.viewer, { name: formField(request, 'filter[name]'), query, tag: tag || undefined });
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return redirectWithFlash(reply, back, Object.values(error.fields)[0] ?? error.message);
  }
  return redirectWithFlash(reply, back, t('reader.flash.filter_saved'));
}

/** Makes a filter the default, stops using it as default, or deletes it. */
export function changeSavedFilter(change: 'default' | 'undefault' | 'delete') {
  return async (request: IdRequest, reply: FastifyReply) => {
    const ctx = request.server.quire.ctx;
    const id = Number(request.params.id);
    if (change === 'delete') await removeSavedFilter(ctx, request.viewer, id);
    else await makeDefaultFilter(ctx, request.viewer, change === 'default' ? id : null);
    return redirectWithFlash(reply, '/settings/filters', change === 'delete' ? t('reader.flash.filter_deleted') : t('reader.flash.default_changed'));
  };
}
