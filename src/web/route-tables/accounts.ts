/** Account deletion, data export, and the admins' dashboard and user search. */
import type { Route } from '../routes.ts';
import { downloadAccountData } from '../handlers/account-export.ts';
import { showDashboard, sendTestEmailNow } from '../handlers/admin-dashboard.ts';
import { showAdminUser } from '../handlers/admin-users.ts';
import { saveTaxonomyItem } from '../handlers/admin-taxonomy.ts';

export const accountsRoutes: readonly Route[] = [
  { method: 'GET', url: '/users/:login/export', access: 'user', handler: downloadAccountData },
  { method: 'GET', url: '/admin', access: 'moderator', handler: showDashboard },
  { method: 'POST', url: '/admin/test-email', access: 'admin', handler: sendTestEmailNow },
  { method: 'GET', url: '/admin/users/:login', access: 'moderator', handler: showAdminUser },
  { method: 'POST', url: '/admin/taxonomy/items', access: 'admin', handler: saveTaxonomyItem },
];
