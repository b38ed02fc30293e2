/**
 * History and Marked for Later. The lists answer 404 to anyone but their member (guests too, not a login
 * prompt), so their routes are open and the actions decide; changes need an account.
 */
import type { Route } from '../routes.ts';
import { showReadings, confirmClearReadings, clearReadingsNow, removeReading, markReading, saveHistory } from '../handlers/readings.ts';

export const readingsRoutes: readonly Route[] = [
  { method: 'GET', url: '/users/:login/readings', access: 'anyone', handler: showReadings },
  { method: 'GET', url: '/users/:login/readings/clear', access: 'anyone', handler: confirmClearReadings },
  { method: 'POST', url: '/users/:login/readings/clear', access: 'user', handler: clearReadingsNow },
  { method: 'POST', url: '/users/:login/readings/:workId/delete', access: 'user', handler: removeReading },
  { method: 'POST', url: '/works/:id/mark_for_later', access: 'user', handler: markReading(true) },
  { method: 'POST', url: '/works/:id/mark_as_read', access: 'user', handler: markReading(false) },
  { method: 'POST', url: '/settings/history', access: 'user', handler: saveHistory },
];
