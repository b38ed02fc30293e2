/** Joining and the terms: terms and content policy pages, invitations and requests, the validation queue. */
import type { Route } from '../routes.ts';

export const signupRoutes: readonly Route[] = [
];
