/**
 * Bytes from old archives → text. Old archives declared ISO-8859-1 and stored whatever the author's editor
 * wrote, so the bytes win over any declaration: valid UTF-8 is UTF-8, anything else is read as a browser reads
 * "latin1" (windows-1252, where 0x93/0x94/0x85 are curly quotes and an ellipsis). Shared by every importer.
 */

/** How to read bytes: detect per field/file, or force one encoding. */
export type EncodingChoice = 'auto' | 'utf8' | 'cp1252' | 'latin1';

/** Strict UTF-8, or null when the bytes are not valid UTF-8. */
export const utf8 = (bytes: Uint8Array): string | null => {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
};

/** Whether any byte is outside ASCII. */
export const hasHighBytes = (bytes: Uint8Array): boolean => bytes.some((b) => b >= 0x80);

/**
 * Bytes that are neither all UTF-8 nor all one 8-bit encoding (an archive that changed its setup, or pasted
 * text): each line is read as UTF-8 when it is valid UTF-8 with non-ASCII in it, otherwise with `fallback`.
 */
export function decodeByLine(bytes: Uint8Array, fallback: string): { text: string; mixed: boolean } {
  const lines: string[] = [];
  const kinds = new Set<string>();
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    const line = bytes.subarray(start, i);
    const asUtf8 = hasHighBytes(line) ? utf8(line) : null;
    if (asUtf8 !== null) kinds.add('utf-8');
    else if (hasHighBytes(line)) kinds.add(fallback);
    lines.push(asUtf8 ?? new TextDecoder(fallback).decode(line));
    start = i + 1;
  }
  return { text: lines.join('\n'), mixed: kinds.size > 1 };
}

/** Decoded text and the encoding it was read with ('ascii', 'utf-8', 'windows-1252', 'iso-8859-1' or 'mixed'). */
export interface Decoded {
  text: string;
  encoding: string;
}

// WHATWG maps the "latin1" label to windows-1252; true ISO-8859-1 (C1 controls kept) needs Buffer's latin1.
const eightBit = (bytes: Uint8Array, choice: 'cp1252' | 'latin1'): string =>
  choice === 'latin1' ? Buffer.from(bytes).toString('latin1') : new TextDecoder('windows-1252').decode(bytes);

/** Decodes one field or file: a UTF-8 BOM is dropped; `auto` tries strict UTF-8, then UTF-8/cp1252 per line. */
export function decodeText(bytes: Uint8Array, choice: EncodingChoice = 'auto'): Decoded {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (!hasHighBytes(body)) return { text: Buffer.from(body).toString('latin1'), encoding: 'ascii' };
  if (choice === 'cp1252' || choice === 'latin1') return { text: eightBit(body, choice), encoding: choice === 'latin1' ? 'iso-8859-1' : 'windows-1252' };
  const asUtf8 = utf8(body);
  if (asUtf8 !== null) return { text: asUtf8, encoding: 'utf-8' };
  if (choice === 'utf8') return { text: new TextDecoder('utf-8').decode(body), encoding: 'utf-8 (invalid bytes replaced)' };
  const byLine = decodeByLine(body, 'windows-1252');
  return { text: byLine.text, encoding: byLine.mixed ? 'mixed' : 'windows-1252' };
}
