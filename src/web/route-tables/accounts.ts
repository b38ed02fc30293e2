/** Account deletion, data export, and the admins' dashboard and user search. */
import type { Route } from '../routes.ts';
import { downloadAccountData } from '../handlers/account-export.ts';

export const accountsRoutes: readonly Route[] = [
  { method: 'GET', url: '/users/:login/export', access: 'user', handler: downloadAccountData },
];
