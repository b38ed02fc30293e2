/**
 * Every route of the archive in one table. `access` is an allow-list checked in one place (server.ts):
 * a new route must say who may use it.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../domain/account.ts';
import type { ReadWithSession } from './middleware/session.ts';
import { readerPartsColumns } from './reader-parts.ts';
import { showHome } from './handlers/home-show.ts';
import { showSetup, createSetup } from './handlers/setup-create.ts';
import { showRegister, createAccount } from './handlers/account-create.ts';
import { showLogin, createSession } from './handlers/session-create.ts';
import { showLogout, destroySession } from './handlers/session-destroy.ts';
import { confirmEmail, resendVerification } from './handlers/email-verify.ts';
import { showForgotPassword, sendPasswordReset, showResetPassword, updateResetPassword } from './handlers/password-reset.ts';
import { showUser, showUserWorks } from './handlers/user-show.ts';
import { showProfileSettings, saveProfile } from './handlers/profile-update.ts';
import { showAccountSettings, saveEmail, savePassword, saveLanguage, removeAccount } from './handlers/account-update.ts';
import { showSiteSettings, saveSiteSettings, saveTaxonomy, showAccounts, saveRole } from './handlers/admin-manage.ts';
import { showFandomDisclaimers, saveFandomDisclaimer } from './handlers/admin-fandoms.ts';
import { showContactForm, sendContactMessage } from './handlers/user-contact.ts';
import { showSupport, showContact, showRules, showSiteMap } from './handlers/site-pages-show.ts';
import { showNewWork, createWork } from './handlers/work-create.ts';
import { showWork, showChapter, showNavigate, selectChapter } from './handlers/work-show.ts';
import { createBookmark, destroyBookmark, showBookmarks } from './handlers/bookmark-save.ts';
import { showSubscriptions, createSubscription, destroySubscription } from './handlers/subscription-save.ts';
import { createKudos } from './handlers/kudos-create.ts';
import { healthz, tokenDispenser, showAsset } from './handlers/system.ts';
import { legacyRoutes } from './route-tables/legacy.ts';
import { showPrint, showPlain } from './handlers/work-print.ts';
import { saveReaderSettings } from './handlers/reader-settings-save.ts';
import { showReadingSettings, saveReadingSettings } from './handlers/reading-settings-update.ts';
import { saveAutosaveCopy, discardAutosave } from './handlers/autosave-save.ts';
import { showKeptPost, sendKeptPost, discardKeptPost } from './handlers/kept-post-send.ts';
import { showEditWork, saveWork, publishWork } from './handlers/work-edit.ts';
import { showNewChapter, createChapter } from './handlers/chapter-create.ts';
import { showEditChapter, saveChapter } from './handlers/chapter-edit.ts';
import { showManageChapters, saveChapterOrder, confirmDeleteChapter, removeChapter } from './handlers/chapter-manage.ts';
import { confirmDeleteWork, removeWork } from './handlers/work-delete.ts';
import { showInvitations, answerWorkInvitation } from './handlers/invitation-answer.ts';
import { showSeries } from './handlers/series-show.ts';
import { showStats } from './handlers/stats-show.ts';
import { showDownload } from './handlers/download-show.ts';
import { showTag, showTagWorks } from './handlers/tag-show.ts';
import { showTagSearch } from './handlers/tag-search.ts';
import { showWrangleTag, saveCanonical, saveSynonym, saveMerge, saveParent, deleteParent, saveMedia } from './handlers/tag-wrangle.ts';
import { showWorksIndex } from './handlers/works-index.ts';
import { showTagAutocomplete } from './handlers/tag-autocomplete.ts';
import { showUnwrangled, saveUnwrangled } from './handlers/tags-unwrangled.ts';
import { showMediaIndex, showMediaFandoms } from './handlers/fandom-index.ts';
import { showBlocklist, addToBlocklist, removeFromBlocklist, showSavedFilters, createSavedFilter, changeSavedFilter } from './handlers/reader-lists.ts';
import { createComment } from './handlers/comment-create.ts';
import { showComments, showThread, showUserComments } from './handlers/comments-show.ts';
import { showEditComment, saveComment, removeComment } from './handlers/comment-edit.ts';
import { showModerationQueue, saveModeration, saveFreeze, saveCommentSettings, saveGuestComments } from './handlers/comment-moderate.ts';
import { showInbox, saveInbox, saveInboxSettings } from './handlers/inbox-show.ts';
import { showWorksSearch } from './handlers/works-search.ts';
import { showCreatorFeed, showSeriesFeed, showTagFeed, showSearchFeed, showChaptersFeed, showOpenSearch } from './handlers/feed-show.ts';
import { showCollections, showCollection, showCollectionWorks } from './handlers/collection-show.ts';
import { showNewCollection, createCollectionHandler, showEditCollection, saveCollection } from './handlers/collection-edit.ts';
import { showCollectionItems, decideCollectionItem, leaveCollectionItem } from './handlers/collection-items.ts';
import { reportsRoutes } from './route-tables/reports.ts';
import { signupRoutes } from './route-tables/signup.ts';
import { accountsRoutes } from './route-tables/accounts.ts';
import { moderationRoutes } from './route-tables/moderation.ts';
import { pseudsRoutes } from './route-tables/pseuds.ts';
import { readingsRoutes } from './route-tables/readings.ts';
import { postingRoutes } from './route-tables/posting.ts';
import { giftsRoutes } from './route-tables/gifts.ts';
import { seriesRoutes } from './route-tables/series.ts';
import { ao3AddressRoutes } from './route-tables/ao3-addresses.ts';
import { opdsRoutes } from './route-tables/opds.ts';
import { apiPageRoutes } from './route-tables/api.ts';

/** Who may use a route: anyone, only guests (login and sign-up forms), or accounts holding at least a role. */
export type Access = 'anyone' | 'guest' | Role;

