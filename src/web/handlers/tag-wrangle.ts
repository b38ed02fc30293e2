/** GET /tags/:name/edit and the wrangling POSTs: one route per rule, each calling its action. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, formField, redirectWithFlash } from '../respond.ts';
import { tagWranglePage } from '../views/tag-wrangle.ts';
import { emptyForm } from '../views/form.ts';
import { tagNamed, tagInfo } from '../../actions/tag-info.ts';
import { makeCanonical } from '../../actions/wrangle-make-canonical.ts';
import { makeSynonym } from '../../actions/wrangle-make-synonym.ts';
import { mergeTags } from '../../actions/wrangle-merge.ts';
import { addParent, removeParent } from '../../actions/wrangle-parent.ts';
import { setFandomMedia } from '../../actions/wrangle-media.ts';
import { assertWrangler } from '../../actions/wrangle-common.ts';
import { Invalid } from '../../domain/errors.ts';
import { tagFromSlug, tagPath } from '../urls.ts';
import { t } from '../../i18n/translate.ts';

type TagRequest = FastifyRequest<{ Params: { name: string } }>;
const tagOf = (request: TagRequest) => tagNamed(request.server.quire.ctx, tagFromSlug(request.params.name));

/** The wrangling page. */
export async function showWrangleTag(request: TagRequest, reply: FastifyReply) {
  assertWrangler(request.viewer);
  const info = await tagInfo(request.server.quire.ctx, await tagOf(request));
  return render(request, reply, (ctx) => tagWranglePage(ctx, info, emptyForm()));
}

/** Runs one wrangling change; a refused change re-renders the page with the message and what was typed (422). */
function wrangle(key: string, run: (request: TagRequest, tagId: number) => Promise<void>) {
  return async (request: TagRequest, reply: FastifyReply) => {
    const ctx = request.server.quire.ctx;
    const tag = await tagOf(request);
    try {
      await run(request, tag.id);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      const info = await tagInfo(ctx, tag);
      const form = { values: { [key]: formField(request, `tag[${key}]`) }, errors: error.fields, message: error.message };
      return render(request, reply, (c) => tagWranglePage(c, info, form), 422);
    }
    return redirectWithFlash(reply, `${tagPath(tag.name)}/edit`, t('wrangling.flash.updated'));
  };
}

const c = (r: TagRequest) => r.server.quire.ctx;
/** POST /tags/:name/canonical */
export const saveCanonical = wrangle('canonical', (r, tagId) => makeCanonical(c(r), r.viewer, { tagId, canonical: formField(r, 'tag[canonical]') === '1' }));
/** POST /tags/:name/synonym */
export const saveSynonym = wrangle('synonym', (r, tagId) => makeSynonym(c(r), r.viewer, { tagId, targetName: formField(r, 'tag[synonym]') }));
/** POST /tags/:name/merge */
export const saveMerge = wrangle('merge', (r, tagId) => mergeTags(c(r), r.viewer, { tagId, targetName: formField(r, 'tag[merge]') }));
/** POST /tags/:name/parents */
export const saveParent = wrangle('parent', (r, tagId) => addParent(c(r), r.viewer, { tagId, parentName: formField(r, 'tag[parent]') }));
/** POST /tags/:name/parents/delete */
export const deleteParent = wrangle('parent', (r, tagId) => removeParent(c(r), r.viewer, { tagId, parentId: Number(formField(r, 'tag[parent_id]')) }));
/** POST /tags/:name/media */
export const saveMedia = wrangle('media', (r, tagId) => setFandomMedia(c(r), r.viewer, { tagId, media: formField(r, 'tag[media]') }));
