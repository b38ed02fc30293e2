/**
 * Reads a MySQL dump (as written by mysqldump or phpMyAdmin) without a MySQL server: CREATE TABLE column
 * lists and INSERT rows, with strings kept as raw bytes so each field's encoding can be detected on its own.
 */

/** A value from an INSERT: raw bytes for strings, numbers as text, NULL as null. */
export type DumpValue = Buffer | string | null;

/** One table: its columns (from CREATE TABLE or an INSERT's column list) and rows in that column order. */
export interface DumpTable {
  columns: string[] | null;
  rows: DumpValue[][];
}

const Q = 0x27; // '
const DQ = 0x22; // "
const BQ = 0x60; // `
const BS = 0x5c; // \

const ESCAPES: Record<number, number> = { 0x30: 0, 0x27: Q, 0x22: DQ, 0x62: 8, 0x6e: 10, 0x72: 13, 0x74: 9, 0x5a: 26, 0x5c: BS, 0x25: 0x25, 0x5f: 0x5f };

/** A cursor over the dump's bytes. */
class Cursor {
  readonly b: Buffer;
  i = 0;
  constructor(b: Buffer) {
    this.b = b;
  }
  get done() {
    return this.i >= this.b.length;
  }
  skipSpaceAndComments() {
    const b = this.b;
    for (;;) {
      while (this.i < b.length && (b[this.i] === 0x20 || b[this.i] === 0x0a || b[this.i] === 0x0d || b[this.i] === 0x09)) this.i++;
      if (b[this.i] === 0x2d && b[this.i + 1] === 0x2d) this.skipLine();
      else if (b[this.i] === 0x23) this.skipLine();
      else if (b[this.i] === 0x2f && b[this.i + 1] === 0x2a) {
        const end = b.indexOf('*/', this.i + 2);
        this.i = end < 0 ? b.length : end + 2;
      } else return;
    }
  }
  skipLine() {
    const nl = this.b.indexOf(0x0a, this.i);
    this.i = nl < 0 ? this.b.length : nl + 1;
  }
  /** A quoted string's raw bytes (the cursor is on the opening quote). */
  quoted(): Buffer {
    const b = this.b;
    const quote = b[this.i++]!;
    let start = this.i;
    const chunks: Buffer[] = [];
    while (this.i < b.length) {
      const c = b[this.i]!;
      if (c === BS) {
        chunks.push(b.subarray(start, this.i));
        const next = b[this.i + 1]!;
        const mapped = ESCAPES[next];
        chunks.push(Buffer.from([mapped === undefined ? next : mapped]));
        this.i += 2;
        start = this.i;
      } else if (c === quote) {
        if (b[this.i + 1] === quote) {
          chunks.push(b.subarray(start, this.i + 1));
          this.i += 2;
          start = this.i;
        } else {
          chunks.push(b.subarray(start, this.i));
          this.i++;
          return Buffer.concat(chunks);
        }
      } else this.i++;
    }
    throw new Error('unterminated string in dump');
  }
  /** An unquoted token: number, NULL, hex literal, keyword. */
  bare(): string {
    const b = this.b;
    const start = this.i;
    while (this.i < b.length && !' \t\r\n,();'.includes(String.fromCharCode(b[this.i]!))) this.i++;
    return b.toString('latin1', start, this.i);
  }
  /** An identifier, backquoted or not. */
  identifier(): string {
    if (this.b[this.i] === BQ) {
      const end = this.b.indexOf(BQ, this.i + 1);
      const name = this.b.toString('utf8', this.i + 1, end);
      this.i = end + 1;
      return name;
    }
    return this.bare();
  }
  /** Skips to just after the next `;` outside strings. */
  skipStatement() {
    const b = this.b;
    while (this.i < b.length) {
      const c = b[this.i]!;
      if (c === Q || c === DQ || c === BQ) this.quoted();
      else if (c === 0x3b) {
        this.i++;
        return;
      } else this.i++;
    }
  }
  startsWithWord(word: string): boolean {
    return this.b.toString('latin1', this.i, this.i + word.length).toUpperCase() === word;
  }
}

