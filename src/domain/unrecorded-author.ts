/**
 * An imported reply whose writer the old archive did not record: eFiction appended a response to a review without
 * saying which of a story's authors wrote it, so on a story of several authors it is credited to "the author".
 * It is stored as a comment with no account and no email; a guest commenting here always gives an email
 * (spam.ts guestProblems), so no guest can pass for it.
 */

/** The name such a reply is stored under. */
export const UNRECORDED_AUTHOR = 'the author';

/** Whether a comment is a reply by one of its work's authors, unrecorded which. */
export const byUnrecordedAuthor = (c: { userId: number | null; guestName: string; guestEmail: string }): boolean =>
  c.userId === null && c.guestEmail === '' && c.guestName === UNRECORDED_AUTHOR;
