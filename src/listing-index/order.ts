/**
 * Orderings that must agree with the database: strings compare by code point (SQLite's BINARY collation and
 * PostgreSQL's C.UTF-8 both do; JavaScript's `<` compares UTF-16 units, which differs past U+FFFF), and NULL sorts
 * first ascending in SQLite but last in PostgreSQL.
 */

/** Negative, zero or positive as `a` sorts before, with or after `b` by code point. */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (U+D800–DFFF) encode code points above U+FFFF, so they sort after U+E000–FFFF.
    if (x >= 0xd800 && y >= 0xd800) {
      x = x < 0xe000 ? x + 0x2000 : x - 0x800;
      y = y < 0xe000 ? y + 0x2000 : y - 0x800;
    }
    return x - y;
  }
  return a.length - b.length;
}

/** Where NULL goes in an ascending ORDER BY of this database. */
export type NullOrder = 'nulls-first' | 'nulls-last';

/** Compares nullable strings as the database orders them ascending. */
export function compareNullable(a: string | null, b: string | null, nulls: NullOrder): number {
  if (a === null || b === null) {
    if (a === b) return 0;
    const aFirst = nulls === 'nulls-first' ? -1 : 1;
    return a === null ? aFirst : -aFirst;
  }
  return compareCodePoints(a, b);
}
