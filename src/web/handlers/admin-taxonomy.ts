/** POST /admin/taxonomy/items: one change to the rating, warning or category lists. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { formField, redirectWithFlash } from '../respond.ts';
import { editTaxonomyItem } from '../../actions/edit-taxonomy.ts';
import { TAXONOMY_KINDS, type TaxonomyEdit, type TaxonomyKind, type WarningRole } from '../../domain/taxonomy-edit.ts';
import { Invalid } from '../../domain/errors.ts';
import { settingsPage } from './admin-manage.ts';
import { t } from '../../i18n/translate.ts';

const OPS = ['add', 'save', 'remove', 'up', 'down'] as const;

/** The edit a form sent, or undefined when it names no known kind or operation. */
function editFrom(request: FastifyRequest): TaxonomyEdit | undefined {
  const kind = formField(request, 'item[kind]') as TaxonomyKind;
  const op = formField(request, 'op') as (typeof OPS)[number];
  if (!TAXONOMY_KINDS.includes(kind) || !OPS.includes(op)) return undefined;
  const name = formField(request, 'item[name]');
  const adult = formField(request, 'item[adult]') === '1';
  const role = (['none', 'optOut'].includes(formField(request, 'item[role]')) ? formField(request, 'item[role]') : 'plain') as WarningRole;
  const index = Number(formField(request, 'item[index]'));
  if (op === 'add') return { op, kind, name, adult, role };
  if (op === 'save') return { op, kind, index, name, adult, role };
  return { op, kind, index };
}

/** Applies it; a refused change shows the settings page again with the reason. */
export async function saveTaxonomyItem(request: FastifyRequest, reply: FastifyReply) {
  const edit = editFrom(request);
  if (!edit) return settingsPage(request, reply, { itemMessage: t('admin.flash.taxonomy_choose') }, 422);
  try {
    const { tagRenamed } = await editTaxonomyItem(request.server.quire.ctx, request.viewer, edit);
    const done = t('admin.flash.taxonomy_item', { kind: edit.kind, op: edit.op });
    const note = tagRenamed === false ? t('admin.flash.taxonomy_tag_kept') : tagRenamed ? t('admin.flash.taxonomy_tag_renamed') : '';
    return redirectWithFlash(reply, '/admin/settings#taxonomy-heading', note ? `${done} ${note}` : done);
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return settingsPage(request, reply, { itemMessage: error.message }, 422);
  }
}
