/**
 * Saving an eFiction archive: accounts, works with their chapters, tags, then series, reviews and favorites
 * (import-efiction-social.ts) and challenges (import-efiction-challenges.ts). Every created row is recorded in legacy_ids first-come, so a re-run skips what
 * exists and old URLs can be redirected. Works are posted by their own (imported) authors through importWork.
 */
import { insertUser, updateProfile, userById, userByLogin, userByEmail } from '../storage/users.ts';
import { renameDefaultPseud } from '../storage/pseuds.ts';
import { pseudNameFrom } from '../domain/pseud.ts';
import { legacyId, putLegacyId, setLegacyMd5, PEN_NAME } from '../storage/legacy-ids.ts';
import { addToCounters, refreshWorkCounts, setWorkDates } from '../storage/works.ts';
import { setChapterStatus } from '../storage/chapters.ts';
import { indexWork } from '../storage/search/index.ts';
import { putCreator } from '../storage/work-creators.ts';
import { ensureTags } from '../storage/tags.ts';
import { addMetaTagging } from '../storage/tag-wrangling.ts';
import { sanitizeProfileHtml } from '../domain/sanitize.ts';
import { renderBody } from '../domain/text-format.ts';
import { Invalid } from '../domain/errors.ts';
import type { Account } from '../domain/account.ts';
import type { AuthorInput } from '../import/efiction/map-authors.ts';
import type { StoryPlan } from '../import/efiction/map-stories.ts';
import type { CategoryTag } from '../import/efiction/map-tags.ts';
import type { ReviewPlan, FavoritePlan, SeriesPlan } from '../import/efiction/map-social.ts';
import type { ChallengePlan } from '../import/efiction/map-challenges.ts';
import { importChallenges } from './import-efiction-challenges.ts';
import { importWork } from './import-work.ts';
import { importReviews, importFavorites, importSeries } from './import-efiction-social.ts';
import { count, decide, DECISIONS, newReport, type EfictionReport } from './import-efiction-report.ts';
import type { Context } from './context.ts';
import type { Queryable } from '../storage/db.ts';

/** Everything mapped from one dump. */
export interface EfictionPlan {
  authors: AuthorInput[];
  categories: CategoryTag[];
  stories: StoryPlan[];
  reviews: ReviewPlan[];
  favorites: FavoritePlan[];
  series: SeriesPlan[];
  challenges: ChallengePlan[];
}

/** No argon2 string matches this, so an account without a known password cannot be logged into until reset. */
export const UNUSABLE_PASSWORD = '!efiction-import-no-password';

async function freeLogin(ctx: Context, login: string): Promise<string> {
  let candidate = login;
  for (let n = 2; await userByLogin(ctx.db, candidate); n++) candidate = `${login.slice(0, 36)}_${n}`;
  return candidate;
}

/** Creates the accounts of authors not imported before. */
async function importAuthors(ctx: Context, authors: AuthorInput[], report: EfictionReport): Promise<void> {
  for (const a of authors) {
    if (await legacyId(ctx.db, 'user', a.oldId)) { count(report, 'authors', 'existing'); continue; }
    const login = await freeLogin(ctx, a.login);
    if (login !== a.login) report.warnings.push(`author ${a.oldId} "${a.displayName}": the login ${a.login} is taken, imported as ${login}`);
    const penName = a.displayName.trim();
    const renamed = penName.toLowerCase() !== login.toLowerCase();
    if (renamed) decide(report.decisions, DECISIONS.penName, `author ${a.oldId}: "${penName}" → ${login}`);
    let email = a.email;
    // An address already on this archive is not merged into the import: that would hand the account over.
    if (!email || (await userByEmail(ctx.db, email))) {
      if (email) report.warnings.push(`author ${a.oldId} "${a.displayName}": ${email} already belongs to an account here; a placeholder address was used`);
      email = `efiction-${a.oldId}@imported.invalid`;
    }
    const now = ctx.now();
    await ctx.db.transaction(async (tx) => {
      const account = await insertUser(tx, { login, email, passwordHash: UNUSABLE_PASSWORD, role: 'user', emailVerified: false, now });
      await updateProfile(tx, account.id, { displayName: a.displayName.slice(0, 60), bioHtml: sanitizeProfileHtml(renderBody(a.bioHtml, 'html')), website: a.website });
      // The pen name bylines showed on the old archive stays the author's byline here: their default pseud.
      await renameDefaultPseud(tx, account.id, pseudNameFrom(a.displayName, login));
      if (a.md5) await setLegacyMd5(tx, account.id, a.md5);
      await putLegacyId(tx, 'user', a.oldId, account.id);
      // The pen name as members typed it in eFiction logs in too (log-in.ts); eFiction kept pen names unique.
      if (renamed) await putLegacyId(tx, PEN_NAME, penName.toLowerCase(), account.id);
    });
    if (a.admin) report.warnings.push(`author ${a.oldId} "${a.displayName}" was an eFiction admin; imported as a member (grant roles by hand)`);
    count(report, 'authors', 'imported');
  }
}

async function accountOf(ctx: Context, oldUid: string): Promise<Account | undefined> {
  const id = await legacyId(ctx.db, 'user', oldUid);
  return id ? userById(ctx.db, id) : undefined;
}

