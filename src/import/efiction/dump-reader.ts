/**
 * Reads a MySQL dump (as written by mysqldump, phpMyAdmin or eFiction's own backup) without a MySQL server:
 * CREATE TABLE column lists and INSERT rows, with strings kept as raw bytes so each field's encoding can be
 * detected on its own. Rows are handed over one at a time and only those of tables asked for are kept, so memory
 * follows what is imported, not the dump's size. Whatever is not a whole dump (cut short, binary, compressed, a
 * value larger than any text Quire keeps) is a DumpError naming the line, before anything is written.
 */
import { Cursor, type ByteSource } from './dump-cursor.ts';

/** A value from an INSERT: raw bytes for strings, numbers as text, NULL as null. */
export type DumpValue = Buffer | string | null;

/** What a reader does with the dump's tables. */
export interface DumpVisitor {
  /** Whether the rows of a table (by its name as written) are wanted. */
  keep(table: string): boolean;
  /** A kept table's columns, from its CREATE TABLE. */
  create(table: string, columns: string[]): void;
  /** A row of a kept table, with the column list of its INSERT (null without one: the table's own order). */
  row(table: string, values: DumpValue[], columns: string[] | null): void;
  /** A table not kept, once per INSERT, with the rows it held. */
  skipped?(table: string, rows: number): void;
}

/** The longest value kept: a chapter may hold 500,000 characters (4 bytes each at most, then escaped). */
export const MAX_VALUE_BYTES = 16 << 20;
/** The longest unquoted token (a number, a keyword, a name): beyond it the bytes are not SQL. */
const MAX_TOKEN = 4096;

const Q = 0x27; // '
const DQ = 0x22; // "
const BQ = 0x60; // `
const BS = 0x5c; // \
const SEMI = 0x3b;
const OPEN = 0x28;
const CLOSE = 0x29;
const COMMA = 0x2c;

const ESCAPES: Record<number, number> = { 0x30: 0, 0x27: Q, 0x22: DQ, 0x62: 8, 0x6e: 10, 0x72: 13, 0x74: 9, 0x5a: 26, 0x5c: BS, 0x25: 0x25, 0x5f: 0x5f };
const DELIMITERS = new Set([0x20, 0x09, 0x0d, 0x0a, COMMA, OPEN, CLOSE, SEMI, Q, DQ, BQ]);
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

// What files that are not dumps begin with, and what to do about it.
const PACKED: Array<[number[], string]> = [
  [[0x1f, 0x8b], 'is compressed with gzip: unpack it first (gunzip)'],
  [[0x42, 0x5a, 0x68], 'is compressed with bzip2: unpack it first (bunzip2)'],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 'is compressed with xz: unpack it first (unxz)'],
  [[0x50, 0x4b, 0x03, 0x04], 'is a ZIP archive: unpack it and give the .sql file inside'],
];

/** The grammar, over a cursor. */
class DumpParser {
  readonly c: Cursor;
  private readonly v: DumpVisitor;
  /** mysqldump opens with "-- MySQL dump" and closes with "-- Dump completed": the close tells a whole dump. */
  private mysqldump = false;
  private completed = false;
  constructor(source: ByteSource, visitor: DumpVisitor) {
    this.c = new Cursor(source);
    this.v = visitor;
  }

  skipSpaceAndComments(): void {
    const c = this.c;
    for (;;) {
      let ch = c.peek();
      while (isSpace(ch)) { c.i++; ch = c.peek(); }
      if (ch === 0x2d && c.peek(1) === 0x2d) this.lineComment();
      else if (ch === 0x23) c.skipPast(0x0a);
      else if (ch === 0x2f && c.peek(1) === 0x2a) {
        const line = c.line();
        c.i += 2;
        if (!c.skipPastCommentEnd()) throw c.error(`the comment opened on line ${line} never ends: the dump was cut short`);
      } else return;
    }
  }

  private lineComment(): void {
    const head = this.c.ahead(20);
    if (/^-- (MySQL|MariaDB) dump/.test(head)) this.mysqldump = true;
    if (/^-- Dump completed/.test(head)) this.completed = true;
    this.c.skipPast(0x0a);
  }

