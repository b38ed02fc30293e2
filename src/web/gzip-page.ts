/**
 * A kept guest page gzipped once, with a slot for each browser's CSRF token (work-page-cache.ts). The text between
 * tokens is deflated in independent pieces, each ended by a sync flush (so it ends on a byte and refers to nothing
 * before it); each token goes between them in a stored (uncompressed) block, at a fixed offset. So a response is the
 * kept bytes with this browser's token written in and the trailer's CRC-32 combined from the pieces'
 * (crc32-combine.ts): no page is compressed per request, and a token is never compressed beside text a request put
 * in the page (the BREACH attack reads a secret from how well it compresses against such text).
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { appending, combine } from './crc32-combine.ts';

/** A gzipped page and what writing a token into it needs. */
export interface GzippedPage {
  /** A gzip member of the page with the renderer's token in it. */
  bytes: Buffer;
  /** Where each token's bytes sit in `bytes`. */
  tokenAt: number[];
  tokenBytes: number;
  /** The CRC-32 of each piece of text around the tokens (one more than tokens), and what appending each does. */
  pieceCrcs: number[];
  appendingPiece: number[];
  appendingToken: number;
}

/** gzip's header: deflate, no name or time, "unknown" system. */
const HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff]);
const LEVEL = 9;
/** The most bytes one stored block holds: a token must fit in one. */
export const MAX_STORED_BLOCK = 0xffff;

/** A stored block's header for `length` bytes: not the last block, no compression, the length and its complement. */
function storedHeader(length: number): Buffer {
  const h = Buffer.alloc(5);
  h.writeUInt16LE(length, 1);
  h.writeUInt16LE(~length & 0xffff, 3);
  return h;
}

/**
 * Gzips `body`, whose token (`tokenBytes` long) sits at each of `tokenAt` (ascending, not overlapping), leaving the
 * tokens writable in place.
 */
export function gzipPage(body: Buffer, tokenAt: readonly number[], tokenBytes: number): GzippedPage {
  if (tokenBytes > MAX_STORED_BLOCK) throw new RangeError('a token longer than a stored block');
  const parts: Buffer[] = [HEADER];
  let length = HEADER.length;
  const push = (b: Buffer) => {
    parts.push(b);
    length += b.length;
  };
  const pieces: Buffer[] = [];
  const at: number[] = [];
  let from = 0;
  for (const t of tokenAt) {
    const piece = body.subarray(from, t);
    pieces.push(piece);
    push(deflateRawSync(piece, { level: LEVEL, finishFlush: constants.Z_SYNC_FLUSH }));
    push(storedHeader(tokenBytes));
    at.push(length);
    push(body.subarray(t, t + tokenBytes));
    from = t + tokenBytes;
  }
  const last = body.subarray(from);
  pieces.push(last);
  push(deflateRawSync(last, { level: LEVEL }));
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32(body), 0);
  trailer.writeUInt32LE(body.length % 2 ** 32, 4);
  push(trailer);
  return {
    bytes: Buffer.concat(parts, length), tokenAt: at, tokenBytes,
    pieceCrcs: pieces.map((p) => crc32(p)), appendingPiece: pieces.map((p) => appending(p.length)), appendingToken: appending(tokenBytes),
  };
}

/** Writes `token` (the page's token length) into `target`, a copy of the page's bytes, and the trailer's CRC with it. */
export function writeToken(page: GzippedPage, target: Buffer, token: Buffer): void {
  const tokenCrc = crc32(token);
  let crc = page.pieceCrcs[0]!;
  page.tokenAt.forEach((at, i) => {
    token.copy(target, at);
    crc = combine(combine(crc, tokenCrc, page.appendingToken), page.pieceCrcs[i + 1]!, page.appendingPiece[i + 1]!);
  });
  target.writeUInt32LE(crc, target.length - 8);
}
