/** Gifts: a member's gifts page (anyone may look; refused gifts only the member) and the recipient's refusal. */
import type { Route } from '../routes.ts';
import { showGifts, setGift } from '../handlers/gifts.ts';

export const giftsRoutes: readonly Route[] = [
  { method: 'GET', url: '/users/:login/gifts', access: 'anyone', handler: showGifts },
  { method: 'POST', url: '/works/:id/gift/refuse', access: 'user', handler: setGift(true) },
  { method: 'POST', url: '/works/:id/gift/accept', access: 'user', handler: setGift(false) },
];