  /** A quoted string's bytes (the cursor on its opening quote); null when not `keep`ing it, only stepping over. */
  quoted(keep: boolean, what: () => string): Buffer | null {
    const c = this.c;
    const line = c.line();
    const quote = c.b[c.i++]!;
    const parts: Buffer[] = [];
    let size = 0;
    const take = (from: number, to: number, extra?: number) => {
      if (!keep) return;
      size += to - from + (extra === undefined ? 0 : 1);
      if (size > MAX_VALUE_BYTES) throw c.error(`a value of ${what()} is longer than ${MAX_VALUE_BYTES >> 20} MB, more than any text Quire keeps: the dump is damaged or not an eFiction archive`);
      // Copied now: the buffer is reused when refilled.
      if (to > from) parts.push(Buffer.from(c.b.subarray(from, to)));
      if (extra !== undefined) parts.push(Buffer.of(extra));
    };
    let start = c.i;
    for (;;) {
      // The next quote or backslash in the bytes in hand; without one, all of them are the string's.
      const b = c.b;
      const end = c.length;
      let at = c.i;
      while (at < end && b[at] !== quote && b[at] !== BS) at++;
      c.i = at;
      if (at >= end) {
        take(start, at);
        if (!c.fill()) throw c.error(`the string opened on line ${line} never ends: the dump was cut short`);
        start = c.i;
        continue;
      }
      take(start, at);
      if (b[at] === BS) {
        const next = c.peek(1);
        if (next < 0) throw c.error(`the string opened on line ${line} never ends: the dump was cut short`);
        take(0, 0, ESCAPES[next] ?? next);
        c.i += 2;
      } else if (c.peek(1) === quote) {
        take(0, 0, quote);
        c.i += 2;
      } else {
        c.i++;
        if (!keep) return null;
        return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
      }
      start = c.i;
    }
  }

  /** An unquoted token: a number, NULL, a hex literal, a keyword, a name. */
  bare(): string {
    const c = this.c;
    let out = '';
    for (let ch = c.peek(); ch >= 0 && !DELIMITERS.has(ch); ch = c.peek()) {
      if (ch === 0 || out.length >= MAX_TOKEN) throw c.error('this is not a SQL dump: binary data where SQL was expected');
      out += String.fromCharCode(ch);
      c.i++;
    }
    return out;
  }

  /** A table or column name, backquoted or not. */
  identifier(): string {
    const c = this.c;
    if (c.peek() !== BQ) return this.bare();
    c.i++;
    const bytes: number[] = [];
    for (let ch = c.peek(); ch !== BQ; ch = c.peek()) {
      if (ch < 0) throw c.error('a `name` never ends: the dump was cut short');
      if (bytes.length >= MAX_TOKEN) throw c.error('this is not a SQL dump: a `name` thousands of bytes long');
      bytes.push(ch);
      c.i++;
    }
    c.i++;
    return Buffer.from(bytes).toString('utf8');
  }

  /** Moves past the `;` that ends a statement (outside strings); an error when the dump ends first. */
  endStatement(what: string): void {
    const c = this.c;
    for (;;) {
      const ch = c.peek();
      if (ch < 0) throw c.error(`the dump ends inside ${what}: it was cut short`);
      if (ch === Q || ch === DQ || ch === BQ) this.quoted(false, () => what);
      else if (ch === 0) throw c.error('this is not a SQL dump: binary data where SQL was expected');
      else if (ch === SEMI) { c.i++; return; } else c.i++;
    }
  }

  private value(table: string, keep: boolean): DumpValue {
    const c = this.c;
    const ch = c.peek();
    if (ch === Q || ch === DQ) return this.quoted(keep, () => `table ${table}`);
    const token = this.bare();
    if (token === '') throw c.error(ch < 0 ? `the dump ends inside an INSERT into ${table}: it was cut short` : `unexpected ${JSON.stringify(String.fromCharCode(ch))} in a row of ${table}`);
    if (/^NULL$/i.test(token)) return null;
    if (/^_(binary|utf8(mb4)?|latin1)$/i.test(token)) {
      this.skipSpaceAndComments();
      return this.value(table, keep);
    }
    if (/^0x[0-9a-f]*$/i.test(token)) return Buffer.from(token.slice(2), 'hex');
    if (/^x$/i.test(token) && c.peek() === Q) return Buffer.from(this.quoted(true, () => `table ${table}`)!.toString('latin1'), 'hex');
    return token;
  }