function value(c: Cursor): DumpValue {
  const ch = c.b[c.i];
  if (ch === Q || ch === DQ) return c.quoted();
  const token = c.bare();
  if (token.toUpperCase() === 'NULL') return null;
  if (/^_binary$/i.test(token) || /^_utf8(mb4)?$/i.test(token) || /^_latin1$/i.test(token)) {
    c.skipSpaceAndComments();
    return value(c);
  }
  if (/^0x[0-9a-f]*$/i.test(token)) return Buffer.from(token.slice(2), 'hex');
  if (/^x$/i.test(token) && c.b[c.i] === Q) return Buffer.from(c.quoted().toString('latin1'), 'hex');
  return token;
}

function columnsOfCreate(c: Cursor): string[] {
  const cols: string[] = [];
  const open = c.b.indexOf(0x28, c.i);
  c.i = open + 1;
  let depth = 1;
  let atItemStart = true;
  while (!c.done && depth > 0) {
    c.skipSpaceAndComments();
    const ch = c.b[c.i]!;
    if (ch === Q || ch === DQ) c.quoted();
    else if (ch === 0x28) { depth++; c.i++; }
    else if (ch === 0x29) { depth--; c.i++; }
    else if (ch === 0x2c) { if (depth === 1) atItemStart = true; c.i++; }
    else if (atItemStart && depth === 1) {
      atItemStart = false;
      const isKey = /^(PRIMARY|KEY|UNIQUE|INDEX|FULLTEXT|CONSTRAINT|FOREIGN|SPATIAL|CHECK)\b/i.test(c.b.toString('latin1', c.i, c.i + 12));
      const name = c.identifier();
      if (!isKey) cols.push(name);
    } else c.i++;
  }
  c.skipStatement();
  return cols;
}

/** Parses a whole dump into tables keyed by their name as written. */
export function readDump(bytes: Buffer): Map<string, DumpTable> {
  const tables = new Map<string, DumpTable>();
  const table = (name: string) => {
    let t = tables.get(name);
    if (!t) tables.set(name, (t = { columns: null, rows: [] }));
    return t;
  };
  const c = new Cursor(bytes);
  for (;;) {
    c.skipSpaceAndComments();
    if (c.done) break;
    if (c.startsWithWord('CREATE TABLE')) {
      c.i += 12;
      c.skipSpaceAndComments();
      if (c.startsWithWord('IF NOT EXISTS')) { c.i += 13; c.skipSpaceAndComments(); }
      const name = c.identifier();
      table(name).columns = columnsOfCreate(c);
    } else if (c.startsWithWord('INSERT') || c.startsWithWord('REPLACE')) {
      c.bare();
      c.skipSpaceAndComments();
      while (/^(IGNORE|INTO|LOW_PRIORITY|DELAYED|HIGH_PRIORITY)$/i.test(c.b.toString('latin1', c.i, c.b.indexOf(0x20, c.i)))) { c.bare(); c.skipSpaceAndComments(); }
      const t = table(c.identifier());
      c.skipSpaceAndComments();
      let columns: string[] | null = null;
      if (c.b[c.i] === 0x28) {
        columns = [];
        c.i++;
        while (c.b[c.i] !== 0x29) { c.skipSpaceAndComments(); if (c.b[c.i] === 0x2c) { c.i++; continue; } if (c.b[c.i] === 0x29) break; columns.push(c.identifier()); c.skipSpaceAndComments(); }
        c.i++;
        c.skipSpaceAndComments();
      }
      c.bare(); // VALUES
      for (;;) {
        c.skipSpaceAndComments();
        if (c.b[c.i] !== 0x28) break;
        c.i++;
        const row: DumpValue[] = [];
        for (;;) {
          c.skipSpaceAndComments();
          row.push(value(c));
          c.skipSpaceAndComments();
          if (c.b[c.i] === 0x2c) { c.i++; continue; }
          if (c.b[c.i] === 0x29) { c.i++; break; }
          throw new Error(`unexpected byte ${c.b[c.i]} at ${c.i} in a row of ${t.columns?.join(',') ?? 'a table'}`);
        }
        t.rows.push(columns && t.columns ? t.columns.map((col) => row[columns!.indexOf(col)] ?? null) : row);
        if (columns && !t.columns) t.columns = columns;
        c.skipSpaceAndComments();
        if (c.b[c.i] === 0x2c) { c.i++; continue; }
        break;
      }
      c.skipStatement();
    } else c.skipStatement();
  }
  return tables;
}
