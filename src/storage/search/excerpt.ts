/**
 * Search excerpts computed here rather than by the database: FTS5's snippet() scores every window around every
 * instance of the words, so one chapter repeating a searched word took 22 s at 500 KB and 87 s at 1 MB (measured),
 * holding the event loop, since node:sqlite is synchronous; ts_headline parses its whole text too. Both engines
 * now read the first EXCERPT_WINDOW characters of the chosen chapter and this finds the first match there, words
 * read as FTS5's unicode61 tokenizer reads them (letters, digits and private-use characters; case and diacritics
 * folded). A chapter whose first match lies further in shows no excerpt: a bound, not a full scan.
 */
import { MARK_OPEN, MARK_CLOSE } from './snippet.ts';

/**
 * Characters of a chapter read for its excerpt: the work is linear in it (1–3 ms of CPU for 64 K characters without
 * a match, 5–7 ms for accented text, measured on a loaded machine), and a page has up to 20 excerpts. 32 K characters
 * hold a typical chapter whole (~5,500 words).
 */
export const EXCERPT_WINDOW = 32 * 1024;
/** Words shown in an excerpt, as snippet() was asked for. */
export const EXCERPT_WORDS = 24;
/** Words shown before the first match, so it reads in context. */
const LEAD = 5;

// The combining diacritics FTS5 reads as part of a word and then drops (found by comparing with fts5vocab).
const DIACRITIC = '\u0300-\u0304\u0306-\u030c\u030f\u0311\u031b\u0323-\u0328\u032d\u032e\u0330\u0331';
const TOKEN = new RegExp(`[\\p{L}\\p{N}\\p{Co}${DIACRITIC}]+`, 'gu');
const IS_DIACRITIC = new RegExp(`^[${DIACRITIC}]$`);
// A precomposed letter that is a plain Latin letter under those diacritics (ǖ, ḗ, ự) folds to that letter; others
// (ǿ, Greek ά, Cyrillic й) stay as they are.
const LATIN_UNDER_DIACRITICS = new RegExp(`^[a-z][${DIACRITIC}]+$`);
const ASCII = /^[\x00-\x7f]*$/;

/** A word as the index compares it: lower-cased, diacritics removed (unicode61 with remove_diacritics 2). */
export function foldWord(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase();
  let out = '';
  for (const ch of word.toLowerCase()) {
    if (IS_DIACRITIC.test(ch)) continue;
    const parts = ch.normalize('NFD');
    out += parts.length > 1 && LATIN_UNDER_DIACRITICS.test(parts) ? parts[0] : ch;
  }
  // unicode61 folds final sigma as sigma.
  return out.replaceAll('ς', 'σ');
}

/** The folded words of a query term (a word or a phrase), as the index splits it. */
export const termWords = (term: string): string[] => (term.match(TOKEN) ?? []).map(foldWord).filter(Boolean);

// Letters and digits of ASCII, looked up by char code: most text is ASCII, and a word needs no string of its own
// until it has the length of a word searched for.
const ASCII_WORD = new Uint8Array(128).map((_, c) => Number(/[A-Za-z0-9]/.test(String.fromCharCode(c))));
const TOKEN_CHAR = new RegExp(`^[\\p{L}\\p{N}\\p{Co}${DIACRITIC}]$`, 'u');
const tokenChars = new Map<number, boolean>();

/** The length of the character at `i` (1 or 2 code units), negative when it is not part of a word. */
function charAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c] ? 1 : -1;
  const pair = c >= 0xd800 && c < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
  const cp = pair ? text.codePointAt(i)! : c;
  let word = tokenChars.get(cp);
  if (word === undefined) tokenChars.set(cp, (word = TOKEN_CHAR.test(String.fromCodePoint(cp))));
  return (word ? 1 : -1) * (pair ? 2 : 1);
}

