/** Small pure readers of eFiction field values: dates, numbers, comma lists. */

/**
 * A date column → ms since epoch, or null. 3.5.5 stores `datetime` (zero dates mean unknown; taken as UTC since
 * the server's zone is not in the dump), the 3.5.6+ fork stores Unix seconds.
 */
export function parseEfDate(value: string | null | undefined): number | null {
  const v = (value ?? '').trim();
  if (!v || /^0+$/.test(v) || v.startsWith('0000-00-00')) return null;
  // Up to the year 9999: a larger number is no date (and would make an invalid Date).
  if (/^\d+$/.test(v)) return v.length <= 11 && Number(v) < 253402300800 ? Number(v) * 1000 : null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(v);
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  return Number.isNaN(ms) || Number(mo) === 0 || Number(d) === 0 ? null : ms;
}

/** YYYY-MM-DD of a timestamp, or ''. */
export const dayOf = (ms: number | null): string => (ms === null ? '' : new Date(ms).toISOString().slice(0, 10));

/** An integer column, or 0. */
export const int = (value: string | null | undefined): number => {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) ? n : 0;
};

/** A comma list of ids (`FIND_IN_SET` style), without blanks and zeros. */
export const idList = (value: string | null | undefined): string[] =>
  (value ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '' && s !== '0');
