/**
 * An eFiction dump → records: tables found by their name without the site prefix (`ef_fanfiction_stories` →
 * `stories`), rows as objects of decoded strings. Each field is decoded on its own, because one archive can hold
 * latin1, cp1252 and UTF-8 side by side; fields that needed a guess are counted for the report.
 */
import { readDump, type DumpValue } from './dump-reader.ts';
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

const NAME = /^(.*?)fanfiction_(\w+)$/;

/** Reads a dump's eFiction tables; `encoding` forces one encoding for every field. */
export function readEfiction(bytes: Buffer, encoding: EncodingChoice = 'auto'): EfRecords {
  const dump = readDump(bytes);
  const tables = new Map<string, EfRow[]>();
  const encodings: Record<string, number> = {};
  const warnings: string[] = [];
  const prefixes = new Set<string>();
  const text = (v: DumpValue): string | null => {
    if (v === null || typeof v === 'string') return v;
    const d = decodeText(v, encoding);
    if (d.encoding !== 'ascii') encodings[d.encoding] = (encodings[d.encoding] ?? 0) + 1;
    return d.text;
  };
  for (const [name, table] of dump) {
    const m = NAME.exec(name);
    if (!m) continue;
    const [, prefix, short] = m;
    if (short === 'settings') continue;
    prefixes.add(prefix!);
    const columns = table.columns ?? DEFAULT_COLUMNS[short!];
    if (!columns) {
      warnings.push(`Table ${name} has no CREATE TABLE and is not one Quire knows: skipped.`);
      continue;
    }
    const rows = tables.get(short!) ?? [];
    for (const row of table.rows) {
      const out: EfRow = {};
      columns.forEach((col, i) => (out[col] = text(row[i] ?? null)));
      rows.push(out);
    }
    tables.set(short!, rows);
  }
  if (prefixes.size > 1) warnings.push(`The dump holds several eFiction installs (prefixes ${[...prefixes].map((p) => `"${p}"`).join(', ')}); their tables were merged.`);
  return { tables, prefix: [...prefixes][0] ?? '', encodings, warnings };
}

/** The rows of a table (none when the dump lacks it). */
export const rowsOf = (r: EfRecords, table: string): EfRow[] => r.tables.get(table) ?? [];
