/** Moderators' actions on works, comments, series, collections and accounts, and the audit log. */
import type { Route } from '../routes.ts';
import { showModerateWork, moderateWorkWith } from '../handlers/moderate-work.ts';
import { showModerateUser, sanctionWith } from '../handlers/moderate-user.ts';
import { showAudit, downloadAudit } from '../handlers/audit-show.ts';
import { showRetagWork, saveRetagWork } from '../handlers/retag-work.ts';

export const moderationRoutes: readonly Route[] = [
  { method: 'GET', url: '/admin/works/:id/moderate', access: 'moderator', handler: showModerateWork },
  { method: 'POST', url: '/admin/works/:id/hide', access: 'moderator', handler: moderateWorkWith('hide') },
  { method: 'POST', url: '/admin/works/:id/unhide', access: 'moderator', handler: moderateWorkWith('unhide') },
  { method: 'POST', url: '/admin/works/:id/delete', access: 'moderator', handler: moderateWorkWith('delete') },
  { method: 'POST', url: '/admin/works/:id/restore', access: 'admin', handler: moderateWorkWith('restore') },
  { method: 'GET', url: '/admin/works/:id/tags', access: 'moderator', handler: showRetagWork },
  { method: 'POST', url: '/admin/works/:id/tags', access: 'moderator', handler: saveRetagWork },

  { method: 'GET', url: '/admin/users/:login/moderate', access: 'moderator', handler: showModerateUser },
  { method: 'POST', url: '/admin/users/:login/suspend', access: 'moderator', handler: sanctionWith('suspend') },
  { method: 'POST', url: '/admin/users/:login/ban', access: 'moderator', handler: sanctionWith('ban') },
  { method: 'POST', url: '/admin/users/:login/lift', access: 'moderator', handler: sanctionWith('lift') },

  { method: 'GET', url: '/admin/audit', access: 'moderator', handler: showAudit },
  { method: 'GET', url: '/admin/audit.csv', access: 'moderator', handler: downloadAudit },
];
