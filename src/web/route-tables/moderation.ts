/** Moderators' actions on works, comments, series, collections and accounts, and the audit log. */
import type { Route } from '../routes.ts';

export const moderationRoutes: readonly Route[] = [
];
