/** Who may do what. Actions call these; templates only use them to hide links. */
import type { Account, Role } from './account.ts';
import { Forbidden } from './errors.ts';
import { t } from '../i18n/translate.ts';

/** The person making a request: an account, or a guest (undefined). */
export type Viewer = Account | undefined;

const RANK: Record<Role, number> = { user: 0, moderator: 1, admin: 2 };

/** Whether the viewer holds at least `role`. */
export const hasRole = (viewer: Viewer, role: Role): boolean => viewer !== undefined && RANK[viewer.role] >= RANK[role];

/** Only the account holder edits their own profile and account settings. */
export const canEditAccount = (viewer: Viewer, accountId: number): boolean => viewer !== undefined && viewer.id === accountId;

/** Admins manage site settings and roles. */
export const canAdministerSite = (viewer: Viewer): boolean => hasRole(viewer, 'admin');

/** Why moderators took a work out of the archive: hidden (its creators still see it), deleted (restorable by an admin until purged), or waiting for validation. */
export type WorkRemoval = 'hidden' | 'deleted' | 'pending';

/** What access rules need to know about a work. */
export interface WorkAccess {
  visibility: 'draft' | 'public' | 'registered';
  /** Accounts that accepted creatorship (owner and accepted co-creators). */
  creatorIds: readonly number[];
  /** Out of the archive: deleted by its creators, or removed by moderators (then `removal` says how). */
  deleted: boolean;
  removal: WorkRemoval | null;
}

/** Whether the viewer is one of the work's creators. */
export const isCreatorOf = (viewer: Viewer, work: WorkAccess): boolean => viewer !== undefined && work.creatorIds.includes(viewer.id);

/** What a viewer gets when asking for a work: the work, a login prompt, nothing (404), or gone (410). */
export function workVisibilityFor(viewer: Viewer, work: WorkAccess): 'visible' | 'login' | 'hidden' | 'gone' {
  // A hidden or pending work is as missing as a work that never was, except to its creators (who see why);
  // a work moderators deleted is gone for its creators and missing for everyone else.
  if (work.removal === 'hidden' || work.removal === 'pending') return isCreatorOf(viewer, work) ? 'visible' : 'hidden';
  if (work.removal === 'deleted') return isCreatorOf(viewer, work) ? 'gone' : 'hidden';
  if (work.deleted) return 'gone';
  if (isCreatorOf(viewer, work)) return 'visible';
  if (work.visibility === 'draft') return 'hidden';
  if (work.visibility === 'registered' && !viewer) return 'login';
  return 'visible';
}

/** Only creators edit a work, its chapters and its settings; not while it is out of the archive. */
export const canEditWork = (viewer: Viewer, work: WorkAccess): boolean => !work.deleted && isCreatorOf(viewer, work);

/**
 * Whether a member reads the work as every other plain member does: they may read it and are neither one of its
 * creators nor staff (whose pages carry edit and moderation controls). Such readers share one rendering of it.
 */
export const readsAsAnyMember = (viewer: Viewer, work: WorkAccess): boolean =>
  viewer !== undefined && viewer.role === 'user' && !isCreatorOf(viewer, work) && workVisibilityFor(viewer, work) === 'visible';

/** Staff may open a work moderators took out (to review a report, or restore it), whatever the readers' rule says. */
export const canInspectRemovedWork = (viewer: Viewer, work: WorkAccess): boolean => work.removal !== null && hasRole(viewer, 'moderator');

/** Which works a listing may show a viewer: on their own author page everything (drafts too), otherwise posted works they may read. */
export function listingScope(viewer: Viewer, authorId?: number, draftsOnly = false): { visibilities: WorkAccess['visibility'][]; postedOnly: boolean } {
  if (draftsOnly) {
    // An author's drafts are theirs alone.
    if (viewer === undefined || viewer.id !== authorId) throw new Forbidden(t('errors.work.drafts'));
    return { visibilities: ['draft'], postedOnly: false };
  }
  if (viewer !== undefined && authorId !== undefined && viewer.id === authorId) return { visibilities: ['draft', 'public', 'registered'], postedOnly: false };
  return { visibilities: viewer ? ['public', 'registered'] : ['public'], postedOnly: true };
}

/** Logged-in readers may write to another account through the archive (never to themselves). */
export const canContactUser = (viewer: Viewer, accountId: number): boolean => viewer !== undefined && viewer.id !== accountId;
