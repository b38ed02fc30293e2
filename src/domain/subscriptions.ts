/** Subscription rules: what a reader may follow, and what the update email says. Pure. */
import { workVisibilityFor, type Viewer, type WorkAccess } from './permissions.ts';
import { chapterHeadingText } from './chapter-heading.ts';
import { t } from '../i18n/translate.ts';

export const SUBSCRIPTION_KINDS = ['work', 'series', 'user'] as const;
/** What a subscription follows. */
export type SubscriptionKind = (typeof SUBSCRIPTION_KINDS)[number];

// AO3's forms send `subscription[subscribable_type]` as the Rails class name; fans' tools post those.
const AO3_TYPES: Record<string, SubscriptionKind> = { work: 'work', series: 'series', user: 'user' };

/** The kind named by a form value (`Work`, `Series`, `User`, any case), or undefined. */
export const subscriptionKind = (value: string): SubscriptionKind | undefined => AO3_TYPES[value.trim().toLowerCase()];

/** The AO3 form value of a kind. */
export const subscribableType = (kind: SubscriptionKind): string => ({ work: 'Work', series: 'Series', user: 'User' })[kind];

/** Why the viewer may not follow a work they can see, or undefined when they may. */
export function workSubscriptionProblem(viewer: Viewer, work: WorkAccess): 'guest' | 'own' | 'hidden' | 'gone' | 'login' | undefined {
  if (!viewer) return 'guest';
  const verdict = workVisibilityFor(viewer, work);
  if (verdict === 'gone') return 'gone';
  if (verdict === 'hidden') return 'hidden';
  if (verdict === 'login') return 'login';
  if (work.creatorIds.includes(viewer.id)) return 'own';
  // Creators see their drafts, but nobody else may follow one: nobody else knows it exists.
  if (work.visibility === 'draft') return 'hidden';
  return undefined;
}

/**
 * Whether a subscriber should hear about an update of this work: it is posted and not deleted, and they did not make
 * it. Every subscriber is an account, so registered-only works reach them as public ones do.
 */
export const shouldNotify = (subscriber: { userId: number }, work: WorkAccess): boolean =>
  !work.deleted && (work.visibility === 'public' || work.visibility === 'registered') && !work.creatorIds.includes(subscriber.userId);

/** Addresses that can never receive mail (RFC 2606 `.invalid`, used for imported accounts without one). */
export const undeliverable = (email: string): boolean => /\.invalid$/i.test(email.trim());

/** What happened to a work. */
export interface WorkUpdate {
  kind: 'work' | 'chapter';
  workTitle: string;
  chapterTitle: string;
  /** 1-based position of the chapter among the posted ones. */
  chapterNumber: number;
  creators: readonly string[];
  url: string;
}

// One line, no control characters: a title can never add a header line or fake the body's structure.
const line = (s: string) => s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();

/** The plain-text email for one update. */
export function updateMail(u: WorkUpdate, settingsUrl: string): { subject: string; text: string } {
  const title = line(u.workTitle) || t('mail.update.untitled');
  const by = u.creators.map(line).join(', ') || t('mail.update.anonymous');
  const chapter = chapterHeadingText(u.chapterNumber, line(u.chapterTitle));
  const subject = u.kind === 'work' ? t('mail.update.work.subject', { by, title }) : t('mail.update.chapter.subject', { by, title, chapter });
  const text = `${t(u.kind === 'work' ? 'mail.update.work.body' : 'mail.update.chapter.body', { by, title, chapter, url: u.url, settings: settingsUrl })}\n`;
  return { subject: subject.slice(0, 250), text };
}
