/** What every wrangling action starts with: the viewer must be a moderator, and the tags must exist. */
import { tagNodeById, tagNodeByName, type TagNode } from '../storage/tag-graph.ts';
import { lockTagGraph } from '../storage/tag-wrangling.ts';
import { hasRole, type Viewer } from '../domain/permissions.ts';
import { Forbidden, Invalid, NotFound } from '../domain/errors.ts';
import type { Database, Queryable } from '../storage/db.ts';
import { t } from '../i18n/translate.ts';

/** Throws unless the viewer may wrangle tags (moderators and admins). */
export function assertWrangler(viewer: Viewer): void {
  if (!hasRole(viewer, 'moderator')) throw new Forbidden(t('errors.wrangle.forbidden'));
}

/** Runs a change to the tag graph in a transaction, one change at a time (storage/tag-wrangling.ts `lockTagGraph`). */
export function wranglingTransaction<T>(db: Database, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await lockTagGraph(tx);
    return fn(tx);
  });
}

/** The tag with this id, or 404. */
export async function wrangledTag(db: Queryable, id: number): Promise<TagNode> {
  const tag = await tagNodeById(db, id);
  if (!tag) throw new NotFound(t('errors.wrangle.no_tag'));
  return tag;
}

/** The tag a wrangler typed by name into `field`, or a field error. */
export async function namedTarget(db: Queryable, field: string, name: string): Promise<TagNode> {
  const tag = name.trim() ? await tagNodeByName(db, name) : undefined;
  if (!tag) throw new Invalid({ [field]: t('errors.wrangle.no_tag_named', { name: name.trim() }) });
  return tag;
}

/** Throws the rule's complaint as a field error. */
export function refuse(field: string, problem: string | undefined): void {
  if (problem) throw new Invalid({ [field]: problem });
}
