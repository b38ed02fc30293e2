/**
 * Validates XML against a RELAX NG schema in test/fixtures/opds with jing (Debian's `jing`, run by .ci/run's
 * install). Returns jing's complaints, or '' when the document is valid.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FIXTURES = new URL('../fixtures/opds/', import.meta.url).pathname;

/** The schemas: Atom (RFC 4287), the two OPDS feed kinds, and OpenSearch descriptions. */
export type Schema = 'atom' | 'opds-navigation' | 'opds-acquisition' | 'opensearch';

export function relaxNgProblems(schema: Schema, xml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'quire-rng-'));
  try {
    const file = join(dir, 'doc.xml');
    writeFileSync(file, xml);
    const run = spawnSync('jing', ['-c', join(FIXTURES, `${schema}.rnc`), file], { encoding: 'utf8' });
    if (run.error) throw run.error;
    return run.status === 0 ? '' : `${run.stdout}${run.stderr}`.replaceAll(file, 'doc.xml');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
