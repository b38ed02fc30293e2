/**
 * The generated archive as an eFiction 3.5 MySQL dump (`quire bench-data --efiction-dump FILE.sql`), so the same
 * data can be served by eFiction and by Quire side by side, and `quire import efiction --dump` can load it.
 * Fandoms are categories, characters characters, free tags and relationships genre/pairing classes, archive
 * warnings warning classes under eFiction's usual names, bookmarks favorites; chapter text is in `storytext`.
 * The generator makes no series, so `series` and `inseries` are created empty.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { DEFAULT_COLUMNS } from '../import/efiction/columns.ts';
import type { ArchiveModel } from './archive-model.ts';

type V = string | number | null;

// eFiction archives name their ratings and warnings this way; the importer's default maps bring them back.
const RATING_NAMES: Record<string, string> = { 'General Audiences': 'G', 'Teen And Up Audiences': 'PG-13', Mature: 'R', Explicit: 'NC-17' };
const WARNING_NAMES: Record<string, string> = { 'Graphic Depictions Of Violence': 'Violence', 'Major Character Death': 'Character Death', 'Rape/Non-Con': 'Non-Con', Underage: 'Underage', 'No Archive Warnings Apply': 'None' };

/**
 * PHP's addslashes, which eFiction's story and series forms put over the SQL escaping (stories.php, series.php):
 * the stored title of "Quill's" is `Quill\'s`, and eFiction's pages take the slashes off again (display.ts).
 */
