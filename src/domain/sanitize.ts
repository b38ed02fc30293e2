/**
 * Author HTML allowlists. Whatever a person types is reduced to these tags and attributes; links keep only
 * safe schemes, images only http(s). Bump SANITIZER_VERSION when an allowlist changes so stored HTML
 * produced by an older version is cleaned again when read.
 */
import sanitizeHtml from 'sanitize-html';

/** Increases whenever an allowlist below changes. */
export const SANITIZER_VERSION = 1;

const INLINE = ['a', 'abbr', 'b', 'br', 'cite', 'code', 'del', 'em', 'i', 'ins', 'kbd', 'q', 's', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'u'];
const BLOCK = ['p', 'blockquote', 'hr', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'pre'];
const RICH = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'center', 'img', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'col', 'colgroup', 'ruby', 'rb', 'rp', 'rt', 'details', 'summary', 'figure', 'figcaption'];

const linkRules = {
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  transformTags: {
    // Author links never pass on the reader's session to another site's window.
    a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener' }),
  },
};

/** The allowlist for chapter bodies, summaries and notes. */
const WORK: sanitizeHtml.IOptions = {
  ...linkRules,
  allowedTags: [...INLINE, ...BLOCK, ...RICH],
  allowedAttributes: {
    a: ['href', 'name', 'title', 'rel'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    span: ['class', 'title', 'dir', 'lang'],
    div: ['class', 'title', 'dir', 'lang'],
    p: ['class', 'dir', 'lang', 'align'],
    abbr: ['title'],
    ol: ['start', 'type'],
    td: ['colspan', 'rowspan', 'align'],
    th: ['colspan', 'rowspan', 'align', 'scope'],
    col: ['span'],
    details: ['open'],
    blockquote: ['class'],
  },
  allowedClasses: { '*': [/^[a-zA-Z][\w-]{0,40}$/] as unknown as string[] },
  disallowedTagsMode: 'discard',
};

/** The smaller allowlist for profiles and comments: text formatting and links, no layout. */
const PROFILE: sanitizeHtml.IOptions = {
  ...linkRules,
  allowedTags: [...INLINE.filter((t) => t !== 'span'), ...BLOCK],
  allowedAttributes: { a: ['href', 'title', 'rel'], abbr: ['title'], ol: ['start'] },
  disallowedTagsMode: 'discard',
};

/** Cleans HTML for a chapter body, summary or notes. */
export const sanitizeWorkHtml = (dirty: string): string => sanitizeHtml(dirty, WORK).trim();

/** Cleans HTML for a profile bio or a comment. */
export const sanitizeProfileHtml = (dirty: string): string => sanitizeHtml(dirty, PROFILE).trim();
