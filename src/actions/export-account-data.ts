/**
 * "Download my data" (GET /users/{login}/export): everything the archive keeps about an account, for its holder
 * only. This gathers it (works as download snapshots, the rest as JSON); the ZIP is built on the download worker.
 */
import { userByLogin } from '../storage/users.ts';
import { workIdsOfCreator } from '../storage/work-creators.ts';
import { worksByIds } from '../storage/works.ts';
import { bookmarksOfUser } from '../storage/bookmarks.ts';
import { visibleSeriesSummaries } from './series-visibility.ts';
import { pseudsOf } from '../storage/pseuds.ts';
import { pageOfSubscriptions } from '../storage/subscriptions.ts';
import { listComments } from '../storage/comments.ts';
import { kudosOfAccount } from '../storage/kudos.ts';
import { savedFiltersOf } from '../storage/saved-filters.ts';
import { blocklistOf } from '../storage/blocklist.ts';
import { wantsCommentEmails } from '../storage/inbox.ts';
import { Forbidden, NotFound } from '../domain/errors.ts';
import type { Viewer } from '../domain/permissions.ts';
import type { Account } from '../domain/account.ts';
import type { AccountArchiveInput } from '../export/account-archive.ts';
import { workPath } from '../export/account-archive.ts';
import { downloadWork } from './download-work.ts';
import { readingPreferences } from './reading-preferences.ts';
import { historyEnabled, pageOfReadings } from '../storage/readings.ts';
import { listWorks } from './list-works.ts';
import { giftWorkIdsOf } from '../storage/gifts.ts';
import { apiTokensOf } from '../storage/api-tokens.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** The account named in the URL, when the viewer holds it: NotFound for no such account, Forbidden for anyone else. */
async function holderOf(ctx: Context, viewer: Viewer, login: string): Promise<Account> {
  const account = await userByLogin(ctx.db, login);
  if (!account) throw new NotFound(t('errors.no_account'));
  if (!viewer || viewer.id !== account.id) throw new Forbidden(t('errors.account.export_private'));
  return viewer;
}

/** Every comment of an account, newest first, a page at a time. */
async function allComments(ctx: Context, userId: number) {
  const out = [];
  for (let offset = 0; ; offset += 500) {
    const { items } = await listComments(ctx.db, { userId, statuses: ['published', 'pending', 'spam'] }, { offset, limit: 500 });
    out.push(...items);
    if (items.length < 500) return out;
  }
}

