/** A comment's state as staff read it (published, pending, spam, deleted), in the reader's language. */
import type { CommentStatus } from '../../domain/comment-rules.ts';
import { t } from '../../i18n/translate.ts';

const STATUSES: readonly string[] = ['published', 'pending', 'spam', 'deleted'] satisfies CommentStatus[];

/** The label of a comment status; the stored value itself stays English (and an unknown one is shown as it is). */
export const commentStatusLabel = (status: string): string => (STATUSES.includes(status) ? t(`moderation.comment_status.${status}`) : status);
