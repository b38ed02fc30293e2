/** Every migration in order. Append only: a landed migration is never edited. */
import type { Migration } from '../migrate.ts';
import accounts from './0001-accounts.ts';
import works from './0002-works.ts';
import bookmarks from './0003-bookmarks.ts';
import draftVisibility from './0004-draft-visibility.ts';
import tagWrangling from './0005-tag-wrangling.ts';
import comments from './0006-comments.ts';
import search from './0007-search.ts';
import legacyImport from './0008-legacy-import.ts';
import listingChanges from './0009-listing-changes.ts';
import subscriptions from './0010-subscriptions.ts';
import collections from './0011-collections.ts';
import searchPairs from './0012-search-pairs.ts';
import searchVectorConcat from './0013-search-vector-concat.ts';
import pageRevisions from './0014-page-revisions.ts';
import searchReindexQueue from './0015-search-reindex-queue.ts';
import governance from './0016-governance.ts';
import pageRevisionLockOrder from './0017-page-revision-lock-order.ts';
import sessionAddresses from './0018-session-addresses.ts';
import tagCanonicalChanges from './0019-tag-canonical-changes.ts';
import navigationIndexes from './0020-navigation-indexes.ts';
import pseuds from './0021-pseuds.ts';
import commentFormatAndPosting from './0022-comment-format-and-posting.ts';
import workDailyStats from './0023-work-daily-stats.ts';
import readings from './0024-readings.ts';
import searchPairsSqlite from './0025-search-pairs-sqlite.ts';

export const migrations: readonly Migration[] = [accounts, works, bookmarks, draftVisibility, tagWrangling, comments, search, legacyImport, listingChanges, subscriptions, collections, searchPairs, searchVectorConcat, pageRevisions, searchReindexQueue, governance, pageRevisionLockOrder, sessionAddresses, tagCanonicalChanges, navigationIndexes, pseuds, commentFormatAndPosting, workDailyStats, readings, searchPairsSqlite];
