/**
 * Bytes of a saved page → text. Old archives declared ISO-8859-1 and stored whatever the author's editor wrote,
 * so the bytes win over the declaration: valid UTF-8 is UTF-8, anything else is read as a browser reads
 * "latin1" (windows-1252, where 0x93/0x94/0x85 are curly quotes and an ellipsis).
 */

/** A decoded page. */
export interface DecodedPage {
  text: string;
  /** The encoding the text was read with ('mixed' when lines differed). */
  encoding: string;
  html: boolean;
  warnings: string[];
}

import { utf8, hasHighBytes, decodeByLine } from '../decode.ts';
import { LIMITS } from '../../domain/work.ts';

/**
 * The largest file read as a page: far more than any story page an old archive served (a 500,000-word story's
 * printable page is about 3 MB), and reading one costs about 18 times its size in memory (a 30 MB page: 550 MB).
 */
export const MAX_PAGE_BYTES = 32 << 20;

/**
 * The longest paragraph read: no chapter holds more (LIMITS.body), and one paragraph filling a page of megabytes
 * made each pass over it copy it again (30 MB on one line took 1.6–2.5 GB).
 */
export const MAX_PARAGRAPH = LIMITS.body;

/** The error for a paragraph longer than MAX_PARAGRAPH. */
export const paragraphTooLong = (): NotAPage => new NotAPage(`it holds a paragraph of more than ${MAX_PARAGRAPH.toLocaleString('en')} characters, more than a chapter can hold`);

/** A file that is not a saved page (empty, binary, too large). */
export class NotAPage extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotAPage';
  }
}

// What common files that are not pages begin with.
const MAGIC: Array<[number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (an EPUB or a word-processor file is one)'],
  [[0x1f, 0x8b], 'compressed with gzip'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Word or Office file'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document'],
];
// Control characters no page or text holds (tab, line ends, form feed and escape are allowed).
const CONTROL = /[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]/g;

/** Refuses bytes that are no saved page: too many, none, a known binary format, or text full of control characters. */
function checkPage(bytes: Uint8Array, text: string | null): void {
  if (bytes.length > MAX_PAGE_BYTES) throw new NotAPage(`it is ${Math.round(bytes.length / 2 ** 20)} MB, more than a saved page holds (at most ${MAX_PAGE_BYTES >> 20} MB)`);
  if (text === null) {
    const kind = MAGIC.find(([magic]) => magic.every((b, i) => bytes[i] === b))?.[1];
    if (kind) throw new NotAPage(`it is ${kind}, not a saved page: save the story from a browser as "Web page, HTML only" or as text`);
    return;
  }
  if (!text.trim()) throw new NotAPage('it is empty');
  const sample = text.slice(0, 65536);
  const controls = sample.match(CONTROL)?.length ?? 0;
  if (controls > Math.max(2, sample.length / 200)) throw new NotAPage('it holds binary data, not a saved page or text');
}

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/** The charset a page declares in its first bytes (`<meta charset>` or `http-equiv` content), lower-cased. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m?.[1] ? m[1].toLowerCase() : null;
}

/** The WHATWG name of a charset label, or null when this runtime cannot decode it. */
function encodingName(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/** Whether text looks like HTML rather than a plain-text story. */
export function looksLikeHtml(text: string, fileName = ''): boolean {
  if (/\.(?:html?|xhtml|php|asp|aspx)$/i.test(fileName)) return true;
  if (/\.txt$/i.test(fileName) && !/^\s*<(?:!doctype|html)\b/i.test(text)) return false;
  const tags = text.slice(0, 20000).match(/<\/?(?:html|head|body|p|div|br|table|span|b|i|center|font)\b[^>]*>/gi);
  return /^\s*<(?:!doctype|html|head)\b/i.test(text) || (tags?.length ?? 0) >= 3;
}

/** Decodes a saved page's bytes: BOM first, then strict UTF-8, then the declared charset or windows-1252; throws NotAPage for what is none. */
export function decodePage(bytes: Uint8Array, fileName = ''): DecodedPage {
  checkPage(bytes, null);
  const warnings: string[] = [];
  let body = bytes;
  let encoding: string | null = null;
  for (const [mark, name] of BOMS) {
    if (mark.every((b, i) => bytes[i] === b)) {
      body = bytes.subarray(mark.length);
      encoding = name;
      break;
    }
  }
  const declared = declaredCharset(body);
  let text: string;
  if (encoding && encoding !== 'utf-8') text = new TextDecoder(encoding).decode(body);
  else {
    const asUtf8 = utf8(body);
    const named = declared ? encodingName(declared) : null;
    if (asUtf8 !== null) {
      text = asUtf8;
      encoding = 'utf-8';
      if (named && named !== 'utf-8' && hasHighBytes(body)) warnings.push(`The page declares ${declared}, but its bytes are valid UTF-8: read as UTF-8.`);
    } else {
      if (declared && !named) warnings.push(`The page declares the unknown charset "${declared}": read as windows-1252.`);
      if (named === 'utf-8') warnings.push('The page declares UTF-8, but some of its bytes are not: those lines were read as windows-1252.');
      const fallback = named && named !== 'utf-8' ? named : 'windows-1252';
      const decoded = decodeByLine(body, fallback);
      text = decoded.text;
      encoding = decoded.mixed ? 'mixed' : fallback;
      if (decoded.mixed && named !== 'utf-8') warnings.push(`The page mixes UTF-8 and ${fallback} lines; each line was read in its own encoding.`);
    }
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  checkPage(bytes, text);
  return { text, encoding, html: looksLikeHtml(text, fileName), warnings };
}
