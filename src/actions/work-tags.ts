/** Writing a work's tags, creators, betas and series: shared by posting and editing. */
import type { Queryable } from '../storage/db.ts';
import { ensureTags, setTaggings } from '../storage/tags.ts';
import { putCreator, creatorsOfWorks, setBetas } from '../storage/work-creators.ts';
import { seriesOfUserByTitle, insertSeries, addToSeries } from '../storage/series.ts';
import { userByLogin } from '../storage/users.ts';
import type { WorkTagInput } from '../domain/work.ts';
import type { FieldErrors } from '../domain/errors.ts';
import type { Account } from '../domain/account.ts';
import { t } from '../i18n/translate.ts';

/** Looks up accounts named in the form; reports names that match no account (or the author themself). */
export async function resolveLogins(db: Queryable, logins: readonly string[], self: Account, field: string, errors: FieldErrors): Promise<Account[]> {
  const found: Account[] = [];
  const missing: string[] = [];
  for (const login of logins) {
    const account = await userByLogin(db, login);
    if (!account) missing.push(login);
    else if (account.id !== self.id && !found.some((a) => a.id === account.id)) found.push(account);
  }
  if (missing.length) errors[field] = t('errors.no_account_named', { names: missing.join(', ') });
  return found;
}

/**
 * Replaces the work's taggings with the form's rating, warnings, categories and free tags; a fandom new to the
 * archive is filed under the media its author chose (`newFandomMedia`, checked by workProblems; none: Unsorted).
 */
export async function writeWorkTags(tx: Queryable, workId: number, w: WorkTagInput & { newFandomMedia?: string }, now: number): Promise<void> {
  const ids = [
    ...(await ensureTags(tx, 'rating', [w.rating], now)),
    ...(await ensureTags(tx, 'warning', w.warnings, now)),
    ...(await ensureTags(tx, 'category', w.categories, now)),
    ...(await ensureTags(tx, 'fandom', w.tags.fandom, now, w.newFandomMedia || null)),
    ...(await ensureTags(tx, 'relationship', w.tags.relationship, now)),
    ...(await ensureTags(tx, 'character', w.tags.character, now)),
    ...(await ensureTags(tx, 'freeform', w.tags.freeform, now)),
  ];
  await setTaggings(tx, workId, ids);
}

/** Invites co-creators not yet credited; returns the newly invited accounts (to notify after commit). */
export async function inviteCoCreators(tx: Queryable, workId: number, coCreators: readonly Account[]): Promise<Account[]> {
  const current = (await creatorsOfWorks(tx, [workId])).get(workId) ?? [];
  const invited: Account[] = [];
  for (const a of coCreators) {
    if (current.some((c) => c.userId === a.id)) continue;
    await putCreator(tx, workId, a.id, 'invited');
    invited.push(a);
  }
  return invited;
}

/** Credits linked betas and places the work in the named series (creating it for the author). */
export async function writeWorkLinks(tx: Queryable, workId: number, author: Account, betas: readonly Account[], seriesTitle: string, now: number): Promise<void> {
  await setBetas(tx, workId, betas.map((b) => b.id));
  const title = seriesTitle.trim();
  if (!title) return;
  const seriesId = (await seriesOfUserByTitle(tx, author.id, title)) ?? (await insertSeries(tx, author.id, title, now));
  await addToSeries(tx, seriesId, workId, now);
}
