/** Account deletion, data export, and the admins' dashboard and user search. */
import type { Route } from '../routes.ts';

export const accountsRoutes: readonly Route[] = [
];
