/**
 * How eFiction 3.5 showed each field it stored. Its forms add `addslashes()` on top of the SQL escaping for some
 * fields (stories.php: story and chapter fields; series.php: series title and summary), and its pages show most text
 * through `stripslashes()`, directly or inside `format_story()`: `Quill\'s Lantern` in the table read "Quill's
 * Lantern" on the page. A field shown as stored keeps every backslash, since a reader saw them. This is the one
 * table of those rules (read from eFiction 3.5.5's display code, cited per field); the import reads every field
 * through it before mapping anything.
 */
import type { EfRecords, EfRow } from './read.ts';

/** What eFiction's pages did to a field before showing it. */
export type Shown = 'stripslashes' | 'as stored';

/** A field's rule, or a rule that depends on the row (a favorite's comment is shown by one of three pages). */
type Rule = Shown | ((row: EfRow) => Shown);

/** PHP's stripslashes: a backslash escapes the character after it (`\\` → `\`, `\0` → NUL), and a lone trailing one goes. */
export const stripSlashes = (text: string): string => text.replace(/\\(.?)/gs, (_, c: string) => (c === '0' ? '\0' : c));

/** table → column → how eFiction showed it. Columns not named here are ids, flags, dates or lists: never text. */
export const DISPLAY: Record<string, Record<string, Rule>> = {
  stories: {
    title: 'stripslashes', // viewstory.php:83, storyblock.php:38
    summary: 'stripslashes', // storyblock.php:40, header.php:204
    storynotes: 'stripslashes', // viewstory.php:92 format_story
  },
  chapters: {
    title: 'stripslashes', // viewstory.php:258, 268
    notes: 'stripslashes', // viewstory.php:107 format_story
    endnotes: 'stripslashes', // viewstory.php:128 format_story
    storytext: 'stripslashes', // viewstory.php:123 format_story (chapter files too: CHAPTER_FILE)
  },
  series: {
    title: 'stripslashes', // viewseries.php:46, seriesblock.php:30
    summary: 'stripslashes', // viewseries.php:47, seriesblock.php:31
  },
  challenges: {
    title: 'stripslashes', // modules/challenges/challenges.php:283
    summary: 'stripslashes', // challenges.php:284
    challenger: 'stripslashes', // challenges.php:282
  },
  reviews: {
    review: 'stripslashes', // reviews.php:386 (the author's response is part of it)
    reviewer: 'as stored', // reviews.php: the name is printed as the form stored it
  },
  authors: {
    penname: 'as stored', // viewuser.php:58 and viewstory.php:100 print it as stored
    realname: 'as stored', // user/profile.php:38
    bio: 'stripslashes', // user/profile.php:44
    email: 'as stored',
  },
  authorinfo: { info: 'stripslashes' }, // user/profile.php:65
  categories: {
    category: 'stripslashes', // includes/pagesetup.php:37, header.php:294
    description: 'stripslashes', // browse/categories.php:59
  },
  characters: { charname: 'stripslashes' }, // includes/pagesetup.php:42
  classes: { class_name: 'stripslashes' }, // includes/pagesetup.php:47
  classtypes: { classtype_title: 'stripslashes', classtype_name: 'as stored' }, // includes/pagesetup.php:52
  ratings: { rating: 'as stored', warningtext: 'as stored' }, // includes/pagesetup.php:56, viewstory.php:56
  favorites: {
    // favau.php:115 shows an author favorite through format_story; favst.php:99 and favse.php:94 only strip tags.
    comments: (row) => ((row.type ?? '').trim().toUpperCase() === 'AU' ? 'stripslashes' : 'as stored'),
  },
};

/** Chapter files (store = files) are shown through format_story, as `chapters.storytext` is. */
export const CHAPTER_FILE: Shown = 'stripslashes';

/** How eFiction showed `table.column` of `row`. */
export function shownAs(table: string, column: string, row: EfRow): Shown {
  const rule = DISPLAY[table]?.[column];
  if (rule === undefined) return 'as stored';
  return typeof rule === 'function' ? rule(row) : rule;
}

/** A value as eFiction showed it. */
export const shownValue = (how: Shown, value: string): string => (how === 'stripslashes' ? stripSlashes(value) : value);

/** One row as eFiction showed it. */
export function shownRow(table: string, row: EfRow): EfRow {
  const rules = DISPLAY[table];
  if (!rules) return row;
  const out: EfRow = { ...row };
  for (const column of Object.keys(rules)) {
    const value = row[column];
    if (value != null) out[column] = shownValue(shownAs(table, column, row), value);
  }
  return out;
}

/** Every table's rows as eFiction showed them (a copy: the records read stay as stored). */
export function shownRecords(r: EfRecords): EfRecords {
  const tables = new Map([...r.tables].map(([name, rows]) => [name, rows.map((row) => shownRow(name, row))]));
  return { ...r, tables };
}
