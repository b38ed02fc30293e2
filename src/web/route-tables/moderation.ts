/** Moderators' actions on works, comments, series, collections and accounts, and the audit log. */
import type { Route } from '../routes.ts';
import { showModerateWork, moderateWorkWith } from '../handlers/moderate-work.ts';
import { showModerateUser, sanctionWith } from '../handlers/moderate-user.ts';
import { showAudit, downloadAudit } from '../handlers/audit-show.ts';
import { showRetagWork, saveRetagWork } from '../handlers/retag-work.ts';
import { showModerateItem, moderateItemWith } from '../handlers/moderate-items.ts';

export const moderationRoutes: readonly Route[] = [
  { method: 'GET', url: '/admin/works/:id/moderate', access: 'moderator', handler: showModerateWork },
  { method: 'POST', url: '/admin/works/:id/hide', access: 'moderator', handler: moderateWorkWith('hide') },
  { method: 'POST', url: '/admin/works/:id/unhide', access: 'moderator', handler: moderateWorkWith('unhide') },
  { method: 'POST', url: '/admin/works/:id/delete', access: 'moderator', handler: moderateWorkWith('delete') },
  { method: 'POST', url: '/admin/works/:id/restore', access: 'admin', handler: moderateWorkWith('restore') },
  { method: 'GET', url: '/admin/works/:id/tags', access: 'moderator', handler: showRetagWork },
  { method: 'POST', url: '/admin/works/:id/tags', access: 'moderator', handler: saveRetagWork },

  { method: 'GET', url: '/admin/comments/:id/moderate', access: 'moderator', handler: showModerateItem('comment') },
  { method: 'POST', url: '/admin/comments/:id/hide', access: 'moderator', handler: moderateItemWith('comment', 'hide') },
  { method: 'POST', url: '/admin/comments/:id/unhide', access: 'moderator', handler: moderateItemWith('comment', 'unhide') },
  { method: 'POST', url: '/admin/comments/:id/delete', access: 'moderator', handler: moderateItemWith('comment', 'delete') },
  { method: 'GET', url: '/admin/series/:id/moderate', access: 'moderator', handler: showModerateItem('series') },
  { method: 'POST', url: '/admin/series/:id/hide', access: 'moderator', handler: moderateItemWith('series', 'hide') },
  { method: 'POST', url: '/admin/series/:id/unhide', access: 'moderator', handler: moderateItemWith('series', 'unhide') },
  { method: 'GET', url: '/admin/collections/:name/moderate', access: 'moderator', handler: showModerateItem('collection') },
  { method: 'POST', url: '/admin/collections/:name/hide', access: 'moderator', handler: moderateItemWith('collection', 'hide') },
  { method: 'POST', url: '/admin/collections/:name/unhide', access: 'moderator', handler: moderateItemWith('collection', 'unhide') },

  { method: 'GET', url: '/admin/users/:login/moderate', access: 'moderator', handler: showModerateUser },
  { method: 'POST', url: '/admin/users/:login/suspend', access: 'moderator', handler: sanctionWith('suspend') },
  { method: 'POST', url: '/admin/users/:login/ban', access: 'moderator', handler: sanctionWith('ban') },
  { method: 'POST', url: '/admin/users/:login/lift', access: 'moderator', handler: sanctionWith('lift') },

  { method: 'GET', url: '/admin/audit', access: 'moderator', handler: showAudit },
  { method: 'GET', url: '/admin/audit.csv', access: 'moderator', handler: downloadAudit },
];
