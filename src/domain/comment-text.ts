/**
 * A comment's HTML. Comments written since formatting came are AO3's comment HTML ('html'): loose text becomes
 * paragraphs and line breaks, the comment allowlist keeps the rest. Comments stored before are plain text ('text')
 * and render exactly as they always did: paragraphs and <br>, everything else escaped.
 */
import { renderBody, richText } from './text-format.ts';
import { sanitizeCommentHtml, sanitizeProfileHtml, SANITIZER_VERSION } from './sanitize.ts';

/** How a comment's source is read. */
export type CommentFormat = 'text' | 'html';

/** The format new comments and edits are written in. */
export const COMMENT_FORMAT: CommentFormat = 'html';

/** What a comment's rendering depends on besides its text: whether the site allows images in comments. */
export interface CommentRendering {
  images: boolean;
}

/** The sanitized HTML of a comment's text. */
export function commentHtml(source: string, format: CommentFormat, r: CommentRendering): string {
  if (format === 'text') return sanitizeProfileHtml(renderBody(source, 'text'));
  return sanitizeCommentHtml(richText(source.replace(/\r\n?/g, '\n')), r).replace(/<p><\/p>/g, '');
}

/** The stored fields of a comment's text, with the allowlist version they were cleaned with. */
export const renderComment = (source: string, r: CommentRendering) => ({
  bodySource: source,
  bodyFormat: COMMENT_FORMAT,
  bodyHtml: commentHtml(source, COMMENT_FORMAT, r),
  sanitizerVersion: SANITIZER_VERSION,
});

/**
 * A stored comment's HTML as it is shown: cleaned again from its source when an older allowlist cleaned it. Images
 * stay only if the stored HTML kept them (the site allowed them then, and turning them off re-renders those comments).
 */
export function currentCommentHtml(c: { bodyHtml: string; bodySource: string; bodyFormat: CommentFormat; sanitizerVersion: number }): string {
  if (c.sanitizerVersion >= SANITIZER_VERSION || c.bodySource === '') return c.bodyHtml;
  return commentHtml(c.bodySource, c.bodyFormat, { images: c.bodyHtml.includes('<img') });
}
