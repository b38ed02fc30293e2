/**
 * Validates XML against a RELAX NG schema in test/fixtures/opds with jing (Debian's `jing`, run by .ci/run's
 * install). Returns jing's complaints, or '' when the document is valid; a RelaxNgBatch checks many at once.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FIXTURES = new URL('../fixtures/opds/', import.meta.url).pathname;

/** The schemas: Atom (RFC 4287), the two OPDS feed kinds, and OpenSearch descriptions. */
export type Schema = 'atom' | 'opds-navigation' | 'opds-acquisition' | 'opensearch';

/** jing's complaints about `files` (schema `schema`), with each file's path replaced by its name in `names`. */
function jing(schema: Schema, files: string[], names: Map<string, string>): string {
  const run = spawnSync('jing', ['-c', join(FIXTURES, `${schema}.rnc`), ...files], { encoding: 'utf8' });
  if (run.error) throw run.error;
  if (run.status === 0) return '';
  let out = `${run.stdout}${run.stderr}`;
  for (const [file, name] of names) out = out.replaceAll(file, name);
  return out;
}

export function relaxNgProblems(schema: Schema, xml: string): string {
  const one = new RelaxNgBatch();
  one.add(schema, xml, 'doc.xml');
  return one.problems();
}

/**
 * Documents validated together, one jing run per schema: each run starts a JVM (about a second of CPU), and a suite
 * that checked every feed it fetched one by one spent most of its time starting them.
 */
export class RelaxNgBatch {
  private readonly docs: { schema: Schema; xml: string; label: string }[] = [];

  /** Keeps a document to validate against `schema`; `label` names it in the complaints. */
  add(schema: Schema, xml: string, label: string): void {
    this.docs.push({ schema, xml, label });
  }

  get size(): number {
    return this.docs.length;
  }

  /** jing's complaints about every document kept, each naming its label; '' when all are valid. */
  problems(): string {
    const dir = mkdtempSync(join(tmpdir(), 'quire-rng-'));
    try {
      const names = new Map<string, string>();
      const bySchema = new Map<Schema, string[]>();
      this.docs.forEach((d, i) => {
        const file = join(dir, `doc-${i}.xml`);
        writeFileSync(file, d.xml);
        names.set(file, `${d.label} (${d.schema})`);
        bySchema.set(d.schema, [...(bySchema.get(d.schema) ?? []), file]);
      });
      // Longer paths first, so doc-1.xml never replaces part of doc-12.xml.
      const ordered = new Map([...names].sort((a, b) => b[0].length - a[0].length));
      return [...bySchema].map(([schema, files]) => jing(schema, files, ordered)).join('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
