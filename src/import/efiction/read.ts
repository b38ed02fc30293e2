/**
 * An eFiction dump → records: tables found by their name without the site prefix (`ef_fanfiction_stories` →
 * `stories`), rows as objects of decoded strings. Each field is decoded on its own, because one archive can hold
 * latin1, cp1252 and UTF-8 side by side; fields that needed a guess are counted for the report. Only the tables
 * the import maps are kept; the others (settings, eFiction's PHP `codeblocks`, logs …) are named in the report.
 */
import { readDump, type DumpValue } from './dump-reader.ts';
import { closeSync, openSync } from 'node:fs';
import { bufferSource, fileSource, type ByteSource } from './dump-cursor.ts';
import { DEFAULT_COLUMNS } from './columns.ts';
import { decodeText, type EncodingChoice } from '../decode.ts';

/** One row: column → text (null for SQL NULL). */
export type EfRow = Record<string, string | null>;

/** The tables of one eFiction install. */
export interface EfRecords {
  tables: Map<string, EfRow[]>;
  /** The table prefix found, e.g. "ef_" (empty when none). */
  prefix: string;
  /** How many fields were read with each non-ASCII encoding. */
  encodings: Record<string, number>;
  warnings: string[];
}

/** A dump that reads as SQL but holds no eFiction table. */
export class NotAnEfictionDump extends Error {
  constructor() {
    super('it holds no eFiction table (…fanfiction_stories, …fanfiction_authors …): nothing to import');
    this.name = 'NotAnEfictionDump';
  }
}

const NAME = /^(.*?)fanfiction_(\w+)$/;
// eFiction keeps PHP in this table and eval()s it; the import never runs or keeps it.
const CODE_TABLE = 'codeblocks';

/** Reads a dump's eFiction tables (a Buffer, or bytes read as they are needed); `encoding` forces one encoding for every field. */
export function readEfiction(dump: Buffer | ByteSource, encoding: EncodingChoice = 'auto'): EfRecords {
  const tables = new Map<string, EfRow[]>();
  const encodings: Record<string, number> = {};
  const warnings: string[] = [];
  const prefixes = new Set<string>();
  const created = new Map<string, string[]>();
  const skipped = new Map<string, number>();
  const text = (v: DumpValue): string | null => {
    if (v === null || typeof v === 'string') return v;
    const d = decodeText(v, encoding);
    if (d.encoding !== 'ascii') encodings[d.encoding] = (encodings[d.encoding] ?? 0) + 1;
    return d.text;
  };
  const shortName = (name: string): string | undefined => {
    const m = NAME.exec(name);
    if (!m) return undefined;
    prefixes.add(m[1]!);
    return m[2]!;
  };
  readDump(typeof dump === 'function' ? dump : bufferSource(dump), {
    keep: (name) => {
      const short = shortName(name);
      return short !== undefined && short in DEFAULT_COLUMNS;
    },
    create: (name, columns) => created.set(name, columns),
    row: (name, values, own) => {
      const short = shortName(name)!;
      const columns = created.get(name) ?? own ?? DEFAULT_COLUMNS[short]!;
      // An INSERT naming its columns may list them in any order.
      const at = own && own !== columns ? columns.map((col) => own.indexOf(col)) : null;
      const out: EfRow = {};
      columns.forEach((col, i) => (out[col] = text(values[at ? at[i]! : i] ?? null)));
      const rows = tables.get(short) ?? tables.set(short, []).get(short)!;
      rows.push(out);
    },
    skipped: (name, rows) => {
      if (shortName(name) !== undefined) skipped.set(name, (skipped.get(name) ?? 0) + rows);
    },
  });
  for (const [name, rows] of skipped) {
    const short = shortName(name);
    if (short === 'settings') continue;
    warnings.push(short === CODE_TABLE
      ? `Table ${name}: ${rows} row(s) of eFiction's PHP code blocks, never run or kept.`
      : `Table ${name} (${rows} row(s)) is not one Quire imports: skipped.`);
  }
  if (tables.size === 0) throw new NotAnEfictionDump();
  if (prefixes.size > 1) warnings.push(`The dump holds several eFiction installs (prefixes ${[...prefixes].map((p) => `"${p}"`).join(', ')}); their tables were merged.`);
  return { tables, prefix: [...prefixes][0] ?? '', encodings, warnings };
}

/** Reads a dump file as it goes, in constant memory beyond the rows kept. */
export function readEfictionFile(path: string, encoding: EncodingChoice = 'auto'): EfRecords {
  const fd = openSync(path, 'r');
  try {
    return readEfiction(fileSource(fd), encoding);
  } finally {
    closeSync(fd);
  }
}

/** The rows of a table (none when the dump lacks it). */
export const rowsOf = (r: EfRecords, table: string): EfRow[] => r.tables.get(table) ?? [];
