/** AO3's own addresses that fans' tools and links use, where Quire keeps the page elsewhere or by another name. */
import type { Route } from '../routes.ts';
import { redirectShortChapter } from '../handlers/chapter-short-link.ts';
import { editBookmark } from '../handlers/bookmark-save.ts';
import { destroySubscriptionById } from '../handlers/subscription-save.ts';

export const ao3AddressRoutes: readonly Route[] = [
  { method: 'GET', url: '/chapters/:id', access: 'anyone', handler: redirectShortChapter },
  // AO3's bookmark edit form (PUT /bookmarks/{id}, sent by browsers as POST with _method=put).
  { method: 'POST', url: '/bookmarks/:id', access: 'user', handler: editBookmark },
  // AO3's unsubscribe form (DELETE /users/{login}/subscriptions/{id}, sent as POST with _method=delete).
  { method: 'POST', url: '/users/:login/subscriptions/:id', access: 'user', handler: destroySubscriptionById },
];
