/** A comment's HTML: plain-text line breaks kept as paragraphs and <br>, then the profile allowlist. */
import { renderBody } from './text-format.ts';
import { sanitizeProfileHtml } from './sanitize.ts';

/** The sanitized HTML of a comment's text. */
export const commentHtml = (source: string): string => sanitizeProfileHtml(renderBody(source, 'text'));
