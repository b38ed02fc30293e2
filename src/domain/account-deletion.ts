/**
 * What deleting an account does to what it made (AO3's rules, docs/accounts.md): its works are orphaned (kept under
 * the `orphan_account` byline, the link to the person cut) or deleted, as the person chooses; drafts are always
 * deleted; a co-created work stays with its other creators; comments stay as "Account deleted"; kudos stay as guest
 * kudos; bookmarks, subscriptions, saved filters and the blocklist go.
 */
import { t } from '../i18n/translate.ts';

/** The account that takes orphaned works: created when first needed, never logs in. */
export const ORPHAN_LOGIN = 'orphan_account';
/** Its address: `.invalid` is never delivered (RFC 2606), so no mail (and no password reset) reaches anyone. */
export const ORPHAN_EMAIL = 'orphan_account@orphan.invalid';
/** Its password hash: not a PHC string, so no password ever matches it. */
export const UNUSABLE_PASSWORD_HASH = '!';

/** What the person chose for their works. */
export const WORKS_CHOICES = ['orphan', 'delete'] as const;
export type WorksChoice = (typeof WORKS_CHOICES)[number];

/** One work the account is a creator of (owner or accepted), as deletion sees it. */
export interface OwnWork {
  id: number;
  title: string;
  visibility: 'draft' | 'public' | 'registered';
  /** Why moderators took it out (migration 16's `works.removal`), or null. */
  removal: 'hidden' | 'deleted' | 'pending' | null;
  /** Other accounts credited on it (owner or accepted). */
  otherCreators: number;
}

/** What happens to one work: handed to orphan_account, deleted, or left to its other creators. */
export type WorkFate = 'orphan' | 'delete' | 'leave';

/**
 * The fate of a work. Co-created works stay with their other creators; drafts are deleted; a work moderators hid
 * or deleted is orphaned whatever the choice, so their decision and its record stand; everything else as chosen.
 */
export function fateOf(work: OwnWork, choice: WorksChoice): WorkFate {
  if (work.otherCreators > 0) return 'leave';
  if (work.visibility === 'draft') return 'delete';
  if (work.removal === 'hidden' || work.removal === 'deleted') return 'orphan';
  return choice;
}

/** The counts the deletion form shows, so the person knows what stays public. */
export interface DeletionSummary {
  /** Posted works (not drafts) the account created alone, whose fate the person chooses. */
  works: number;
  drafts: number;
  /** Works created alone that moderators hid or deleted: orphaned whatever the choice. */
  takenDown: number;
  /** Works with other creators, which stay with them. */
  coCreated: number;
  comments: number;
  kudos: number;
  bookmarks: number;
  subscriptions: number;
  collections: number;
  series: number;
}

/** The summary of an account's works and footprint. */
export function summarize(works: readonly OwnWork[], footprint: Omit<DeletionSummary, 'works' | 'drafts' | 'takenDown' | 'coCreated'>): DeletionSummary {
  const alone = works.filter((w) => w.otherCreators === 0);
  const fixed = (w: OwnWork) => w.visibility === 'draft' || w.removal === 'hidden' || w.removal === 'deleted';
  return {
    works: alone.filter((w) => !fixed(w)).length,
    drafts: alone.filter((w) => w.visibility === 'draft').length,
    takenDown: alone.filter((w) => w.visibility !== 'draft' && fixed(w)).length,
    coCreated: works.filter((w) => w.otherCreators > 0).length,
    ...footprint,
  };
}

/** The person's choice, or a field problem: a choice is needed only when there are works of their own to keep or delete. */
export function worksChoiceOf(value: string, summary: Pick<DeletionSummary, 'works'>): { choice: WorksChoice } | { problem: string } {
  if ((WORKS_CHOICES as readonly string[]).includes(value)) return { choice: value as WorksChoice };
  if (summary.works === 0) return { choice: 'delete' };
  return { problem: t('errors.account.works_choice') };
}
