/** Who may comment on a work, and who may edit, delete, moderate or freeze a comment: pure rules. */
import { hasRole, isCreatorOf, type Viewer, type WorkAccess } from './permissions.ts';
import { t } from '../i18n/translate.ts';

/** Who a work's creators let comment. */
export const COMMENT_PERMISSIONS = ['everyone', 'registered', 'nobody'] as const;
export type CommentPermission = (typeof COMMENT_PERMISSIONS)[number];

/** A comment's state: shown, held for approval, caught as spam, or removed. */
export type CommentStatus = 'published' | 'pending' | 'spam' | 'deleted';

/** The longest comment, in characters. */
export const COMMENT_MAX_CHARS = 10_000;
/** How long a comment's author may edit it. */
export const EDIT_WINDOW_MS = 24 * 60 * 60_000;
/** Replies deeper than this are shown at this depth (flattened). */
export const MAX_SHOWN_DEPTH = 4;

/** The comment settings of a work and the site. */
export interface CommentSettings {
  permission: CommentPermission;
  moderated: boolean;
  /** The admins' switch for guest comments on the whole site. */
  guestsAllowed: boolean;
}

/** Why someone may not comment on a work (commentRefusal). */
export type CommentRefusal = 'registered' | 'guests' | 'closed';

/**
 * Why the viewer may not comment, or undefined when they may. A guest is told which rule stops them: the work takes
 * comments from registered users only ('registered'), or the archive takes none from guests ('guests'); either way an
 * account would help. 'closed': nobody may comment (or the work is not open to comments at all).
 */
export function commentRefusal(viewer: Viewer, work: WorkAccess, s: CommentSettings): CommentRefusal | undefined {
  if (work.deleted || work.visibility === 'draft') return 'closed';
  if (isCreatorOf(viewer, work)) return undefined;
  if (s.permission === 'nobody') return 'closed';
  if (viewer) return undefined;
  if (s.permission === 'registered') return 'registered';
  return s.guestsAllowed ? undefined : 'guests';
}

/** Whether a refusal is lifted by logging in. */
export const loginWouldHelp = (r: CommentRefusal | 'frozen'): r is 'registered' | 'guests' => r === 'registered' || r === 'guests';

/** What refusal pages say (the login notice adds its links after the first sentence), in the reader's language. */
export const refusalText = (r: CommentRefusal | 'frozen'): string => t(`errors.comment.refused.${r}`);

/** The whole sentence for a guest who must log in (the error of a refused post). */
export const loginToComment = (r: 'registered' | 'guests'): string => t('errors.comment.log_in', { refusal: refusalText(r) });

/** The facts of one comment that the rules need. */
export interface CommentFacts {
  userId: number | null;
  createdAt: number;
  status: CommentStatus;
}

/** Whether a new comment waits for approval: on moderated works, unless a creator or moderator writes it. */
export const needsApproval = (viewer: Viewer, work: WorkAccess, s: CommentSettings): boolean =>
  s.moderated && !isCreatorOf(viewer, work) && !hasRole(viewer, 'moderator');

/** Comment authors edit their comment for a day. */
export const canEditComment = (viewer: Viewer, c: CommentFacts, now: number): boolean =>
  viewer !== undefined && c.status !== 'deleted' && c.userId === viewer.id && now - c.createdAt <= EDIT_WINDOW_MS;

/** The author deletes their comment; the work's creators any comment on it; moderators always. */
export const canDeleteComment = (viewer: Viewer, c: CommentFacts, work: WorkAccess): boolean =>
  viewer !== undefined && (c.userId === viewer.id || isCreatorOf(viewer, work) || hasRole(viewer, 'moderator'));

/** Creators moderate (approve, mark spam, freeze) comments on their work; moderators everywhere. */
export const canModerateComments = (viewer: Viewer, work: WorkAccess): boolean => isCreatorOf(viewer, work) || hasRole(viewer, 'moderator');

/** Who sees a comment: published ones everyone who sees the work; held ones their moderators and author. */
export const canSeeComment = (viewer: Viewer, c: CommentFacts, work: WorkAccess): boolean =>
  c.status === 'published' || (c.status !== 'deleted' && (canModerateComments(viewer, work) || (viewer !== undefined && c.userId === viewer.id)));

/** The depth a reply is indented to. */
export const shownDepth = (depth: number): number => Math.min(depth, MAX_SHOWN_DEPTH);

/** Problems with a comment's text (empty, too long). */
export function commentTextProblem(text: string): string | undefined {
  if (text.trim() === '') return t('errors.comment.empty');
  if (text.length > COMMENT_MAX_CHARS) return t('errors.comment.too_long', { max: COMMENT_MAX_CHARS, length: text.length });
  return undefined;
}

/** Who still reads a comment moderators hid: its writer and staff; everyone else sees that it was hidden. */
export const canReadHiddenComment = (viewer: Viewer, c: Pick<CommentFacts, 'userId'>): boolean =>
  viewer !== undefined && (viewer.id === c.userId || hasRole(viewer, 'moderator'));
