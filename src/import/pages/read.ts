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

/** Decodes a saved page's bytes: BOM first, then strict UTF-8, then the declared charset or windows-1252. */
export function decodePage(bytes: Uint8Array, fileName = ''): DecodedPage {
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
  return { text, encoding, html: looksLikeHtml(text, fileName), warnings };
}