/** The account's works (drafts included) as snapshots, and its data as JSON; `fileName` for the download. */
export async function exportAccountData(ctx: Context, viewer: Viewer, login: string): Promise<{ fileName: string; input: AccountArchiveInput }> {
  const account = await holderOf(ctx, viewer, login);
  const now = ctx.now();
  const works: AccountArchiveInput['works'] = [];
  for (const id of await workIdsOfCreator(ctx.db, account.id)) {
    const download = await downloadWork(ctx, account, id).catch((error) => { if (error instanceof NotFound) return undefined; throw error; });
    if (download) works.push({ snapshot: download.snapshot, draft: download.page.work.visibility === 'draft' });
  }
  const [bookmarks, subscriptions, comments, kudos, filters, blocklist, reading, mail] = await Promise.all([
    bookmarksOfUser(ctx.db, account.id, true), pageOfSubscriptions(ctx.db, account.id, { limit: 100_000, offset: 0 }), allComments(ctx, account.id),
    kudosOfAccount(ctx.db, account.id), savedFiltersOf(ctx.db, account.id), blocklistOf(ctx.db, account.id), readingPreferences(ctx, account.id),
    wantsCommentEmails(ctx.db, account.id),
  ]);
  const [pseuds, apiTokens] = await Promise.all([pseudsOf(ctx.db, account.id), apiTokensOf(ctx.db, account.id)]);
  const titles = new Map((await worksByIds(ctx.db, bookmarks.flatMap((b) => (b.target.kind === 'work' ? [b.target.id] : [])))).map((w) => [w.id, w.title]));
  // A bookmarked series is named only while the holder may see it (as on their bookmarks page).
  const seriesTitles = new Map([...(await visibleSeriesSummaries(ctx, account, bookmarks.flatMap((b) => (b.target.kind === 'series' ? [b.target.id] : [])))).values()].map((s) => [s.id, s.title]));
  const [readings, keepsHistory] = await Promise.all([pageOfReadings(ctx.db, account.id, { toReadOnly: false, limit: 1_000_000, offset: 0 }), historyEnabled(ctx.db, account.id)]);
  // A work the holder may no longer read is listed without its title (as on their History page).
  const readable = new Map((await listWorks(ctx, account, readings.map((r) => r.workId))).map((b) => [b.work.id, b.work.title]));
  // Gifts received (refused ones too), as the holder's gifts page lists them: only works they may read, never drafts.
  const [accepted, refused] = await Promise.all([giftWorkIdsOf(ctx.db, account.id, false), giftWorkIdsOf(ctx.db, account.id, true)]);
  const giftTitles = new Map((await listWorks(ctx, account, [...accepted, ...refused])).filter((b) => b.work.visibility !== 'draft').map((b) => [b.work.id, b.work.title]));
  const workUrl = (id: number) => `${ctx.baseUrl}/works/${id}`;
  const data = {
    format: 'quire-account-data', version: 1, exportedAt: iso(now), archive: ctx.baseUrl,
    profile: { login: account.login, email: account.email, emailConfirmed: account.emailVerified, displayName: account.displayName, bioHtml: account.bioHtml, website: account.website, role: account.role, createdAt: iso(account.createdAt) },
    pseuds: pseuds.map((p) => ({ name: p.name, default: p.isDefault, iconAltText: p.iconAlt, description: p.description, createdAt: iso(p.createdAt) })),
    // The interface language the holder chose (null: automatic).
    preferences: { commentEmails: mail !== undefined, language: account.locale ?? null },
    readingSettings: reading,
    historyEnabled: keepsHistory,
    works: works.map((w) => ({ id: w.snapshot.id, title: w.snapshot.title, draft: w.draft, url: w.snapshot.workUrl, files: [workPath(w, 'epub'), workPath(w, 'html')] })),
    bookmarks: bookmarks.map((b) => ({
      ...(b.target.kind === 'work'
        ? { workId: b.target.id, title: titles.get(b.target.id) ?? null, url: workUrl(b.target.id) }
        : { seriesId: b.target.id, title: seriesTitles.get(b.target.id) ?? null, url: `${ctx.baseUrl}/series/${b.target.id}` }),
      notesHtml: b.notesHtml, tags: b.tagString, private: b.private, rec: b.rec, createdAt: iso(b.createdAt), updatedAt: iso(b.updatedAt) })),
    subscriptions: subscriptions.map((s) => ({ kind: s.kind, targetId: s.targetId, name: s.name, createdAt: iso(s.createdAt) })),
    comments: comments.map((c) => ({ id: c.id, workId: c.workId, workTitle: c.workTitle, url: `${workUrl(c.workId)}/comments/${c.id}`, text: c.bodySource, status: c.status, createdAt: iso(c.createdAt), editedAt: iso(c.editedAt) })),
    kudos: kudos.map((k) => ({ workId: k.workId, title: k.title, url: workUrl(k.workId), createdAt: iso(k.createdAt) })),
    savedFilters: filters.map((f) => ({ name: f.name, query: f.query, default: f.isDefault })),
    blocklist: blocklist.map((b) => ({ kind: b.kind, name: b.name })),
    giftsReceived: [...accepted.map((id) => ({ id, refused: false })), ...refused.map((id) => ({ id, refused: true }))].filter((g) => giftTitles.has(g.id))
      .map((g) => ({ workId: g.id, title: giftTitles.get(g.id)!, url: workUrl(g.id), refused: g.refused })),
    // Names and dates only: the archive keeps no token, only its SHA-256.
    apiTokens: apiTokens.map((t) => ({ name: t.name, createdAt: iso(t.createdAt), lastUsedAt: iso(t.lastUsedAt) })),
    history: readings.map((r) => ({ workId: r.workId, title: readable.get(r.workId) ?? null, available: readable.has(r.workId), url: workUrl(r.workId), lastVisitedAt: iso(r.lastViewedAt), visits: r.viewCount, markedForLater: r.toRead })),
  };
  const readme = `Your data from ${ctx.baseUrl}, as of ${iso(now)} (account ${account.login}).\n\n`
    + 'account.json   your profile, pseuds, preferences, reading settings, bookmarks, subscriptions, comments, kudos, saved filters, blocklist, reading history, gifts received and API tokens (names and dates)\n'
    + 'works/         your posted works, each as EPUB (e-readers) and HTML (browsers)\n'
    + 'drafts/        your drafts, the same way\n';
  return { fileName: `${account.login}-data-${iso(now)!.slice(0, 10)}.zip`, input: { works, json: JSON.stringify(data, null, 2), readme, exportedAt: now } };
}
