/**
 * Fonts for the scripts DejaVu Serif lacks. Arabic: DejaVu Sans, whose GSUB tables give each joining form of a
 * letter its own glyph; the Noto Arabic fonts draw ب ت ث ن ي with one dotless glyph plus dot marks, and since a PDF maps
 * each glyph to one text, copying or searching such a PDF finds the wrong letters. Hebrew: Noto Sans Hebrew. Chinese
 * and Japanese: Noto Sans SC; Korean: Noto Sans KR. Fontsource ships the Noto fonts cut into WOFF files by Unicode
 * range, listed in each package's unicode.json; the renderer loads only the files a work's characters fall into,
 * and pdfkit embeds only the glyphs used, so a Chinese work's PDF holds a few hundred kilobytes of font, not the
 * whole 5 MB family. Regular and bold (700); these scripts have no italics.
 */
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A Fontsource family, the subsets of it the renderer uses (null: every numbered slice), in the order they are tried. */
const FAMILIES = [
  { id: 'noto-sans-hebrew', subsets: ['hebrew'] },
  { id: 'noto-sans-sc', subsets: null },
  { id: 'noto-sans-kr', subsets: null },
] as const;

const HANGUL = /\p{Script=Hangul}/u;
// The Arabic blocks: letters, supplement, extended-A, and the presentation forms.
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;
const PREFIX = 'x-';

type Range = { lo: number; hi: number; file: string };
let tables: { id: string; dir: string; ranges: Range[] }[] | undefined;

/** unicode.json ("U+0600-06FF,U+FB50" per subset) as ranges naming each subset's file stem, sorted by start. */
function loadTables() {
  const require = createRequire(import.meta.url);
  return FAMILIES.map(({ id, subsets }) => {
    const dir = dirname(require.resolve(`@fontsource/${id}/unicode.json`));
    const table = JSON.parse(readFileSync(join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
    const ranges: Range[] = [];
    for (const [subset, list] of Object.entries(table)) {
      const slice = /^\[(\d+)\]$/.exec(subset)?.[1];
      if (subsets ? !(subsets as readonly string[]).includes(subset) : slice === undefined) continue;
      for (const part of list.split(',')) {
        const [lo, hi = lo] = part.trim().replace(/^U\+/i, '').split('-').map((h) => parseInt(h, 16));
        if (Number.isInteger(lo) && Number.isInteger(hi)) ranges.push({ lo: lo!, hi: hi!, file: `${PREFIX}${id}-${slice ?? subset}` });
      }
    }
    return { id, dir, ranges: ranges.sort((a, b) => a.lo - b.lo) };
  });
}

function find(ranges: Range[], cp: number): string | undefined {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (cp < r.lo) hi = mid - 1;
    else if (cp > r.hi) lo = mid + 1;
    else return r.file;
  }
  return undefined;
}

const chosen = new Map<number, string | undefined>();

/** The fallback font (a name like `x-noto-sans-sc-12-700`) whose file has the code point, or undefined. Hangul tries Korean first. */
export function fallbackFontFor(cp: number, bold: boolean): string | undefined {
  const key = bold ? -cp - 1 : cp;
  if (chosen.has(key)) return chosen.get(key);
  const ch = String.fromCodePoint(cp);
  let name: string | undefined;
  if (ARABIC.test(ch)) name = `${PREFIX}dejavu-sans-${bold ? 700 : 400}`;
  else {
    tables ??= loadTables();
    const file = (HANGUL.test(ch) ? [...tables].reverse() : tables).map((t) => find(t.ranges, cp)).find(Boolean);
    name = file && `${file}-${bold ? 700 : 400}`;
  }
  chosen.set(key, name);
  return name;
}

/** Whether a font name is one of fallbackFontFor's. */
export const isFallbackFont = (name: string): boolean => name.startsWith(PREFIX);

/**
 * A WOFF file as the plain TrueType/OpenType file inside it (WOFF 1.0: a header, then a table directory with each
 * table zlib-compressed when that made it smaller). fontkit reads WOFF too, but inflates it in JavaScript for every
 * document; node:zlib once per process is far cheaper.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') return woff;
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    const [offset, compLength, origLength] = [woff.readUInt32BE(at + 4), woff.readUInt32BE(at + 8), woff.readUInt32BE(at + 12)];
    const raw = woff.subarray(offset, offset + compLength);
    return { tag: woff.readUInt32BE(at), checksum: woff.readUInt32BE(at + 16), data: compLength < origLength ? inflateSync(raw) : raw };
  });
  const head = 12 + 16 * count;
  const out = Buffer.alloc(head + tables.reduce((n, t) => n + ((t.data.length + 3) & ~3), 0));
  out.writeUInt32BE(woff.readUInt32BE(4), 0); // the flavor: TrueType or CFF
  const log2 = Math.floor(Math.log2(count));
  out.writeUInt16BE(count, 4);
  out.writeUInt16BE(16 << log2, 6);
  out.writeUInt16BE(log2, 8);
  out.writeUInt16BE(count * 16 - (16 << log2), 10);
  let offset = head;
  tables.forEach((t, i) => {
    out.writeUInt32BE(t.tag, 12 + i * 16);
    out.writeUInt32BE(t.checksum, 16 + i * 16);
    out.writeUInt32BE(offset, 20 + i * 16);
    out.writeUInt32BE(t.data.length, 24 + i * 16);
    t.data.copy(out, offset);
    offset += (t.data.length + 3) & ~3;
  });
  return out;
}

const files = new Map<string, Buffer>();

/** The font file of a fallback font name (read once per process). */
export function fallbackFontFile(name: string): Buffer {
  let file = files.get(name);
  if (file) return file;
  const require = createRequire(import.meta.url);
  if (name.startsWith(`${PREFIX}dejavu-sans-`)) file = readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/DejaVuSans${name.endsWith('700') ? '-Bold' : ''}.ttf`));
  else {
    tables ??= loadTables();
    const family = tables.find((t) => name.startsWith(`${PREFIX}${t.id}-`));
    if (!family || !/^[a-z0-9-]+$/.test(name)) throw new Error(`Unknown PDF font ${name}`);
    file = woffToSfnt(readFileSync(join(family.dir, 'files', `${name.slice(PREFIX.length)}-normal.woff`)));
  }
  files.set(name, file);
  return file;
}
