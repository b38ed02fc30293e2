/** GET /collections/new, POST /collections, GET /collections/:name/edit, POST /collections/:name. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, formField, redirectWithFlash } from '../respond.ts';
import { collectionFormPage, type CollectionFormValues } from '../views/collection-form.ts';
import { createCollection } from '../../actions/create-collection.ts';
import { editCollection, maintainedCollection } from '../../actions/edit-collection.ts';
import type { CollectionInput } from '../../domain/collections.ts';
import { Invalid } from '../../domain/errors.ts';
import { collectionPath } from '../collection-urls.ts';
import { t } from '../../i18n/translate.ts';

type CollectionRequest = FastifyRequest<{ Params: { name: string } }>;

function readValues(request: FastifyRequest): CollectionFormValues {
  const f = (name: string) => formField(request, `collection[${name}]`);
  return { name: f('name'), title: f('title'), description: f('description'), open: f('open') ? '1' : '', moderated: f('moderated') ? '1' : '' };
}

const toInput = (v: CollectionFormValues): CollectionInput => ({ name: v.name, title: v.title, description: v.description, open: v.open === '1', moderated: v.moderated === '1' });
const asValues = (v: CollectionFormValues) => ({ ...v }) as Record<string, string>;

/** The empty form (open and unmoderated by default, like most fests' first days). */
export async function showNewCollection(request: FastifyRequest, reply: FastifyReply) {
  return render(request, reply, (ctx) => collectionFormPage(ctx, { values: { open: '1' }, errors: {} }));
}

/** Starts the collection; the form comes back as typed on a problem. */
export async function createCollectionHandler(request: FastifyRequest, reply: FastifyReply) {
  const values = readValues(request);
  try {
    const { name } = await createCollection(request.server.quire.ctx, request.viewer, toInput(values));
    return redirectWithFlash(reply, collectionPath(name), t('posting.flash.collection_created'));
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return render(request, reply, (ctx) => collectionFormPage(ctx, { values: asValues(values), errors: error.fields, message: error.message }), 422);
  }
}

/** The edit form, filled from the collection; maintainers only (checked in the action). */
export async function showEditCollection(request: CollectionRequest, reply: FastifyReply) {
  const c = await maintainedCollection(request.server.quire.ctx, request.viewer, request.params.name);
  const values = { name: c.name, title: c.title, description: c.descriptionHtml, open: c.open ? '1' : '', moderated: c.moderated ? '1' : '' };
  return render(request, reply, (ctx) => collectionFormPage(ctx, { values, errors: {} }, c.name));
}

/** Saves the edit. */
export async function saveCollection(request: CollectionRequest, reply: FastifyReply) {
  const values = readValues(request);
  const name = request.params.name;
  try {
    await editCollection(request.server.quire.ctx, request.viewer, name, toInput(values));
    return redirectWithFlash(reply, collectionPath(name), t('posting.flash.saved'));
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return render(request, reply, (ctx) => collectionFormPage(ctx, { values: asValues(values), errors: error.fields, message: error.message }, name), 422);
  }
}
