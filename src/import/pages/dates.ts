/**
 * Dates as old archives printed them: `7/5/03` (American month first, eFiction's and FanFiction.Net's
 * default), `05/07/03` (day first, as British and European archives printed them), `2003-07-05`, `July 5th, 2003`,
 * `5 Jul 2003`, `Jul. 5th, 2003 at 10:22 pm` (LiveJournal).
 *
 * One page prints all its dates one way, so whether `03/04/05` is day or month first is decided from every date
 * on the page: a part over 12 can only be a day. A page with no such date stays ambiguous (read month first, with
 * a warning).
 */

/** How a page writes numeric dates. */
export type DateOrder = 'day-first' | 'month-first';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const monthOf = (name: string): number | null => {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i < 0 ? null : i + 1;
};

// Two-digit years: '03 is 2003, '98 is 1998 (no archive printed a date before 1970).
const fullYear = (y: number, digits: number): number => (digits <= 2 ? (y < 50 ? 2000 + y : 1900 + y) : y);

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1970 || y > 2100) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return date.toISOString().slice(0, 10);
}

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR_FIRST = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/;
const MONTH_NAME_FIRST = new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+(\\d{4}|'?\\d{2})\\b`, 'i');
const DAY_FIRST_NAMED = new RegExp(`\\b${DAY}(?:\\s+of)?\\s+${MONTH},?\\s+(\\d{4}|'?\\d{2})\\b`, 'i');
const NUMERIC = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\b/;

/** A date found in a text: where it is, and the day it names (null when it names none, like 2/30/2004). */
export interface FoundDate {
  iso: string | null;
  index: number;
  length: number;
}

const yearOf = (s: string): number => fullYear(Number(s.replace("'", '')), s.replace("'", '').length);

/** The first date in `text`; numeric day/month order by `order` unless a part over 12 (or dots, European) says. */
export function findDate(text: string, order: DateOrder | null = null): FoundDate | null {
  let m = YEAR_FIRST.exec(text);
  if (m) return { iso: iso(Number(m[1]), Number(m[2]), Number(m[3])), index: m.index, length: m[0].length };
  m = MONTH_NAME_FIRST.exec(text);
  if (m) return { iso: iso(yearOf(m[3]!), monthOf(m[1]!)!, Number(m[2])), index: m.index, length: m[0].length };
  m = DAY_FIRST_NAMED.exec(text);
  if (m) return { iso: iso(yearOf(m[3]!), monthOf(m[2]!)!, Number(m[1])), index: m.index, length: m[0].length };
  m = NUMERIC.exec(text);
  if (m) {
    const [a, b, y] = [Number(m[1]), Number(m[3]), yearOf(m[4]!)];
    const dayFirst = a > 12 || (b <= 12 && (order === 'day-first' || (order === null && m[2] === '.')));
    return { iso: dayFirst ? iso(y, b, a) : iso(y, a, b), index: m.index, length: m[0].length };
  }
  return null;
}

/** The first date in `text` as YYYY-MM-DD, or null. Numeric dates follow `order`; without one, American unless the first number cannot be a month. */
export function parseDate(text: string, order: DateOrder | null = null): string | null {
  return findDate(text, order)?.iso ?? null;
}

/** What the numeric dates of a page say about their order. */
export interface PageDates {
  /** The order a part over 12 showed, or null when none did (or dates showed both). */
  order: DateOrder | null;
  /** Numeric dates that read differently day first and month first (03/04/05, not 05/05/05). */
  ambiguous: string[];
  /** Dates showed both orders (13/01/05 and 01/13/05). */
  conflicting: boolean;
}

const ALL_NUMERIC = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\b/g;

/** Reads every numeric date of a page (its text or its markup) for the order they are written in. */
export function pageDates(text: string): PageDates {
  let dayFirst = false;
  let monthFirst = false;
  const ambiguous: string[] = [];
  for (const m of text.matchAll(ALL_NUMERIC)) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    // Version numbers and times are not dates: both parts must be a day or a month.
    if (a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12)) continue;
    // Dots with a short year are as often a version number (1.15.02) as a date.
    if (m[2] === '.' && m[4]!.length !== 4) continue;
    if (a > 12) dayFirst = true;
    else if (b > 12) monthFirst = true;
    else if (a !== b && m[2] !== '.' && !ambiguous.includes(m[0])) ambiguous.push(m[0]);
  }
  return { order: dayFirst === monthFirst ? null : dayFirst ? 'day-first' : 'month-first', ambiguous, conflicting: dayFirst && monthFirst };
}

const DATE_WORD = /^[[(]?\s*(?:(posted|published|first posted|written|updated|last updated|date)(?:\s+on)?\s*:?\s*)?/i;

/** A line that is only a date ("14/03/05", "Posted on 3/14/05", "[Updated 2005-03-14]"): which date, and the day. */
export function dateLine(line: string, order: DateOrder | null = null): { field: 'published' | 'updated'; iso: string } | null {
  const s = line.trim();
  if (s.length > 60) return null;
  const word = DATE_WORD.exec(s)!;
  const rest = s.slice(word[0].length);
  const found = findDate(rest, order);
  if (!found?.iso || found.index !== 0 || !/^[\s)\].]*$/.test(rest.slice(found.length))) return null;
  return { field: /updated/i.test(word[1] ?? '') ? 'updated' : 'published', iso: found.iso };
}
