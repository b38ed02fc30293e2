/**
 * A forward-only cursor over a dump's bytes, read in chunks into one reused buffer: a dump of any size (or one
 * line of hundreds of megabytes) is read in constant memory, and only the values kept are copied out.
 */
import { readSync } from 'node:fs';

/** Where bytes come from: fills `into` from its start, returns how many bytes it put there (0 at the end). */
export type ByteSource = (into: Buffer) => number;

/** A whole dump already in memory (tests, small files). */
export function bufferSource(bytes: Buffer): ByteSource {
  let at = 0;
  return (into) => {
    const n = bytes.copy(into, 0, at);
    at += n;
    return n;
  };
}

/** An open file, read from where it stands. */
export const fileSource = (fd: number): ByteSource => (into) => readSync(fd, into, 0, into.length, null);

/** A dump that cannot be read, and the line where that became clear. */
export class DumpError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(`line ${line}: ${message}`);
    this.name = 'DumpError';
    this.line = line;
  }
}

const CHUNK = 1 << 20;

/** The cursor: `peek()` looks at bytes ahead, `i` moves on; the buffer is refilled (and compacted) as needed. */
export class Cursor {
  /** The bytes in hand: `b[i]` is the next byte; anything before `i` may be dropped at the next refill. */
  b: Buffer;
  i = 0;
  private end = 0;
  private eof = false;
  /** Lines before `b[lineMark]`: counted as the cursor moves on, so asking for the line costs nothing twice. */
  private lines = 1;
  private lineMark = 0;
  private readonly source: ByteSource;
  constructor(source: ByteSource, chunk = CHUNK) {
    this.source = source;
    this.b = Buffer.allocUnsafe(chunk);
  }
  /** The end of the bytes in hand (`b.length` is the buffer's size, not what it holds). */
  get length(): number {
    return this.end;
  }
  /** Reads more bytes; false at the end of the dump. Bytes before `i` are dropped, so no index before it stays valid. */
  fill(): boolean {
    if (this.eof) return false;
    this.line();
    this.lineMark = 0;
    const kept = this.end - this.i;
    // A run of bytes that must be looked at whole (a keyword, a short token) is far shorter than a chunk; only a
    // request for more than the buffer holds makes it grow.
    if (kept * 2 > this.b.length) {
      const bigger = Buffer.allocUnsafe(this.b.length * 2);
      this.b.copy(bigger, 0, this.i, this.end);
      this.b = bigger;
    } else this.b.copyWithin(0, this.i, this.end);
    this.i = 0;
    this.end = kept;
    const n = this.source(this.b.subarray(kept));
    if (n === 0) this.eof = true;
    this.end += n;
    return n > 0;
  }
  /** The byte `k` places ahead, or -1 past the end of the dump. */
  peek(k = 0): number {
    while (this.i + k >= this.end) if (!this.fill()) return -1;
    return this.b[this.i + k]!;
  }
  /** Whether the dump has no more bytes. */
  get done(): boolean {
    return this.peek() < 0;
  }
  /** The next `n` bytes (fewer at the end) as latin1 text, without moving. */
  ahead(n: number): string {
    this.peek(n - 1);
    return this.b.toString('latin1', this.i, Math.min(this.i + n, this.end));
  }
  /** The line the cursor is on, for messages. */
  line(): number {
    const b = this.b;
    for (let at = this.lineMark; at < this.i; at++) if (b[at] === 0x0a) this.lines++;
    this.lineMark = this.i;
    return this.lines;
  }
  /** A DumpError at the cursor. */
  error(message: string): DumpError {
    return new DumpError(message, this.line());
  }
  /** Moves past the next `byte`, refilling as needed; false (at the end) when there is none. */
  skipPast(byte: number): boolean {
    for (;;) {
      const at = this.b.indexOf(byte, this.i);
      if (at >= 0 && at < this.end) {
        this.i = at + 1;
        return true;
      }
      this.i = this.end;
      if (!this.fill()) return false;
    }
  }
  /** Moves past the next `*` `/`; false at the end. */
  skipPastCommentEnd(): boolean {
    for (;;) {
      if (!this.skipPast(0x2a)) return false;
      const next = this.peek();
      if (next === 0x2f) {
        this.i++;
        return true;
      }
      if (next < 0) return false;
    }
  }
}