export const addSlashes = (text: string): string => text.replace(/[\\'"\0]/g, (c) => (c === '\0' ? '\\0' : `\\${c}`));

/** A MySQL string literal, escaped as mysqldump does. */
export function mysqlLiteral(v: V): string {
  if (v === null) return 'NULL';
  if (typeof v === 'number') return String(v);
  return `'${v.replace(/[\\'\n\r\0]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\0' ? '\\0' : `\\${c}`))}'`;
}

const datetime = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

/** Writes a table's CREATE and its rows as multi-row INSERTs of `perInsert` rows. */
class DumpFile {
  readonly fd: number;
  constructor(path: string) {
    this.fd = openSync(path, 'w');
    this.write('-- eFiction 3.5 dump of a generated benchmark archive (quire bench-data)\n/*!40101 SET NAMES utf8mb4 */;\n');
  }
  write(text: string): void {
    writeSync(this.fd, text);
  }
  create(table: string): void {
    const columns = DEFAULT_COLUMNS[table]!;
    const cols = columns.map((c) => `  \`${c}\` ${c === 'date' || c === 'updated' ? "datetime NOT NULL default '0000-00-00 00:00:00'" : 'text'}`);
    this.write(`DROP TABLE IF EXISTS \`fanfiction_${table}\`;\nCREATE TABLE \`fanfiction_${table}\` (\n${cols.join(',\n')}\n) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4;\n`);
  }
  /** A row sink for one table, flushed every `perInsert` rows. */
  rows(table: string, perInsert = 200): { add(row: V[]): void; end(): void } {
    let pending: string[] = [];
    const flush = () => {
      if (pending.length) this.write(`INSERT INTO \`fanfiction_${table}\` VALUES ${pending.join(',\n')};\n`);
      pending = [];
    };
    return {
      add: (row) => {
        pending.push(`(${row.map(mysqlLiteral).join(',')})`);
        if (pending.length >= perInsert) flush();
      },
      end: flush,
    };
  }
  close(): void {
    closeSync(this.fd);
  }
}

/** Counts of what the dump holds, for the caller to print. */
export interface DumpSummary { authors: number; stories: number; chapters: number; reviews: number; favorites: number }

/** Writes the model's archive to `path`; `progress(done)` is called every 1,000 works. */
export function writeEfictionDump(model: ArchiveModel, path: string, progress: (done: number) => void = () => undefined): DumpSummary {
  const out = new DumpFile(path);
  const { tags } = model;
  const summary: DumpSummary = { authors: model.users.length, stories: 0, chapters: 0, reviews: 0, favorites: 0 };
  try {
    for (const table of Object.keys(DEFAULT_COLUMNS)) out.create(table);
    const authors = out.rows('authors');
    model.users.forEach((login, u) => authors.add([u + 1, login, '', `${login}@bench.invalid`, '', '', datetime(Date.UTC(2006, 0, 1)), '0', createHash('md5').update(`${login} password`).digest('hex')]));
    authors.end();

    // Tag index → eFiction id, per table.
    const catid = new Map<number, number>();
    const charid = new Map<number, { id: number; cat: number }>();
    const categories = out.rows('categories');
    const characters = out.rows('characters');
    tags.fandoms.forEach((f, k) => {
      catid.set(f.tag, k + 1);
      categories.add([k + 1, -1, tags.tags[f.tag]!.name, '', '', '0', 0, k + 1, 0]);
      for (const c of f.characters) if (!charid.has(c)) charid.set(c, { id: charid.size + 1, cat: k + 1 });
    });
    for (const [c, { id, cat }] of charid) characters.add([id, cat, tags.tags[c]!.name, '', '']);
    categories.end();
    characters.end();

    const classtypes = out.rows('classtypes');
    [[1, 'genres', 'Genres'], [2, 'warnings', 'Warnings'], [3, 'pairings', 'Pairings']].forEach((r) => classtypes.add(r));
    classtypes.end();
    const classId = new Map<number, number>();
    const classes = out.rows('classes');
    const addClass = (tag: number, type: number, name: string) => {
      classId.set(tag, classId.size + 1);
      classes.add([classId.size, type, name]);
    };
    for (const w of tags.warnings) if (WARNING_NAMES[tags.tags[w]!.name]) addClass(w, 2, WARNING_NAMES[tags.tags[w]!.name]!);
    for (const f of tags.freeforms) addClass(f, 1, tags.tags[f]!.name);
    for (const f of tags.fandoms) for (const r of f.relationships) addClass(r, 3, tags.tags[r]!.name);
    classes.end();

    const ratingId = new Map<number, number>();
    const ratings = out.rows('ratings');
    tags.ratings.forEach((r, i) => {
      const name = tags.tags[r]!.name;
      ratingId.set(r, i + 1);
      ratings.add([i + 1, RATING_NAMES[name] ?? name, RATING_NAMES[name] === 'NC-17' ? '2' : '0', '']);
    });
    ratings.end();

    const stories = out.rows('stories', 100);
    const coauthors = out.rows('coauthors');
    const chapters = out.rows('chapters', 20);
    const reviews = out.rows('reviews');
    const favorites = out.rows('favorites');
    let chapid = 0;
    let reviewid = 0;
    for (let i = 0; i < model.options.works; i++) {
      const w = model.work(i);
      const sid = i + 1;
      const owner = w.creators[0]! + 1;
      const picked = (m: Map<number, number>) => w.tags.filter((t) => m.has(t)).map((t) => m.get(t)!).join(',');
      const cast = w.tags.filter((t) => charid.has(t)).map((t) => charid.get(t)!.id).join(',');
      const rid = w.tags.map((t) => ratingId.get(t)).find((r) => r !== undefined) ?? 1;
      const chapterIds: number[] = [];
      let words = 0;
      w.chapterWords.forEach((target, n) => {
        const text = model.chapterText(i, n + 1, target);
        const id = ++chapid;
        chapterIds.push(id);
        words += text.words;
        // Stored as eFiction's chapter form stores them (addslashes over the SQL escaping).
        chapters.add([id, addSlashes(w.chapterWords.length > 1 ? `Chapter ${n + 1}` : ''), n + 1, '', addSlashes(text.paragraphs.join('\n\n')), '', '1', text.words, 0, 0, sid, owner, 0]);
      });
      const completed = w.expectedChapters === w.chapterWords.length;
      stories.add([sid, addSlashes(w.title), addSlashes(w.summary), '', picked(catid), picked(classId), cast, String(rid), datetime(w.publishedAt), datetime(w.updatedAt), owner,
        w.creators.length > 1 ? 1 : 0, '0', '1', completed ? '1' : '0', '0', words, 0, w.comments.length, w.hits]);
      for (const c of w.creators.slice(1)) coauthors.add([sid, c + 1]);
      for (const c of w.comments) {
        reviews.add([++reviewid, sid, chapterIds[c.chapter - 1]!, model.users[c.user]!, c.user + 1, c.body, datetime(c.at), -1, '0', 'ST']);
      }
      for (const b of w.bookmarks) favorites.add([b.user + 1, sid, 'ST', '']);
      summary.stories++;
      summary.chapters += chapterIds.length;
      summary.reviews += w.comments.length;
      summary.favorites += w.bookmarks.length;
      if ((i + 1) % 1000 === 0) progress(i + 1);
    }
    for (const sink of [stories, coauthors, chapters, reviews, favorites]) sink.end();
    progress(model.options.works);
  } finally {
    out.close();
  }
  return summary;
}
