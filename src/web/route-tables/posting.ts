/** Authors' posting settings: the time zone their dates and times are typed in. */
import type { Route } from '../routes.ts';
import { showPostingSettings, savePostingSettings } from '../handlers/posting-settings.ts';

export const postingRoutes: readonly Route[] = [
  { method: 'GET', url: '/settings/posting', access: 'user', handler: showPostingSettings },
  { method: 'POST', url: '/settings/posting', access: 'user', handler: savePostingSettings },
];
