/**
 * A backup is one file plus a manifest next to it (`<file>.json`) that says what it holds and how to check it is
 * whole: the engine, the schema version, when it was taken, its size and SHA-256.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { open, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Dialect } from '../db.ts';

/** What `<backup>.json` records. */
export interface Manifest {
  engine: Dialect;
  schemaVersion: number;
  /** ISO time the backup's snapshot was taken. */
  createdAt: string;
  file: string;
  size: number;
  sha256: string;
}

/** A mistake the operator can fix: printed as one line, without a stack trace. */
export class BackupError extends Error {}

const EXTENSION: Record<Dialect, string> = { sqlite: 'sqlite3', postgres: 'pgdump' };

/** `quire-2026-12-06T09-30-00.123Z.sqlite3`: sorts by time, no characters shells or Windows dislike. */
export function backupFileName(engine: Dialect, at: Date): string {
  return `quire-${at.toISOString().replace(/:/g, '-')}.${EXTENSION[engine]}`;
}

/** The engine a DATABASE_URL names (the same rule as openDatabase). */
export const engineOfUrl = (url: string): Dialect => (/^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite');

export const manifestPathOf = (file: string): string => `${file}.json`;

/** The SHA-256 (hex) and size of a file, read as a stream so a large backup is not held in memory. */
export async function fingerprint(file: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return { sha256: hash.digest('hex'), size: (await stat(file)).size };
}

/** Writes the manifest of a finished backup file in `dir`; never overwrites one. */
export async function writeManifest(dir: string, file: string, fields: Pick<Manifest, 'engine' | 'schemaVersion' | 'createdAt'>): Promise<Manifest> {
  const manifest: Manifest = { ...fields, file, ...(await fingerprint(join(dir, file))) };
  await writeFile(manifestPathOf(join(dir, file)), JSON.stringify(manifest, null, 2) + '\n', { flag: 'wx' });
  return manifest;
}

/**
 * Checks a backup against its manifest when it has one (a copy made by hand may not): a changed or truncated
 * file is refused before anything is restored. Returns the manifest, if any.
 */
export async function verifyAgainstManifest(file: string): Promise<Manifest | undefined> {
  const path = manifestPathOf(file);
  if (!existsSync(path)) return undefined;
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(path, 'utf8')) as Manifest;
  } catch {
    throw new BackupError(`${path} is not a readable backup manifest (JSON); move it aside to restore without checking.`);
  }
  const actual = await fingerprint(file);
  if (actual.size !== manifest.size || actual.sha256 !== manifest.sha256) {
    throw new BackupError(`${file} does not match its manifest (size ${actual.size} vs ${manifest.size}, or a different SHA-256): the file is damaged or was changed. Nothing was restored.`);
  }
  return manifest;
}

/** Which engine wrote a backup file, from its first bytes; undefined for anything else. */
export async function engineOfFile(file: string): Promise<Dialect | undefined> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(16);
    await handle.read(head, 0, 16, 0);
    if (head.toString('latin1') === 'SQLite format 3\0') return 'sqlite';
    if (head.subarray(0, 5).toString('latin1') === 'PGDMP') return 'postgres';
    return undefined;
  } finally {
    await handle.close();
  }
}
