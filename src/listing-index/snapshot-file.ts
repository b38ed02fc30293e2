/**
 * The snapshot file: a fixed header (magic, format version, sizes, CRC-32), a JSON description of what the snapshot
 * covers, a table of parts, then each part's bytes as they lie in memory (8-byte aligned). Written to a temporary
 * file in the same directory, flushed, then renamed over the old one, so a crash mid-write leaves the old snapshot;
 * read part by part straight into the typed arrays the index will keep (no second copy of the whole file).
 * CRC-32 (zlib's, ~6 GB/s here) finds a damaged or half-copied file; it is not meant to stop anyone tampering.
 */
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { crc32 } from 'node:zlib';
import type { Part } from './snapshot-parts.ts';

const MAGIC = 'QUIRE-LI';
/** Bump when the header, the table or the parts an index writes change; older files are then loaded fully instead. */
export const SNAPSHOT_FORMAT = 1;
const HEADER = 32;
const ROW = 16;
const CRC_SLICE = 4 << 20;

/** A snapshot that cannot be used, and why (said in the log line of the full load that replaces it). */
export class SnapshotUnusable extends Error {}

const pad8 = (n: number) => (n + 7) & ~7;

/** Writes `meta` and `parts` to `path` atomically; returns the bytes written. */
export async function writeSnapshotFile(path: string, meta: object, parts: readonly Part[]): Promise<number> {
  const metaBytes = Buffer.from(JSON.stringify(meta));
  const table = Buffer.alloc(parts.length * ROW);
  parts.forEach((p, i) => {
    table.writeUInt32LE(p.code, i * ROW);
    table.writeDoubleLE(p.bytes.byteLength, i * ROW + 8);
  });
  const tmp = `${path}.${process.pid}.${Date.now().toString(36)}.tmp`;
  // A PostgreSQL archive keeps nothing else in DATA_DIR, so the directory may not exist yet.
  await mkdir(dirname(path), { recursive: true });
  const file = await open(tmp, 'w');
  try {
    let at = HEADER;
    let crc = 0;
    const put = async (bytes: Uint8Array) => {
      // zlib.crc32 runs on this thread: 4 MB at a time between turns of the event loop (~1 ms each), not 48 MB at once.
      for (let i = 0; i < bytes.byteLength; i += CRC_SLICE) {
        crc = crc32(bytes.subarray(i, i + CRC_SLICE), crc);
        await new Promise((resolve) => setImmediate(resolve));
      }
      await file.write(bytes, 0, bytes.byteLength, at);
      at = pad8(at + bytes.byteLength);
    };
    await put(metaBytes);
    await put(table);
    for (const p of parts) await put(p.bytes);
    const header = Buffer.alloc(HEADER);
    header.write(MAGIC, 0, 'latin1');
    header.writeUInt32LE(SNAPSHOT_FORMAT, 8);
    header.writeUInt32LE(parts.length, 12);
    header.writeUInt32LE(metaBytes.byteLength, 16);
    header.writeUInt32LE(crc, 20);
    header.writeDoubleLE(at, 24);
    await file.write(header, 0, HEADER, 0);
    await file.truncate(at);
    await file.sync();
    await file.close();
    await rename(tmp, path);
    return at;
  } catch (err) {
    await file.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw err;
  }
}

/** Reads a snapshot file, checking its format, length and checksum; throws `SnapshotUnusable` saying what is wrong. */
export async function readSnapshotFile(path: string): Promise<{ meta: Record<string, unknown>; parts: Part[] }> {
  let file;
  try {
    file = await open(path, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new SnapshotUnusable('there is none yet');
    throw new SnapshotUnusable(`it cannot be opened: ${(err as Error).message}`);
  }
  try {
    const size = (await file.stat()).size;
    const header = Buffer.alloc(HEADER);
    if ((await file.read(header, 0, HEADER, 0)).bytesRead < HEADER) throw new SnapshotUnusable(`it is truncated (${size} bytes)`);
    if (header.toString('latin1', 0, 8) !== MAGIC) throw new SnapshotUnusable('it is not a listing index snapshot');
    const format = header.readUInt32LE(8);
    if (format !== SNAPSHOT_FORMAT) throw new SnapshotUnusable(`it has format ${format}, this version reads format ${SNAPSHOT_FORMAT}`);
    const count = header.readUInt32LE(12);
    const end = header.readDoubleLE(24);
    if (size !== end) throw new SnapshotUnusable(`it is ${size} bytes but was written as ${end} (truncated or damaged)`);
    if (HEADER + header.readUInt32LE(16) + count * ROW > end) throw new SnapshotUnusable('its header does not fit its length (damaged)');
    let at = HEADER;
    let crc = 0;
    const take = async (bytes: Uint8Array) => {
      if (at + bytes.byteLength > end) throw new SnapshotUnusable('a part runs past the end of the file (damaged)');
      // A read may return fewer bytes than asked: go on until all are in (a file cut short shows as 0 bytes read).
      for (let got = 0; got < bytes.byteLength;) {
        const { bytesRead } = await file!.read(bytes, got, bytes.byteLength - got, at + got);
        if (bytesRead === 0) throw new SnapshotUnusable('it ends before its last part (truncated)');
        got += bytesRead;
      }
      crc = crc32(bytes, crc);
      at = pad8(at + bytes.byteLength);
    };
    const metaBytes = Buffer.alloc(header.readUInt32LE(16));
    await take(metaBytes);
    const table = Buffer.alloc(count * ROW);
    await take(table);
    const parts: Part[] = [];
    for (let i = 0; i < count; i++) {
      const length = table.readDoubleLE(i * ROW + 8);
      if (!Number.isSafeInteger(length) || length < 0 || at + length > end) throw new SnapshotUnusable(`part ${i} has an impossible length (damaged)`);
      // Its own ArrayBuffer (not from Node's pool), so the typed array the index keeps owns exactly its bytes; not
      // zero-filled first, as the read overwrites every byte.
      const bytes = Buffer.allocUnsafeSlow(length);
      await take(bytes);
      parts.push({ code: table.readUInt32LE(i * ROW), bytes });
    }
    if (crc !== header.readUInt32LE(20)) throw new SnapshotUnusable('its checksum does not match (damaged)');
    let meta: Record<string, unknown>;
    try {
      meta = JSON.parse(metaBytes.toString('utf8')) as Record<string, unknown>;
    } catch {
      throw new SnapshotUnusable('its description is not readable (damaged)');
    }
    return { meta, parts };
  } finally {
    await file.close();
  }
}
