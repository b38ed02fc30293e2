/**
 * A minimal ZIP writer (APPNOTE 6.3): local headers, central directory, end record; stored or deflated entries.
 * Written here rather than taken from a package because EPUB needs exact control (the `mimetype` entry first,
 * stored, no extra fields) and downloads must be byte-for-byte reproducible: every entry gets the same timestamp.
 * No ZIP64: a work is far below 4 GiB and 65,535 files.
 */
import { crc32, deflateRawSync } from 'node:zlib';

/** One file of an archive. */
export interface ZipEntry {
  /** Path inside the archive, with forward slashes. */
  name: string;
  data: Uint8Array | string;
  /** Store without compression (EPUB's `mimetype`). */
  store?: boolean;
}

/** MS-DOS date and time of a moment (UTC), the only timestamps plain ZIP headers hold; 1980-01-01 by default. */
export function dosDateTime(ms: number = Date.UTC(1980, 0, 1)): { date: number; time: number } {
  const d = new Date(Math.max(ms, Date.UTC(1980, 0, 1)));
  const year = Math.min(d.getUTCFullYear(), 2107);
  return {
    date: ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
  };
}

/** Builds a ZIP archive of the entries, in order. `modifiedAt` (ms) is every entry's timestamp. */
export function zip(entries: readonly ZipEntry[], modifiedAt?: number): Buffer {
  if (entries.length > 0xffff) throw new Error('Too many files for a ZIP without ZIP64');
  const { date, time } = dosDateTime(modifiedAt);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const raw = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength);
    const crc = crc32(raw);
    let method = 0;
    let body: Buffer = raw;
    if (!entry.store) {
      const deflated = deflateRawSync(raw, { level: 9 });
      // Incompressible data (images, tiny files) is smaller stored.
      if (deflated.length < raw.length) { method = 8; body = deflated; }
    }
    if (offset + body.length > 0xffffffff) throw new Error('Archive too large for a ZIP without ZIP64');
    // Bit 11: the name is UTF-8. Pure ASCII names leave it clear, as most writers do.
    const flags = /^[\x20-\x7e]*$/.test(entry.name) ? 0 : 0x0800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28); // no extra field
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by: 2.0, MS-DOS attributes
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    // extra length, comment length, disk number, internal and external attributes: all zero
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
