/**
 * Dates as old archives printed them: `7/5/03` (American month first, eFiction's and FanFiction.Net's
 * default), `2003-07-05`, `July 5th, 2003`, `5 Jul 2003`, `Jul. 5th, 2003 at 10:22 pm` (LiveJournal).
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const monthOf = (name: string): number | null => {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i < 0 ? null : i + 1;
};

const fullYear = (y: number, digits: number): number => (digits <= 2 ? (y < 50 ? 2000 + y : 1900 + y) : y);

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1970 || y > 2100) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return date.toISOString().slice(0, 10);
}

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

/** The first date in `text` as YYYY-MM-DD, or null. Numeric day/month order is American unless the first number cannot be a month. */
export function parseDate(text: string): string | null {
  let m = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/.exec(text);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+(\\d{4}|'?\\d{2})\\b`, 'i').exec(text);
  if (m) return iso(fullYear(Number(m[3]!.replace("'", '')), m[3]!.replace("'", '').length), monthOf(m[1]!)!, Number(m[2]));
  m = new RegExp(`\\b${DAY}(?:\\s+of)?\\s+${MONTH},?\\s+(\\d{4}|'?\\d{2})\\b`, 'i').exec(text);
  if (m) return iso(fullYear(Number(m[3]!.replace("'", '')), m[3]!.replace("'", '').length), monthOf(m[2]!)!, Number(m[1]));
  m = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\b/.exec(text);
  if (m) {
    const [a, b, y] = [Number(m[1]), Number(m[3]), fullYear(Number(m[4]), m[4]!.length)];
    // Dots are European (5.7.2003); slashes American unless the first number is over 12.
    const dayFirst = m[2] === '.' || a > 12;
    return dayFirst ? iso(y, b, a) : iso(y, a, b);
  }
  return null;
}
