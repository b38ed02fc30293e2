/** Reads ZIP archives in tests, independently of the writer: central directory → local headers → inflate, CRCs checked. */
import { crc32, inflateRawSync } from 'node:zlib';

/** One file read back from an archive. */
export interface UnzippedEntry {
  name: string;
  method: number;
  flags: number;
  localOffset: number;
  /** Offset of the file data (after the local header and name). */
  dataOffset: number;
  extraLength: number;
  data: Buffer;
}

/** All entries in central-directory order; throws when a signature, size or CRC does not match. */
export function unzip(archive: Buffer): UnzippedEntry[] {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('no end of central directory record');
  const count = archive.readUInt16LE(end + 10);
  const size = archive.readUInt32LE(end + 12);
  let at = archive.readUInt32LE(end + 16);
  if (at + size !== end) throw new Error('central directory does not end where the end record starts');
  const out: UnzippedEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (archive.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central header ${i}`);
    const flags = archive.readUInt16LE(at + 8);
    const method = archive.readUInt16LE(at + 10);
    const crc = archive.readUInt32LE(at + 16);
    const compressed = archive.readUInt32LE(at + 20);
    const uncompressed = archive.readUInt32LE(at + 24);
    const nameLength = archive.readUInt16LE(at + 28);
    const extra = archive.readUInt16LE(at + 30);
    const comment = archive.readUInt16LE(at + 32);
    const localOffset = archive.readUInt32LE(at + 42);
    const name = archive.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    at += 46 + nameLength + extra + comment;
    if (archive.readUInt32LE(localOffset) !== 0x04034b50) throw new Error(`bad local header for ${name}`);
    const localNameLength = archive.readUInt16LE(localOffset + 26);
    const localName = archive.subarray(localOffset + 30, localOffset + 30 + localNameLength).toString('utf8');
    if (localName !== name) throw new Error(`local name ${localName} differs from ${name}`);
    if (archive.readUInt32LE(localOffset + 14) !== crc) throw new Error(`local CRC differs for ${name}`);
    const localExtra = archive.readUInt16LE(localOffset + 28);
    const dataOffset = localOffset + 30 + localNameLength + localExtra;
    const body = archive.subarray(dataOffset, dataOffset + compressed);
    const data = method === 8 ? inflateRawSync(body) : method === 0 ? Buffer.from(body) : undefined;
    if (!data) throw new Error(`unknown method ${method}`);
    if (data.length !== uncompressed) throw new Error(`size mismatch for ${name}`);
    if (crc32(data) !== crc) throw new Error(`CRC mismatch for ${name}`);
    out.push({ name, method, flags, localOffset, dataOffset, extraLength: localExtra, data });
  }
  return out;
}
