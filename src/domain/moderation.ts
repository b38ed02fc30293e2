/** Rules of the archive's staff: who may act on whom, and what every staff action must carry. */
import type { Account, Role } from './account.ts';
import { hasRole, type Viewer } from './permissions.ts';
import { Forbidden, Invalid } from './errors.ts';
import { t } from '../i18n/translate.ts';

/** Longest reason or note staff may write. */
export const REASON_MAX = 2000;

const RANK: Record<Role, number> = { user: 0, moderator: 1, admin: 2 };

/** Whether the viewer is staff (moderator or admin). */
export const isStaff = (viewer: Viewer): boolean => hasRole(viewer, 'moderator');

/**
 * Whether `actor` may act on `target`'s account or content: staff act on users; admins also on moderators and on
 * other admins; nobody on themselves (a moderator cannot lift their own suspension).
 */
export function canActOn(actor: Viewer, target: Pick<Account, 'id' | 'role'>): boolean {
  if (!actor || !isStaff(actor) || actor.id === target.id) return false;
  if (actor.role === 'admin') return true;
  return RANK[target.role] < RANK[actor.role];
}

/** Throws Forbidden unless the viewer is staff. */
export function assertStaff(viewer: Viewer): asserts viewer is Account {
  if (!isStaff(viewer)) throw new Forbidden();
}

/** Throws Forbidden unless `actor` may act on `target`. */
export function assertMayActOn(actor: Viewer, target: Pick<Account, 'id' | 'role'>): asserts actor is Account {
  if (!canActOn(actor, target)) throw new Forbidden(isStaff(actor) ? t('moderation.user.may_not_act') : undefined);
}

/** What is wrong with a staff reason or note, or undefined. */
export function reasonProblem(reason: string): string | undefined {
  const text = reason.trim();
  if (!text) return t('errors.reason.empty');
  if (text.length > REASON_MAX) return t('errors.reason.long', { max: REASON_MAX });
  return undefined;
}

/** The reason a staff action must give, trimmed; Invalid (field `reason`) when empty or too long. */
export function requiredReason(reason: string, field = 'reason'): string {
  const problem = reasonProblem(reason);
  if (problem) throw new Invalid({ [field]: problem });
  return reason.trim();
}

/** Whether the viewer may open a series or collection moderators hid: its owner (to see why) and staff. */
export const canOpenHidden = (viewer: Viewer, thing: { hiddenAt: number | null; ownerId: number | null }): boolean =>
  thing.hiddenAt === null || isStaff(viewer) || (viewer !== undefined && viewer.id === thing.ownerId);
