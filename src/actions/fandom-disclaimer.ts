/** Admins give a fandom a disclaimer, shown under every work of that fandom. */
import { tagById, tagsByPrefix, setTagDisclaimer, type TagRef } from '../storage/tags.ts';
import { sanitizeWorkHtml } from '../domain/sanitize.ts';
import { canAdministerSite, type Viewer } from '../domain/permissions.ts';
import { Forbidden, Invalid, NotFound } from '../domain/errors.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** Longest fandom disclaimer, in characters as typed. */
export const MAX_FANDOM_DISCLAIMER = 5000;

/** Fandom tags whose name starts with `prefix`, for the admin list. */
export async function findFandoms(ctx: Context, viewer: Viewer, prefix: string): Promise<TagRef[]> {
  if (!canAdministerSite(viewer)) throw new Forbidden();
  return tagsByPrefix(ctx.db, 'fandom', prefix.trim(), 50);
}

/** Sets (or, with an empty text, removes) a fandom's disclaimer; returns the fandom. */
export async function setFandomDisclaimer(ctx: Context, viewer: Viewer, tagId: number, text: string): Promise<TagRef> {
  if (!canAdministerSite(viewer)) throw new Forbidden();
  const tag = Number.isSafeInteger(tagId) ? await tagById(ctx.db, tagId) : undefined;
  if (!tag || tag.kind !== 'fandom') throw new NotFound(t('errors.no_fandom'));
  if (text.length > MAX_FANDOM_DISCLAIMER) throw new Invalid({ disclaimer: t('errors.at_most_grouped', { max: MAX_FANDOM_DISCLAIMER }) });
  const clean = sanitizeWorkHtml(text);
  await setTagDisclaimer(ctx.db, tag.id, clean);
  return { ...tag, disclaimerHtml: clean };
}
