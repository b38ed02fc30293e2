/**
 * eFiction appends an author's reply to the review it answers: `review<br><br><i>Author's Response: reply</i>`.
 * Splitting them back gives the review and the reply as two comments in one thread.
 */

/** A review and the author's reply, if it had one. */
export interface SplitReview {
  review: string;
  reply: string | null;
}

const MARK = /(?:<br\s*\/?>\s*){2}<i>\s*Author(?:'|&#0?39;|&rsquo;|’)s Response:\s*/i;

/** Splits a review's text at the (last) author's response. */
export function splitReply(text: string): SplitReview {
  const matches = [...text.matchAll(new RegExp(MARK.source, 'gi'))];
  const last = matches.at(-1);
  if (!last || last.index === undefined) return { review: text, reply: null };
  let reply = text.slice(last.index + last[0].length).trim();
  reply = reply.replace(/<\/i>\s*$/i, '').trim();
  return { review: text.slice(0, last.index).trim(), reply };
}
