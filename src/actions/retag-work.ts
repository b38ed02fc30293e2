/**
 * Staff correcting a work's rating, archive warnings, categories or tags (AO3 does this for missing warnings):
 * with a note that goes to its creators and to the audit log with the tags before and after.
 */
import { workById } from '../storage/works.ts';
import { tagsOfWorks, byKind } from '../storage/tags.ts';
import { creatorsOfWorks } from '../storage/work-creators.ts';
import { usersByIds } from '../storage/users.ts';
import { indexWork } from '../storage/search/index.ts';
import { workTagProblems, type WorkTagInput } from '../domain/work.ts';
import { assertMayActOn, assertStaff, reasonProblem } from '../domain/moderation.ts';
import { assertValid, NotFound } from '../domain/errors.ts';
import type { Viewer } from '../domain/permissions.ts';
import { loadTaxonomy } from './taxonomy.ts';
import { writeWorkTags } from './work-tags.ts';
import { audit } from './audit.ts';
import { mailAccounts } from './staff-mail.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** A work's tags as the staff form shows them. */
export async function currentWorkTags(ctx: Context, viewer: Viewer, workId: number): Promise<{ title: string; tags: WorkTagInput }> {
  assertStaff(viewer);
  const work = Number.isSafeInteger(workId) ? await workById(ctx.db, workId) : undefined;
  if (!work || work.deletedAt !== null) throw new NotFound(t('errors.no_work'));
  const tags = byKind((await tagsOfWorks(ctx.db, [work.id])).get(work.id) ?? []);
  const names = (kind: keyof typeof tags) => tags[kind].map((x) => x.name);
  return { title: work.title, tags: { rating: names('rating')[0] ?? '', warnings: names('warning'), categories: names('category'), tags: { fandom: names('fandom'), relationship: names('relationship'), character: names('character'), freeform: names('freeform') } } };
}

/** Replaces the work's tags; throws Invalid (per field, `note` for the note) or Forbidden. */
export async function retagWork(ctx: Context, viewer: Viewer, workId: number, tags: WorkTagInput, noteText: string): Promise<{ title: string }> {
  const before = await currentWorkTags(ctx, viewer, workId);
  assertStaff(viewer);
  const taxonomy = await loadTaxonomy(ctx.db);
  const errors = workTagProblems(tags, taxonomy);
  const noteProblem = reasonProblem(noteText);
  if (noteProblem) errors.note = noteProblem;
  assertValid(errors);
  const note = noteText.trim();
  const refs = ((await creatorsOfWorks(ctx.db, [workId])).get(workId) ?? []).filter((c) => c.status !== 'invited');
  const creators = await usersByIds(ctx.db, refs.map((c) => c.userId));
  for (const c of creators) assertMayActOn(viewer, c);
  await ctx.db.transaction(async (tx) => {
    await writeWorkTags(tx, workId, tags, ctx.now());
    await indexWork(tx, workId);
    await audit(ctx, tx, viewer, { action: 'work.retag', targetKind: 'work', targetId: workId, targetLabel: before.title, targetUserId: creators[0]?.id ?? null, reason: note, before: before.tags, after: tags });
  });
  await mailAccounts(ctx, creators, () => ({
    subject: t('mail.retag.subject', { work: before.title }),
    text: t('mail.retag.body', { work: before.title, url: `${ctx.baseUrl}/works/${workId}`, note, contact: `${ctx.baseUrl}/contact` }),
  }));
  return { title: before.title };
}
