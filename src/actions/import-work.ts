/**
 * Importing a rescued story as a work of an existing account: the work is posted as a draft with its first
 * chapter, the other chapters are added to the draft, and then (when asked) it is published, backdated to
 * the day the original archive showed. Nobody is impersonated: the account posting is the work's creator.
 */
import { firstUserWithRole, userByLogin } from '../storage/users.ts';
import { bumpWorkUpdated } from '../storage/works.ts';
import { chapterProblems, isoDay, publicationTime, workProblems, type ChapterInput, type WorkInput } from '../domain/work.ts';
import { loadTaxonomy } from './taxonomy.ts';
import { Forbidden, Invalid, NotFound, type FieldErrors } from '../domain/errors.ts';
import type { Account } from '../domain/account.ts';
import type { Viewer } from '../domain/permissions.ts';
import { postWork } from './post-work.ts';
import { addChapter } from './add-chapter.ts';
import { publishDraft } from './publish-draft.ts';
import { deleteWork } from './delete-work.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** A work to import: its fields, all its chapters in order, and whether to publish it now. */
export interface ImportWorkInput {
  work: WorkInput;
  chapters: ChapterInput[];
  publish: boolean;
  /** YYYY-MM-DD of the original archive's last update, or ''. */
  updatedOn: string;
}

/** The account that will own imported works: `login`, or the archive's first admin. */
export async function importingAccount(ctx: Context, login?: string): Promise<Account> {
  const account = login ? await userByLogin(ctx.db, login) : await firstUserWithRole(ctx.db, 'admin');
  if (!account) throw new NotFound(login ? `There is no account "${login}".` : 'This archive has no admin yet; create one with "quire admin create" or name an account with --as.');
  return account;
}

/**
 * The account as an import posts for it. An import is the operator's tool bringing an old archive's works home, not
 * the account taking part: imported accounts have no confirmed email (eFiction's addresses were never checked here)
 * and have accepted no terms yet, and asking that of them refused every story of more than one chapter. A ban or a
 * suspension still stops the import. Nor do imported works wait in the new-author validation queue (trusted).
 */
const postingFor = (account: Account): Account => ({ ...account, emailVerified: true, tosVersion: Number.MAX_SAFE_INTEGER, trusted: true });

/**
 * What would keep a work from being imported (the work's fields and every chapter's), found without writing, so a
 * command importing several can refuse them all before creating the first.
 */
export async function importProblems(ctx: Context, input: ImportWorkInput): Promise<FieldErrors> {
  const [first, ...rest] = input.chapters;
  if (!first) return { body: 'There is no story text to import.' };
  const errors: FieldErrors = { ...workProblems(input.work, await loadTaxonomy(ctx.db), 1, isoDay(ctx.now())), ...chapterProblems(first) };
  rest.forEach((chapter, i) => {
    for (const [field, message] of Object.entries(chapterProblems(chapter))) errors[`chapter_${i + 2}_${field}`] = t('errors.import.chapter', { number: i + 2, message });
  });
  return errors;
}

/** Creates the work and its chapters; throws Invalid (nothing is created) when any part breaks a rule. */
export async function importWork(ctx: Context, account: Viewer, input: ImportWorkInput): Promise<{ workId: number; chapterIds: number[]; published: boolean }> {
  if (!account) throw new Forbidden(t('errors.import.log_in'));
  const viewer = postingFor(account);
  // Every chapter is checked before anything is written, so a bad chapter 7 leaves no half-imported work.
  const errors = await importProblems(ctx, input);
  if (Object.keys(errors).length) throw new Invalid(errors);
  const [first, ...rest] = input.chapters as [ChapterInput, ...ChapterInput[]];
  const { workId, chapterId } = await postWork(ctx, viewer, { work: input.work, chapter: first, publish: false });
  const chapterIds = [chapterId];
  try {
    for (const chapter of rest) {
      chapterIds.push((await addChapter(ctx, viewer, workId, { chapter, commit: 'post', publishAt: '', silent: true })).chapterId);
    }
    if (input.publish) {
      // An imported story is old news: its archive's readers were told long ago.
      await publishDraft(ctx, viewer, workId, input.work.publishedOn, { notify: false });
      if (input.updatedOn) await bumpWorkUpdated(ctx.db, workId, publicationTime(input.updatedOn, ctx.now()));
    }
  } catch (error) {
    await deleteWork(ctx, viewer, workId).catch(() => undefined);
    throw error;
  }
  return { workId, chapterIds, published: input.publish };
}
