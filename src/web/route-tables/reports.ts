/** Abuse reports: the public form and the moderators' queue. */
import type { Route } from '../routes.ts';

export const reportsRoutes: readonly Route[] = [
];