// Handlers declare their own params; the table stores them by their common shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handler = (request: FastifyRequest<any>, reply: FastifyReply) => unknown;

/** One row of the table. */
export interface Route {
  method: 'GET' | 'POST';
  url: string;
  access: Access;
  handler: Handler;
  /** What the page reads with a member's session (middleware/session.ts). */
  readWithSession?: ReadWithSession;
}

export const routes: readonly Route[] = [
  { method: 'GET', url: '/', access: 'anyone', handler: showHome },
  { method: 'GET', url: '/healthz', access: 'anyone', handler: healthz },
  ...legacyRoutes,
  { method: 'GET', url: '/assets/:file', access: 'anyone', handler: showAsset },
  { method: 'GET', url: '/token_dispenser.json', access: 'anyone', handler: tokenDispenser },
  { method: 'GET', url: '/support', access: 'anyone', handler: showSupport },
  { method: 'GET', url: '/contact', access: 'anyone', handler: showContact },
  { method: 'GET', url: '/rules', access: 'anyone', handler: showRules },
  { method: 'GET', url: '/site_map', access: 'anyone', handler: showSiteMap },

  { method: 'GET', url: '/setup', access: 'anyone', handler: showSetup },
  { method: 'POST', url: '/setup', access: 'anyone', handler: createSetup },

  { method: 'GET', url: '/users/new', access: 'guest', handler: showRegister },
  { method: 'POST', url: '/users', access: 'guest', handler: createAccount },
  { method: 'GET', url: '/users/login', access: 'anyone', handler: showLogin },
  { method: 'POST', url: '/users/login', access: 'anyone', handler: createSession },
  { method: 'GET', url: '/users/logout', access: 'anyone', handler: showLogout },
  { method: 'POST', url: '/users/logout', access: 'anyone', handler: destroySession },
  { method: 'GET', url: '/users/verify', access: 'anyone', handler: confirmEmail },
  { method: 'GET', url: '/users/password/new', access: 'anyone', handler: showForgotPassword },
  { method: 'POST', url: '/users/password', access: 'anyone', handler: sendPasswordReset },
  { method: 'GET', url: '/users/password/edit', access: 'anyone', handler: showResetPassword },
  { method: 'POST', url: '/users/password/edit', access: 'anyone', handler: updateResetPassword },
  { method: 'GET', url: '/users/:login', access: 'anyone', handler: showUser },
  { method: 'GET', url: '/users/:login/works', access: 'anyone', handler: showUserWorks() },
  { method: 'GET', url: '/users/:login/works/drafts', access: 'user', handler: showUserWorks(true) },
  // An author's statistics: 'anyone', so guests get the same 404 as other members (actions/author-stats.ts).
  { method: 'GET', url: '/users/:login/stats', access: 'anyone', handler: showStats },
  { method: 'GET', url: '/users/:login/contact', access: 'user', handler: showContactForm },
  { method: 'POST', url: '/users/:login/contact', access: 'user', handler: sendContactMessage },

  // Tags, wrangling, filtered listings and the fandom index.
  { method: 'GET', url: '/works', access: 'anyone', handler: showWorksIndex },
  { method: 'GET', url: '/autocomplete/tag', access: 'anyone', handler: showTagAutocomplete },
  { method: 'GET', url: '/tags/unwrangled', access: 'moderator', handler: showUnwrangled },
  { method: 'POST', url: '/tags/unwrangled', access: 'moderator', handler: saveUnwrangled },
  // A static segment wins over :name in the router, so /tags/search is never read as a tag named "search".
  { method: 'GET', url: '/tags/search', access: 'anyone', handler: showTagSearch },
  { method: 'GET', url: '/tags/:name', access: 'anyone', handler: showTag },
  { method: 'GET', url: '/tags/:name/works', access: 'anyone', handler: showTagWorks },
  { method: 'GET', url: '/tags/:name/edit', access: 'moderator', handler: showWrangleTag },
  { method: 'POST', url: '/tags/:name/canonical', access: 'moderator', handler: saveCanonical },
  { method: 'POST', url: '/tags/:name/synonym', access: 'moderator', handler: saveSynonym },
  { method: 'POST', url: '/tags/:name/merge', access: 'moderator', handler: saveMerge },
  { method: 'POST', url: '/tags/:name/parents', access: 'moderator', handler: saveParent },
  { method: 'POST', url: '/tags/:name/parents/delete', access: 'moderator', handler: deleteParent },
  { method: 'POST', url: '/tags/:name/media', access: 'moderator', handler: saveMedia },
  { method: 'GET', url: '/media', access: 'anyone', handler: showMediaIndex },
  { method: 'GET', url: '/media/:name/fandoms', access: 'anyone', handler: showMediaFandoms },
  { method: 'GET', url: '/settings/blocklist', access: 'user', handler: showBlocklist },
  { method: 'POST', url: '/settings/blocklist', access: 'user', handler: addToBlocklist },
  { method: 'POST', url: '/settings/blocklist/delete', access: 'user', handler: removeFromBlocklist },
  { method: 'GET', url: '/settings/filters', access: 'user', handler: showSavedFilters },
  { method: 'POST', url: '/settings/filters', access: 'user', handler: createSavedFilter },
  { method: 'POST', url: '/settings/filters/:id/default', access: 'user', handler: changeSavedFilter('default') },
  { method: 'POST', url: '/settings/filters/:id/undefault', access: 'user', handler: changeSavedFilter('undefault') },
  { method: 'POST', url: '/settings/filters/:id/delete', access: 'user', handler: changeSavedFilter('delete') },

  { method: 'GET', url: '/works/new', access: 'user', handler: showNewWork },
  { method: 'POST', url: '/works', access: 'user', handler: createWork },
  { method: 'GET', url: '/works/search', access: 'anyone', handler: showWorksSearch },
  { method: 'GET', url: '/works/search.atom', access: 'anyone', handler: showSearchFeed },
  { method: 'GET', url: '/works/:id/chapters.atom', access: 'anyone', handler: showChaptersFeed },
  { method: 'GET', url: '/users/:login/works.atom', access: 'anyone', handler: showCreatorFeed },
  { method: 'GET', url: '/series/:id.atom', access: 'anyone', handler: showSeriesFeed },
  { method: 'GET', url: '/tags/:name/feed.atom', access: 'anyone', handler: showTagFeed },
  { method: 'GET', url: '/opensearch.xml', access: 'anyone', handler: showOpenSearch },
  { method: 'GET', url: '/works/:id', access: 'anyone', handler: showWork, readWithSession: readerPartsColumns },
  { method: 'GET', url: '/works/:id/chapters/:cid', access: 'anyone', handler: showChapter, readWithSession: readerPartsColumns },
  { method: 'GET', url: '/works/:id/navigate', access: 'anyone', handler: showNavigate },
  { method: 'GET', url: '/downloads/:id/:file', access: 'anyone', handler: showDownload },
  { method: 'GET', url: '/works/:id/chapter', access: 'anyone', handler: selectChapter },
  { method: 'GET', url: '/works/:id/print', access: 'anyone', handler: showPrint },
  { method: 'GET', url: '/works/:id/plain', access: 'anyone', handler: showPlain },
  { method: 'POST', url: '/reader-settings', access: 'anyone', handler: saveReaderSettings },
  { method: 'GET', url: '/settings/reading', access: 'user', handler: showReadingSettings },
  { method: 'POST', url: '/settings/reading', access: 'user', handler: saveReadingSettings },
  { method: 'POST', url: '/works/:id/kudos', access: 'anyone', handler: createKudos },

  // Comments (reviews): guests may post where the work and site allow it (checked in actions/post-comment.ts).
  { method: 'GET', url: '/works/:id/comments', access: 'anyone', handler: showComments },
  { method: 'POST', url: '/works/:id/comments', access: 'anyone', handler: createComment },
  { method: 'GET', url: '/works/:id/comments/:cid', access: 'anyone', handler: showThread },
  { method: 'GET', url: '/works/:id/chapters/:cid/comments', access: 'anyone', handler: showComments },
  { method: 'POST', url: '/works/:id/comment_settings', access: 'user', handler: saveCommentSettings },
  { method: 'GET', url: '/comments/moderation', access: 'user', handler: showModerationQueue },
  { method: 'GET', url: '/comments/:cid/edit', access: 'user', handler: showEditComment },
  { method: 'POST', url: '/comments/:cid', access: 'user', handler: saveComment },
  { method: 'POST', url: '/comments/:cid/delete', access: 'user', handler: removeComment },
  { method: 'POST', url: '/comments/:cid/moderate', access: 'user', handler: saveModeration },
  { method: 'POST', url: '/comments/:cid/freeze', access: 'user', handler: saveFreeze },
  { method: 'GET', url: '/users/:login/comments', access: 'anyone', handler: showUserComments },
  { method: 'GET', url: '/inbox', access: 'user', handler: showInbox },
  { method: 'POST', url: '/inbox', access: 'user', handler: saveInbox },
  { method: 'POST', url: '/inbox/settings', access: 'user', handler: saveInboxSettings },

  // Managing a work: creators only (checked in actions/editable-work.ts); static segments win over :cid.
  { method: 'GET', url: '/works/:id/edit', access: 'user', handler: showEditWork },
  { method: 'POST', url: '/works/:id', access: 'user', handler: saveWork },
  { method: 'POST', url: '/works/:id/publish', access: 'user', handler: publishWork },
  { method: 'GET', url: '/works/:id/delete', access: 'user', handler: confirmDeleteWork },
  { method: 'POST', url: '/works/:id/delete', access: 'user', handler: removeWork },
  { method: 'GET', url: '/works/:id/chapters/new', access: 'user', handler: showNewChapter },
  { method: 'POST', url: '/works/:id/chapters', access: 'user', handler: createChapter },
  { method: 'GET', url: '/works/:id/chapters/manage', access: 'user', handler: showManageChapters },
  { method: 'POST', url: '/works/:id/chapters/reorder', access: 'user', handler: saveChapterOrder },
  { method: 'GET', url: '/works/:id/chapters/:cid/edit', access: 'user', handler: showEditChapter },
  { method: 'POST', url: '/works/:id/chapters/:cid', access: 'user', handler: saveChapter },
  { method: 'GET', url: '/works/:id/chapters/:cid/delete', access: 'user', handler: confirmDeleteChapter },
  { method: 'POST', url: '/works/:id/chapters/:cid/delete', access: 'user', handler: removeChapter },
  { method: 'GET', url: '/users/:login/invitations', access: 'user', handler: showInvitations },
  { method: 'POST', url: '/works/:id/invitation', access: 'user', handler: answerWorkInvitation },
  { method: 'GET', url: '/series/:id', access: 'anyone', handler: showSeries },

  // Collections: anyone reads; maintainers (the owner) edit and moderate, authors take their works out (checked in the actions).
  { method: 'GET', url: '/collections', access: 'anyone', handler: showCollections },
  { method: 'GET', url: '/collections/new', access: 'user', handler: showNewCollection },
  { method: 'POST', url: '/collections', access: 'user', handler: createCollectionHandler },
  { method: 'GET', url: '/collections/:name', access: 'anyone', handler: showCollection },
  { method: 'GET', url: '/collections/:name/works', access: 'anyone', handler: showCollectionWorks },
  { method: 'GET', url: '/collections/:name/edit', access: 'user', handler: showEditCollection },
  { method: 'POST', url: '/collections/:name', access: 'user', handler: saveCollection },
  { method: 'GET', url: '/collections/:name/items', access: 'user', handler: showCollectionItems },
  { method: 'POST', url: '/collections/:name/items/:workId', access: 'user', handler: decideCollectionItem },
  { method: 'POST', url: '/collections/:name/items/:workId/leave', access: 'user', handler: leaveCollectionItem },

  { method: 'POST', url: '/autosave', access: 'user', handler: saveAutosaveCopy },
  { method: 'POST', url: '/autosave/discard', access: 'user', handler: discardAutosave },
  // A form kept while its session had expired: sent only when its account asks (middleware/kept-posts.ts).
  { method: 'GET', url: '/kept-posts/:key', access: 'user', handler: showKeptPost },
  { method: 'POST', url: '/kept-posts/:key', access: 'user', handler: sendKeptPost },
  { method: 'POST', url: '/kept-posts/:key/discard', access: 'user', handler: discardKeptPost },

  { method: 'POST', url: '/works/:id/bookmarks', access: 'user', handler: createBookmark },
  { method: 'POST', url: '/works/:id/bookmarks/delete', access: 'user', handler: destroyBookmark },
  { method: 'GET', url: '/users/:login/bookmarks', access: 'anyone', handler: showBookmarks },
  { method: 'GET', url: '/users/:login/subscriptions', access: 'user', handler: showSubscriptions },
  { method: 'POST', url: '/users/:login/subscriptions', access: 'user', handler: createSubscription },
  { method: 'POST', url: '/users/:login/subscriptions/delete', access: 'user', handler: destroySubscription },

  { method: 'GET', url: '/settings/profile', access: 'user', handler: showProfileSettings },
  { method: 'POST', url: '/settings/profile', access: 'user', handler: saveProfile },
  { method: 'GET', url: '/settings/account', access: 'user', handler: showAccountSettings },
  { method: 'POST', url: '/settings/email', access: 'user', handler: saveEmail },
  { method: 'POST', url: '/settings/password', access: 'user', handler: savePassword },
  { method: 'POST', url: '/settings/language', access: 'user', handler: saveLanguage },
  { method: 'POST', url: '/settings/delete', access: 'user', handler: removeAccount },
  { method: 'POST', url: '/settings/verification', access: 'user', handler: resendVerification },

  { method: 'GET', url: '/admin/settings', access: 'admin', handler: showSiteSettings },
  { method: 'POST', url: '/admin/settings', access: 'admin', handler: saveSiteSettings },
  { method: 'POST', url: '/admin/taxonomy', access: 'admin', handler: saveTaxonomy },
  { method: 'POST', url: '/admin/comments', access: 'admin', handler: saveGuestComments },
  { method: 'GET', url: '/admin/fandoms', access: 'admin', handler: showFandomDisclaimers },
  { method: 'POST', url: '/admin/fandoms/:id/disclaimer', access: 'admin', handler: saveFandomDisclaimer },
  { method: 'GET', url: '/admin/users', access: 'admin', handler: showAccounts },
  { method: 'POST', url: '/admin/users/:id/role', access: 'admin', handler: saveRole },

  // Governance, one table per area.
  ...reportsRoutes,
  ...signupRoutes,
  ...accountsRoutes,
  ...moderationRoutes,
  ...pseudsRoutes,
  ...readingsRoutes,
  ...postingRoutes,
  ...giftsRoutes,
  ...seriesRoutes,
  ...ao3AddressRoutes,
  ...opdsRoutes,
  ...apiPageRoutes,
];
