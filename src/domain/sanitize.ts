/**
 * Author HTML allowlists. Whatever a person types is reduced to these tags and attributes; links keep only
 * safe schemes, images only http(s). Bump SANITIZER_VERSION when an allowlist changes so stored HTML
 * produced by an older version is cleaned again when read.
 *
 * The sanitizer's parser slows down with nesting depth, and its URL check with comments inside a URL, so author
 * HTML is first kept shallow (html-nesting.ts), a depth guard stops the parser should a crafted text still nest
 * deeper, and URLs holding comments are dropped before the check: cleaning stays linear in the text's length.
 */
import sanitizeHtml from 'sanitize-html';
import { limitNesting, MAX_NESTING_DEPTH } from './html-nesting.ts';
import { withoutMarkup } from './html-tokens.ts';

/** Increases whenever an allowlist below changes. */
export const SANITIZER_VERSION = 4;

/**
 * Class names the site's stylesheets position (`position: absolute|fixed|sticky`; site.css, print.css). Author HTML
 * keeps its classes for work skins, but not these: `<div class="skip">` landed at the page's top-left corner and
 * `<div class="blurb"><div class="required-tags">` over its top-right, outside the work. sanitize-site-classes.test.ts
 * reads the stylesheets and fails when a positioned class is missing here.
 */
export const SITE_POSITIONED_CLASSES = ['skip', 'visually-hidden', 'landmark', 'required-tags', 'text', 'heading', 'user-menu-items', 'autocomplete-list'];
const AUTHOR_CLASS = new RegExp(`^(?!(?:${SITE_POSITIONED_CLASSES.join('|')})$)[a-zA-Z][\\w-]{0,40}$`);

const INLINE = ['a', 'abbr', 'b', 'br', 'cite', 'code', 'del', 'em', 'i', 'ins', 'kbd', 'q', 's', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'u'];
const BLOCK = ['p', 'blockquote', 'hr', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'pre'];
const RICH = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'center', 'img', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'col', 'colgroup', 'ruby', 'rb', 'rp', 'rt', 'details', 'summary', 'figure', 'figcaption'];

/**
 * The URL attribute without a value holding `<!--`. The scheme check (launder's cleanHref) cuts comments out of
 * a URL one at a time, copying the rest each time: quadratic in their number. No real link holds one.
 */
function withoutCommentedUrl(attribs: sanitizeHtml.Attributes, name: string): sanitizeHtml.Attributes {
  const value = attribs[name];
  // The check ignores spaces and control characters, so `<!-\t-` counts as a comment too.
  if (value === undefined || !value.replace(/[\x00-\x20]+/g, '').includes('<!--')) return attribs;
  const { [name]: _dropped, ...rest } = attribs;
  return rest;
}

const linkRules = {
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  transformTags: {
    // Author links never pass on the reader's session to another site's window.
    a: (_tag: string, attribs: sanitizeHtml.Attributes) => ({ tagName: 'a', attribs: { ...withoutCommentedUrl(attribs, 'href'), rel: 'nofollow noopener' } }),
    img: (_tag: string, attribs: sanitizeHtml.Attributes) => ({ tagName: 'img', attribs: withoutCommentedUrl(attribs, 'src') }),
  },
};

/** A paragraph keeps `role` only as a scene break's separator (scene-break.ts): no author text is a button or a dialog. */
function paragraphRole(_tag: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  if (attribs.role === undefined || attribs.role === 'separator') return { tagName: 'p', attribs };
  const { role: _dropped, ...rest } = attribs;
  return { tagName: 'p', attribs: rest };
}

/** The allowlist for chapter bodies, summaries and notes. */
const WORK: sanitizeHtml.IOptions = {
  ...linkRules,
  transformTags: { ...linkRules.transformTags, p: paragraphRole },
  allowedTags: [...INLINE, ...BLOCK, ...RICH],
  allowedAttributes: {
    a: ['href', 'name', 'title', 'rel'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    span: ['class', 'title', 'dir', 'lang'],
    div: ['class', 'title', 'dir', 'lang'],
    // `role` only as a scene break's separator (see transformTags below); version 4 keeps it.
    p: ['class', 'dir', 'lang', 'align', 'role'],
    abbr: ['title'],
    ol: ['start', 'type'],
    td: ['colspan', 'rowspan', 'align'],
    th: ['colspan', 'rowspan', 'align', 'scope'],
    col: ['span'],
    details: ['open'],
    blockquote: ['class'],
  },
  allowedClasses: { '*': [AUTHOR_CLASS] as unknown as string[] },
  disallowedTagsMode: 'discard',
};

/** The smaller allowlist for profiles and comments: text formatting and links, no layout. */
const PROFILE: sanitizeHtml.IOptions = {
  ...linkRules,
  allowedTags: [...INLINE.filter((t) => t !== 'span'), ...BLOCK],
  allowedAttributes: { a: ['href', 'title', 'rel'], abbr: ['title'], ol: ['start'] },
  disallowedTagsMode: 'discard',
};

/**
 * AO3's comment HTML: text formatting, quotes, lists, headings and links; images only where the site allows them
 * (site setting), never layout. A comment reaches this list from its own source (comment-text.ts), not through the
 * work allowlist, so tags works do not take (big) still count.
 */
const COMMENT_TAGS = ['a', 'b', 'big', 'blockquote', 'br', 'center', 'cite', 'code', 'del', 'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'ins', 'p', 'pre', 'q', 's', 'small', 'strike', 'strong', 'sub', 'sup', 'u', 'ol', 'ul', 'li'];
const COMMENT: sanitizeHtml.IOptions = {
  ...linkRules,
  allowedTags: COMMENT_TAGS,
  allowedAttributes: { a: ['href', 'title', 'rel'], ol: ['start'] },
  disallowedTagsMode: 'discard',
};
const COMMENT_WITH_IMAGES: sanitizeHtml.IOptions = {
  ...COMMENT,
  allowedTags: [...COMMENT_TAGS, 'img'],
  allowedAttributes: { ...(COMMENT.allowedAttributes as Record<string, string[]>), img: ['src', 'alt', 'title', 'width', 'height'] },
};

// How deep the parser may go before cleaning gives up on the markup: limitNesting keeps real texts far above it.
const PARSER_DEPTH_LIMIT = 2 * MAX_NESTING_DEPTH;
const TOO_DEEP = new Error('nesting deeper than the parser depth limit');

/** sanitize-html, with nesting kept shallow; a text that still nests too deep keeps its words but no markup. */
function clean(dirty: string, options: sanitizeHtml.IOptions): string {
  let depth = 0;
  const guarded: sanitizeHtml.IOptions = {
    ...options,
    onOpenTag: () => {
      if (++depth > PARSER_DEPTH_LIMIT) throw TOO_DEEP;
    },
    onCloseTag: () => {
      depth--;
    },
  };
  try {
    return sanitizeHtml(limitNesting(dirty), guarded);
  } catch (error) {
    if (error !== TOO_DEEP) throw error;
    return sanitizeHtml(withoutMarkup(dirty), options);
  }
}

/** Cleans HTML for a chapter body, summary or notes. */
export const sanitizeWorkHtml = (dirty: string): string => clean(dirty, WORK).trim();

/** Cleans HTML for a profile bio or a comment. */
export const sanitizeProfileHtml = (dirty: string): string => clean(dirty, PROFILE).trim();

/** Cleans HTML for a comment; images stay only when the site allows them in comments. */
export const sanitizeCommentHtml = (dirty: string, o: { images: boolean }): string => clean(dirty, o.images ? COMMENT_WITH_IMAGES : COMMENT).trim();
