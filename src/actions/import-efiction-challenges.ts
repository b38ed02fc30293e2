/**
 * eFiction challenges → open, unmoderated collections owned by the challenger's imported account (or the importing
 * admin), and the stories that answered them → approved items. Recorded in legacy_ids (kind 'challenge'); items are
 * re-checked on every run, so stories imported by a later run still join their challenges.
 */
import { legacyId, putLegacyId } from '../storage/legacy-ids.ts';
import { collectionByName, insertCollection } from '../storage/collections.ts';
import { collectionItem, putCollectionItem } from '../storage/collection-items.ts';
import { collectionNameBase } from '../domain/collections.ts';
import { sanitizeWorkHtml } from '../domain/sanitize.ts';
import { renderBody } from '../domain/text-format.ts';
import type { Account } from '../domain/account.ts';
import type { ChallengePlan } from '../import/efiction/map-challenges.ts';
import type { Queryable } from '../storage/db.ts';
import { count, type EfictionReport } from './import-efiction-report.ts';
import type { Context } from './context.ts';

/** A name not yet taken: the title's, then with _2, _3 … */
async function freeName(db: Queryable, title: string): Promise<string> {
  const base = collectionNameBase(title);
  let name = base;
  for (let n = 2; await collectionByName(db, name); n++) name = `${base}_${n}`;
  return name;
}

/** Creates the collection of a challenge not imported before; returns its id. */
async function challengeCollection(ctx: Context, c: ChallengePlan, fallback: Account, report: EfictionReport): Promise<number> {
  const existing = await legacyId(ctx.db, 'challenge', c.oldId);
  if (existing) { count(report, 'challenges', 'existing'); return existing; }
  const owner = Number(c.ownerOldId) > 0 ? await legacyId(ctx.db, 'user', c.ownerOldId) : undefined;
  if (!owner) report.warnings.push(`challenge ${c.oldId} "${c.title}": its challenger (account ${c.ownerOldId || '?'}) is not in the dump; owned by ${fallback.login}`);
  const id = await ctx.db.transaction(async (tx) => {
    const name = await freeName(tx, c.title);
    const fields = { title: c.title.slice(0, 255), descriptionHtml: sanitizeWorkHtml(renderBody(c.description, 'html')), open: true, moderated: false };
    const created = await insertCollection(tx, owner ?? fallback.id, name, fields, ctx.now());
    await putLegacyId(tx, 'challenge', c.oldId, created);
    return created;
  });
  count(report, 'challenges', 'imported');
  return id;
}

/** Imports every challenge and puts its imported stories in it. */
export async function importChallenges(ctx: Context, challenges: ChallengePlan[], fallback: Account, report: EfictionReport): Promise<void> {
  for (const c of challenges) {
    const collectionId = await challengeCollection(ctx, c, fallback, report);
    for (const sid of c.storyOldIds) {
      const workId = await legacyId(ctx.db, 'work', sid);
      if (!workId) { report.warnings.push(`challenge ${c.oldId}: story ${sid} was not imported`); count(report, 'challenge-entries', 'failed'); continue; }
      if (await collectionItem(ctx.db, collectionId, workId)) { count(report, 'challenge-entries', 'existing'); continue; }
      await putCollectionItem(ctx.db, collectionId, workId, true, ctx.now());
      count(report, 'challenge-entries', 'imported');
    }
  }
}