  private createTable(): void {
    const c = this.c;
    c.i += 'CREATE TABLE'.length;
    this.skipSpaceAndComments();
    if (c.ahead(13).toUpperCase() === 'IF NOT EXISTS') { c.i += 13; this.skipSpaceAndComments(); }
    const name = this.identifier();
    this.skipSpaceAndComments();
    if (c.peek() !== OPEN) return this.endStatement(`CREATE TABLE ${name}`);
    c.i++;
    const columns: string[] = [];
    let depth = 1;
    let atItemStart = true;
    while (depth > 0) {
      this.skipSpaceAndComments();
      const ch = c.peek();
      if (ch < 0) throw c.error(`the dump ends inside CREATE TABLE ${name}: it was cut short`);
      if (ch === Q || ch === DQ) this.quoted(false, () => name);
      else if (ch === OPEN) { depth++; c.i++; } else if (ch === CLOSE) { depth--; c.i++; } else if (ch === COMMA) { if (depth === 1) atItemStart = true; c.i++; } else if (atItemStart && depth === 1) {
        atItemStart = false;
        const isKey = /^(PRIMARY|KEY|UNIQUE|INDEX|FULLTEXT|CONSTRAINT|FOREIGN|SPATIAL|CHECK)\b/i.test(c.ahead(12));
        const column = this.identifier();
        if (!isKey) columns.push(column);
      } else if (ch === BQ) this.identifier();
      else c.i++;
    }
    this.endStatement(`CREATE TABLE ${name}`);
    if (this.v.keep(name)) this.v.create(name, columns);
  }

  private insert(): void {
    const c = this.c;
    this.bare();
    this.skipSpaceAndComments();
    while (/^(IGNORE|INTO|LOW_PRIORITY|DELAYED|HIGH_PRIORITY)$/i.test(c.ahead(14).split(/[\s`]/)[0]!)) { this.bare(); this.skipSpaceAndComments(); }
    const table = this.identifier();
    if (!table) throw c.error('an INSERT names no table');
    const keep = this.v.keep(table);
    const what = `an INSERT into ${table}`;
    this.skipSpaceAndComments();
    let columns: string[] | null = null;
    if (c.peek() === OPEN) {
      columns = [];
      c.i++;
      for (;;) {
        this.skipSpaceAndComments();
        const ch = c.peek();
        if (ch < 0) throw c.error(`the dump ends inside ${what}: it was cut short`);
        if (ch === CLOSE) { c.i++; break; }
        if (ch === COMMA) { c.i++; continue; }
        const column = this.identifier();
        if (!column) throw c.error(`unexpected ${JSON.stringify(String.fromCharCode(ch))} in the column list of ${what}`);
        columns.push(column);
      }
      this.skipSpaceAndComments();
    }
    this.bare(); // VALUES
    let rows = 0;
    for (;;) {
      this.skipSpaceAndComments();
      if (c.peek() !== OPEN) break;
      c.i++;
      const row: DumpValue[] = [];
      for (;;) {
        this.skipSpaceAndComments();
        row.push(this.value(table, keep));
        this.skipSpaceAndComments();
        const ch = c.peek();
        if (ch === COMMA) { c.i++; continue; }
        if (ch === CLOSE) { c.i++; break; }
        throw c.error(ch < 0 ? `the dump ends inside ${what}: it was cut short` : `unexpected ${JSON.stringify(String.fromCharCode(ch))} in a row of ${table}`);
      }
      rows++;
      if (keep) this.v.row(table, row, columns);
      this.skipSpaceAndComments();
      if (c.peek() === COMMA) { c.i++; continue; }
      break;
    }
    // A dump cut between two rows still ends in a whole row: only the missing `;` tells.
    this.endStatement(what);
    if (!keep) this.v.skipped?.(table, rows);
  }

  /** Reads the whole dump. */
  read(): void {
    const c = this.c;
    for (const [magic, what] of PACKED) if (magic.every((b, k) => c.peek(k) === b)) throw c.error(`this file ${what}`);
    for (;;) {
      this.skipSpaceAndComments();
      const ch = c.peek();
      if (ch < 0) break;
      if (ch === SEMI) { c.i++; continue; } // an empty statement, as after a /*!…*/ comment
      if (!isLetter(ch)) throw c.error(`this is not a SQL dump: ${ch === 0 || ch >= 0x80 ? 'binary data' : JSON.stringify(String.fromCharCode(ch))} where a statement should begin`);
      const head = c.ahead(12).toUpperCase();
      if (head === 'CREATE TABLE') this.createTable();
      else if (head.startsWith('INSERT') || head.startsWith('REPLACE')) this.insert();
      else this.endStatement(`a ${head.split(/\s/)[0]} statement`);
    }
    if (this.mysqldump && !this.completed) throw c.error('the dump lacks mysqldump\'s closing "-- Dump completed" line: it was cut short');
  }
}

/** Reads a whole dump, handing the rows of the tables `visitor` keeps to it; throws DumpError when it is not whole. */
export function readDump(source: ByteSource, visitor: DumpVisitor): void {
  new DumpParser(source, visitor).read();
}
