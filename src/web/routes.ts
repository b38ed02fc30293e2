/**
 * Every route of the archive in one table. `access` is an allow-list checked in one place (server.ts):
 * a new route must say who may use it.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../domain/account.ts';
import { showHome } from './handlers/home-show.ts';
import { showSetup, createSetup } from './handlers/setup-create.ts';
import { showRegister, createAccount } from './handlers/account-create.ts';
import { showLogin, createSession } from './handlers/session-create.ts';
import { showLogout, destroySession } from './handlers/session-destroy.ts';
import { confirmEmail, resendVerification } from './handlers/email-verify.ts';
import { showForgotPassword, sendPasswordReset, showResetPassword, updateResetPassword } from './handlers/password-reset.ts';
import { showUser } from './handlers/user-show.ts';
import { showProfileSettings, saveProfile } from './handlers/profile-update.ts';
import { showAccountSettings, saveEmail, savePassword, removeAccount } from './handlers/account-update.ts';
import { showSiteSettings, saveSiteSettings, showAccounts, saveRole } from './handlers/admin-manage.ts';
import { showNewWork, createWork } from './handlers/work-create.ts';
import { showWork, showChapter, showNavigate, selectChapter, showPseud } from './handlers/work-show.ts';
import { createBookmark, destroyBookmark, showBookmarks } from './handlers/bookmark-save.ts';
import { healthz, tokenDispenser, showAsset } from './handlers/system.ts';

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
}

export const routes: readonly Route[] = [
  { method: 'GET', url: '/', access: 'anyone', handler: showHome },
  { method: 'GET', url: '/healthz', access: 'anyone', handler: healthz },
  { method: 'GET', url: '/assets/:file', access: 'anyone', handler: showAsset },
  { method: 'GET', url: '/token_dispenser.json', access: 'anyone', handler: tokenDispenser },

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
  { method: 'GET', url: '/users/:login/pseuds/:pseud', access: 'anyone', handler: showPseud },

  { method: 'GET', url: '/works/new', access: 'user', handler: showNewWork },
  { method: 'POST', url: '/works', access: 'user', handler: createWork },
  { method: 'GET', url: '/works/:id', access: 'anyone', handler: showWork },
  { method: 'GET', url: '/works/:id/chapters/:cid', access: 'anyone', handler: showChapter },
  { method: 'GET', url: '/works/:id/navigate', access: 'anyone', handler: showNavigate },
  { method: 'GET', url: '/works/:id/chapter', access: 'anyone', handler: selectChapter },
  { method: 'POST', url: '/works/:id/bookmarks', access: 'user', handler: createBookmark },
  { method: 'POST', url: '/works/:id/bookmarks/delete', access: 'user', handler: destroyBookmark },
  { method: 'GET', url: '/users/:login/bookmarks', access: 'anyone', handler: showBookmarks },

  { method: 'GET', url: '/settings/profile', access: 'user', handler: showProfileSettings },
  { method: 'POST', url: '/settings/profile', access: 'user', handler: saveProfile },
  { method: 'GET', url: '/settings/account', access: 'user', handler: showAccountSettings },
  { method: 'POST', url: '/settings/email', access: 'user', handler: saveEmail },
  { method: 'POST', url: '/settings/password', access: 'user', handler: savePassword },
  { method: 'POST', url: '/settings/delete', access: 'user', handler: removeAccount },
  { method: 'POST', url: '/settings/verification', access: 'user', handler: resendVerification },

  { method: 'GET', url: '/admin/settings', access: 'admin', handler: showSiteSettings },
  { method: 'POST', url: '/admin/settings', access: 'admin', handler: saveSiteSettings },
  { method: 'GET', url: '/admin/users', access: 'admin', handler: showAccounts },
  { method: 'POST', url: '/admin/users/:id/role', access: 'admin', handler: saveRole },
];