/** The words of a text, read one at a time from the start, folded only when compared. */
class Words {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /** Folded words by index: non-ASCII ones as they are read, ASCII ones once compared. */
  private readonly folded = new Map<number, string>();
  private at = 0;
  private readonly text: string;
  private readonly limit: number;
  constructor(text: string, truncated: boolean) {
    this.text = text;
    // The last word of a truncated text may be cut short: it is not read.
    this.limit = truncated ? text.length - 1 : text.length;
  }
  get count(): number {
    return this.starts.length;
  }
  /** Reads the next word; false at the end. */
  next(): boolean {
    const t = this.text;
    const length = t.length;
    for (;;) {
      let i = this.at;
      let n = 0;
      while (i < length && (n = charAt(t, i)) < 0) i -= n;
      if (i >= length) return false;
      const start = i;
      let ascii = true;
      for (;;) {
        const c = t.charCodeAt(i);
        if (c < 128) {
          if (!ASCII_WORD[c]) break;
          i++;
        } else if ((n = charAt(t, i)) > 0) {
          ascii = false;
          i += n;
        } else break;
        if (i >= length) break;
      }
      this.at = i;
      if (i > this.limit) return false;
      const index = this.starts.length;
      if (!ascii) {
        const folded = foldWord(t.slice(start, i));
        if (folded === '') continue; // combining marks alone are no word
        this.folded.set(index, folded);
      }
      this.starts.push(start);
      this.ends.push(i);
      return true;
    }
  }
  /** Whether word `i` is `w` (folded). */
  is(i: number, w: string): boolean {
    let f = this.folded.get(i);
    if (f === undefined) {
      if (this.ends[i]! - this.starts[i]! !== w.length) return false;
      f = this.text.slice(this.starts[i], this.ends[i]).toLowerCase();
      this.folded.set(i, f);
    }
    return f === w;
  }
  /** Whether `term` (folded words) ends at word `i`. */
  endsWith(i: number, term: readonly string[]): boolean {
    if (i + 1 < term.length) return false;
    for (let k = term.length - 1; k >= 0; k--) if (!this.is(i + 1 - term.length + k, term[k]!)) return false;
    return true;
  }
}

/**
 * An excerpt of `text` around the first match of any of `terms` (words or phrases), every match inside it marked
 * with MARK_OPEN/MARK_CLOSE and '…' where text was left out; null when none matches. `truncated` says that `text`
 * is the start of something longer, so its last word may be cut and is not matched.
 */
export function excerpt(text: string, terms: readonly string[], truncated = false, words = EXCERPT_WORDS): string | null {
  const wanted = terms.map(termWords).filter((t) => t.length > 0);
  if (wanted.length === 0) return null;
  const list = new Words(text, truncated);
  let from = -1;
  let last = -1;
  while (list.next()) {
    const i = list.count - 1;
    if (from < 0) {
      const term = wanted.find((t) => list.endsWith(i, t));
      if (term) {
        from = Math.max(i + 1 - term.length - LEAD, 0);
        last = from + Math.max(words, term.length + LEAD) - 1;
      }
    }
    if (from >= 0 && i >= last) break;
  }
  if (from < 0) return null;
  const to = Math.min(last, list.count - 1);
  // Every match inside the excerpt, overlapping ones joined.
  const marks: Array<[number, number]> = [];
  for (let i = from; i <= to; i++) {
    for (const t of wanted) {
      if (i + 1 - t.length < from || !list.endsWith(i, t)) continue;
      let start = i + 1 - t.length;
      while (marks.length && start <= marks.at(-1)![1]) start = Math.min(start, marks.pop()![0]);
      marks.push([start, i]);
    }
  }
  let out = from > 0 ? '…' : '';
  let at = list.starts[from]!;
  for (const [a, b] of marks) {
    out += `${text.slice(at, list.starts[a])}${MARK_OPEN}${text.slice(list.starts[a], list.ends[b])}${MARK_CLOSE}`;
    at = list.ends[b]!;
  }
  out += text.slice(at, list.ends[to]);
  const more = truncated || list.next();
  return more ? `${out}…` : out;
}