/** Fandom tags for every category, with sub-categories under their parent. */
async function importCategories(ctx: Context, categories: CategoryTag[], report: EfictionReport): Promise<void> {
  const byId = new Map(categories.map((c) => [c.oldId, c]));
  for (const c of categories) {
    if (!c.name) continue;
    const [tagId] = await ensureTags(ctx.db, 'fandom', [c.name.replace(/,/g, '‚')], ctx.now());
    const existed = await legacyId(ctx.db, 'category', c.oldId);
    await putLegacyId(ctx.db, 'category', c.oldId, tagId!);
    const parent = c.parentOldId ? byId.get(c.parentOldId) : undefined;
    if (parent?.name) {
      const [parentId] = await ensureTags(ctx.db, 'fandom', [parent.name.replace(/,/g, '‚')], ctx.now());
      if (parentId !== tagId) await addMetaTagging(ctx.db, parentId!, tagId!);
    }
    count(report, 'categories', existed ? 'existing' : 'imported');
  }
}

/**
 * After a story is posted: chapters eFiction was still holding for validation go back to drafts (access is never
 * widened), and the work and its chapters take eFiction's dates to the second (posting gives a day at noon): the
 * first chapter the story's date, the last its updated date.
 */
async function keepAsShown(tx: Queryable, workId: number, s: StoryPlan, chapterIds: number[]): Promise<void> {
  const posted = chapterIds.filter((_, i) => !s.chapters[i]!.draft);
  for (const [i, id] of chapterIds.entries()) if (s.chapters[i]!.draft) await setChapterStatus(tx, id, { status: 'draft', publishAt: null, postedAt: null });
  const published = s.publishedAt ?? s.updatedAt;
  const updated = s.updatedAt ?? s.publishedAt;
  if (published !== null && updated !== null) {
    await setWorkDates(tx, workId, { publishedAt: published, updatedAt: Math.max(published, updated) });
    for (const [i, id] of posted.entries()) await setChapterStatus(tx, id, { status: 'posted', publishAt: null, postedAt: i > 0 && i === posted.length - 1 ? Math.max(published, updated) : published });
  }
  await refreshWorkCounts(tx, workId);
  await indexWork(tx, workId);
}

/** Posts one story as a backdated work of its owner, with co-authors as accepted creators. */
async function importStory(ctx: Context, s: StoryPlan, fallback: Account, report: EfictionReport): Promise<void> {
  report.warnings.push(...s.warnings);
  if (s.chapters.length === 0) { count(report, 'stories', 'failed'); return; }
  if (await legacyId(ctx.db, 'work', s.oldId)) { count(report, 'stories', 'existing'); count(report, 'chapters', 'existing', s.chapters.length); return; }
  let owner = await accountOf(ctx, s.ownerOldId);
  if (!owner) { report.warnings.push(`story ${s.oldId} "${s.work.title}": its author ${s.ownerOldId} is not in the dump; imported as ${fallback.login}'s`); owner = fallback; }
  if (!s.validated) report.warnings.push(`story ${s.oldId} "${s.work.title}" was waiting for validation: imported as a draft`);
  // eFiction showed a story none of whose chapters is validated with no text at all: it stays a draft here.
  const shown = s.chapters.some((c) => !c.draft);
  if (s.validated && !shown) report.warnings.push(`story ${s.oldId} "${s.work.title}": none of its chapters was validated; imported as a draft`);
  try {
    const updated = s.updatedAt ?? s.publishedAt;
    const publish = s.validated && shown;
    const { workId, chapterIds } = await importWork(ctx, owner, { work: s.work, chapters: s.chapters.map((c) => c.input), publish, updatedOn: updated ? new Date(updated).toISOString().slice(0, 10) : '' });
    await ctx.db.transaction(async (tx) => {
      await putLegacyId(tx, 'work', s.oldId, workId);
      for (const [i, c] of s.chapters.entries()) await putLegacyId(tx, 'chapter', c.oldId, chapterIds[i]!);
      if (s.hits > 0) await addToCounters(tx, workId, { hits: s.hits });
      if (publish) await keepAsShown(tx, workId, s, chapterIds);
    });
    for (const co of s.coAuthorOldIds) {
      const account = await accountOf(ctx, co);
      if (account) await putCreator(ctx.db, workId, account.id, 'accepted');
      else report.warnings.push(`story ${s.oldId}: co-author ${co} is not in the dump`);
    }
    count(report, 'stories', 'imported');
    count(report, 'chapters', 'imported', chapterIds.length);
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    report.warnings.push(`story ${s.oldId} "${s.work.title}" was not imported: ${Object.values(error.fields ?? {}).join(' ') || error.message}`);
    count(report, 'stories', 'failed');
  }
}

/** Imports a mapped dump; `fallback` owns stories whose author is missing. */
export async function importEfiction(ctx: Context, plan: EfictionPlan, fallback: Account, report = newReport()): Promise<EfictionReport> {
  await importAuthors(ctx, plan.authors, report);
  await importCategories(ctx, plan.categories, report);
  for (const s of plan.stories) await importStory(ctx, s, fallback, report);
  // Series first: series reviews go to a series' first work, favorite series become subscriptions to them.
  await importSeries(ctx, plan.series, report);
  await importReviews(ctx, plan.reviews, report);
  await importFavorites(ctx, plan.favorites, report);
  await importChallenges(ctx, plan.challenges, fallback, report);
  return report;
}
