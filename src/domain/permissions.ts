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

/** What access rules need to know about a work. */
export interface WorkAccess {
  visibility: 'draft' | 'public' | 'registered';
  /** Accounts that accepted creatorship (owner and accepted co-creators). */
  creatorIds: readonly number[];
  deleted: boolean;
}

/** Whether the viewer is one of the work's creators. */
export const isCreatorOf = (viewer: Viewer, work: WorkAccess): boolean => viewer !== undefined && work.creatorIds.includes(viewer.id);

/** What a viewer gets when asking for a work: the work, a login prompt, nothing (404), or gone (410). */
export function workVisibilityFor(viewer: Viewer, work: WorkAccess): 'visible' | 'login' | 'hidden' | 'gone' {
  if (work.deleted) return 'gone';
  if (isCreatorOf(viewer, work)) return 'visible';
  if (work.visibility === 'draft') return 'hidden';
  if (work.visibility === 'registered' && !viewer) return 'login';
  return 'visible';
}

/** Only creators edit a work, its chapters and its settings. */
export const canEditWork = (viewer: Viewer, work: WorkAccess): boolean => !work.deleted && isCreatorOf(viewer, work);

/** Which works a listing may show a viewer: on their own author page everything (drafts too), otherwise posted works they may read. */
export function listingScope(viewer: Viewer, authorId?: number): { visibilities: WorkAccess['visibility'][]; postedOnly: boolean } {
  if (viewer !== undefined && authorId !== undefined && viewer.id === authorId) return { visibilities: ['draft', 'public', 'registered'], postedOnly: false };
  return { visibilities: viewer ? ['public', 'registered'] : ['public'], postedOnly: true };
}

/** Logged-in readers may write to another account through the archive (never to themselves). */
export const canContactUser = (viewer: Viewer, accountId: number): boolean => viewer !== undefined && viewer.id !== accountId;
