/** Kudos rules: who may leave them, and how the list of who left them reads. */
import { isCreatorOf, type Viewer, type WorkAccess } from './permissions.ts';

/** Anyone who can see a work may leave kudos on it, except its own creators. */
export const canLeaveKudos = (viewer: Viewer, work: WorkAccess): boolean => !work.deleted && !isCreatorOf(viewer, work);

/** Who left kudos on a work: account logins (oldest first, possibly cut short) and the counts. */
export interface KudosSummary {
  logins: string[];
  /** All accounts that left kudos, including those not in `logins`. */
  users: number;
  guests: number;
}

/** "3 guests", "1 guest". */
export const guestsLabel = (n: number): string => `${n.toLocaleString('en')} ${n === 1 ? 'guest' : 'guests'}`;
