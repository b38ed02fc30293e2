/**
 * The read API's pages on the site: the guide at /api and the members' token settings. The API itself
 * (/api/v1/…) is a plugin with its own table (web/api/routes.ts), JSON errors and token authentication.
 */
import type { Route } from '../routes.ts';
import { showApiGuide, showApiTokens, createApiTokenHandler, revokeApiTokenHandler } from '../handlers/api-tokens.ts';

export const apiPageRoutes: readonly Route[] = [
  { method: 'GET', url: '/api', access: 'anyone', handler: showApiGuide },
  { method: 'GET', url: '/settings/api-tokens', access: 'user', handler: showApiTokens },
  { method: 'POST', url: '/settings/api-tokens', access: 'user', handler: createApiTokenHandler },
  { method: 'POST', url: '/settings/api-tokens/:id/delete', access: 'user', handler: revokeApiTokenHandler },
];
