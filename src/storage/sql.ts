/**
 * The one way to write SQL in Quire: a tagged template that keeps values apart from text,
 * so every value is a bound parameter and every SQL text can be prepared once and cached.
 */

/** A value that can be bound as a parameter. */
export type SqlValue = string | number | bigint | boolean | null | Uint8Array;

/** A piece of SQL with its parameters, not yet tied to a dialect. */
export class Sql {
  readonly strings: readonly string[];
  readonly values: readonly (SqlValue | Sql)[];
  constructor(strings: readonly string[], values: readonly (SqlValue | Sql)[]) {
    this.strings = strings;
    this.values = values;
  }
}

/** Builds a query: `sql\`SELECT * FROM users WHERE id = ${id}\``. Nested `Sql` values are spliced in. */
export function sql(strings: TemplateStringsArray | readonly string[], ...values: (SqlValue | Sql | undefined)[]): Sql {
  return new Sql(strings, values.map((v) => (v === undefined ? null : v)));
}

/** Trusted SQL text (identifiers, keywords chosen by code): never user input. */
sql.raw = (text: string): Sql => new Sql([text], []);

/** Joins fragments with a separator, e.g. `sql.join(conditions, ' AND ')`. */
sql.join = (parts: readonly (Sql | SqlValue)[], separator = ', '): Sql => {
  if (parts.length === 0) return new Sql([''], []);
  const strings = [''];
  for (let i = 1; i < parts.length; i++) strings.push(separator);
  strings.push('');
  return new Sql(strings, parts);
};

/** A query compiled for one dialect: text with placeholders and a flat list of values. */
export interface Compiled {
  text: string;
  params: SqlValue[];
}

/** Flattens nested fragments and numbers the placeholders: `?` for SQLite, `$n` for PostgreSQL. */
export function compile(query: Sql, placeholder: (index: number) => string): Compiled {
  const params: SqlValue[] = [];
  let text = '';
  const walk = (q: Sql) => {
    q.strings.forEach((s, i) => {
      text += s;
      if (i >= q.values.length) return;
      const v = q.values[i]!;
      if (v instanceof Sql) walk(v);
      else {
        params.push(v);
        text += placeholder(params.length);
      }
    });
  };
  walk(query);
  return { text, params };
}
