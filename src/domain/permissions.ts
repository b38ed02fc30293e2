/** Who may do what. Actions call these; templates only use them to hide links. */
import type { Account, Role } from './account.ts';

/** The person making a request: an account, or a guest (undefined). */
export type Viewer = Account | undefined;

const RANK: Record<Role, number> = { user: 0, moderator: 1, admin: 2 };

/** Whether the viewer holds at least `role`. */
export const hasRole = (viewer: Viewer, role: Role): boolean => viewer !== undefined && RANK[viewer.role] >= RANK[role];

/** Only the account holder edits their own profile and account settings. */
export const canEditAccount = (viewer: Viewer, accountId: number): boolean => viewer !== undefined && viewer.id === accountId;

/** Admins manage site settings and roles. */
export const canAdministerSite = (viewer: Viewer): boolean => hasRole(viewer, 'admin');
