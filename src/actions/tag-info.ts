/** A tag's page: the tag, its synonyms, parents and children (what readers and wranglers see). */
import { tagNodeByName, synonymsOf, parentsOf, childrenOf, tagNodeById, type TagNode } from '../storage/tag-graph.ts';
import { NotFound } from '../domain/errors.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** A tag with its neighbours in the graph. */
export interface TagInfo {
  tag: TagNode;
  /** The canonical tag this one is a synonym of. */
  merger: TagNode | undefined;
  synonyms: TagNode[];
  parents: TagNode[];
  children: TagNode[];
}

/** The tag named `name` (any case), or 404. */
export async function tagNamed(ctx: Context, name: string): Promise<TagNode> {
  const tag = await tagNodeByName(ctx.db, name);
  if (!tag) throw new NotFound(t('errors.no_tag', { name }));
  return tag;
}

/** Everything the tag page shows. */
export async function tagInfo(ctx: Context, tag: TagNode): Promise<TagInfo> {
  const [merger, synonyms, parents, children] = await Promise.all([
    tag.mergerId === null ? undefined : tagNodeById(ctx.db, tag.mergerId),
    synonymsOf(ctx.db, tag.id), parentsOf(ctx.db, tag.id), childrenOf(ctx.db, tag.id),
  ]);
  return { tag, merger, synonyms, parents, children };
}
