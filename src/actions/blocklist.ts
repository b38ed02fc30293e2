/** A reader's blocklist: hide works with a tag (and its synonyms and sub-tags) or by a user from every listing. */
import { addBlock, removeBlock, blocklistOf, type BlockedEntry } from '../storage/blocklist.ts';
import { tagNodeByName } from '../storage/tag-graph.ts';
import { userByLogin } from '../storage/users.ts';
import { Forbidden, Invalid } from '../domain/errors.ts';
import type { Viewer } from '../domain/permissions.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

const reader = (viewer: Viewer) => {
  if (!viewer) throw new Forbidden(t('errors.blocklist.log_in'));
  return viewer;
};

/** Resolves a typed name to the tag or account it blocks. */
async function target(ctx: Context, kind: 'tag' | 'user', name: string): Promise<number> {
  const id = kind === 'tag' ? (await tagNodeByName(ctx.db, name))?.id : (await userByLogin(ctx.db, name.trim()))?.id;
  if (id === undefined) throw new Invalid({ [kind]: kind === 'tag' ? t('errors.wrangle.no_tag_named', { name: name.trim() }) : t('errors.blocklist.no_account', { name: name.trim() }) });
  return id;
}

/** Adds the tag or user named `name` to the viewer's blocklist. */
export async function block(ctx: Context, viewer: Viewer, input: { kind: 'tag' | 'user'; name: string }): Promise<void> {
  const me = reader(viewer);
  const id = await target(ctx, input.kind, input.name);
  if (input.kind === 'user' && id === me.id) throw new Invalid({ user: t('errors.blocklist.self') });
  await addBlock(ctx.db, me.id, input.kind, id);
}

/** Removes an entry from the viewer's blocklist. */
export async function unblock(ctx: Context, viewer: Viewer, input: { kind: 'tag' | 'user'; targetId: number }): Promise<void> {
  await removeBlock(ctx.db, reader(viewer).id, input.kind, input.targetId);
}

/** The viewer's blocklist. */
export const myBlocklist = async (ctx: Context, viewer: Viewer): Promise<BlockedEntry[]> => blocklistOf(ctx.db, reader(viewer).id);
