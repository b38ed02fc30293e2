/** A comment's preview: the text checked and rendered as it would be posted, nothing stored. */
import { commentTextProblem } from '../domain/comment-rules.ts';
import { renderComment } from '../domain/comment-text.ts';
import { assertValid } from '../domain/errors.ts';
import { commentRendering } from './comment-settings.ts';
import type { Context } from './context.ts';

/** The sanitized HTML the text would show as; `Invalid` when it could not be posted (empty, too long). */
export async function previewComment(ctx: Context, text: string): Promise<string> {
  const problem = commentTextProblem(text);
  assertValid(problem ? { comment: problem } : {});
  return renderComment(text, await commentRendering(ctx.db)).bodyHtml;
}
