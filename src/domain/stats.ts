/**
 * Authors' statistics (AO3's /users/{login}/stats): which period and order a page asks for, and the arithmetic on
 * the figures (sorting, totals, a chart's days). Days are UTC day numbers (domain/visits.ts), as hits are counted.
 */
import { dayNumber } from './visits.ts';
import { t } from '../i18n/translate.ts';

const DAY_MS = 86_400_000;

/** The columns a statistics table sorts by. */
export const STAT_COLUMNS = ['title', 'date', 'words', 'hits', 'kudos', 'comments', 'bookmarks', 'subscriptions'] as const;
export type StatColumn = (typeof STAT_COLUMNS)[number];
export type SortDirection = 'asc' | 'desc';

/** The chart's ranges: the last so many days, today included. */
export const CHART_RANGES = [7, 30, 90, 365] as const;
export type ChartRange = (typeof CHART_RANGES)[number];

/** One work's figures in a period. */
export interface WorkFigures {
  workId: number;
  title: string;
  publishedAt: number;
  words: number;
  hits: number;
  kudos: number;
  comments: number;
  bookmarks: number;
  subscriptions: number;
  /** Moderators hid it, or it waits for validation: still the author's, still counted. */
  removal: 'hidden' | 'pending' | null;
}

/** The sums of a column set over works. */
export type Totals = Pick<WorkFigures, 'words' | 'hits' | 'kudos' | 'comments' | 'bookmarks' | 'subscriptions'>;

/** One day of a chart. */
export interface DayFigures {
  day: number;
  hits: number;
  kudos: number;
}

/** What a statistics page asks for. */
export interface StatsQuery {
  /** A calendar year (UTC), or null for all time. */
  year: number | null;
  sort: StatColumn;
  direction: SortDirection;
  range: ChartRange;
  /** The one work the chart shows, or null for all of them. */
  workId: number | null;
}

// AO3's own sort_column values, so its links keep working here.
const AO3_COLUMNS: Record<string, StatColumn> = {
  word_count: 'words', 'kudos.count': 'kudos', comment_thread_count: 'comments', 'bookmarks.count': 'bookmarks', 'subscriptions.count': 'subscriptions',
};

/** The direction a column sorts in when first chosen: names A to Z, numbers and dates largest first. */
export const firstDirection = (column: StatColumn): SortDirection => (column === 'title' ? 'asc' : 'desc');

/** Reads a page's query; anything unreadable falls back to the default and is named in `problems`. */
export function parseStatsQuery(params: URLSearchParams): { query: StatsQuery; problems: string[] } {
  const problems: string[] = [];
  const rawYear = params.get('year') ?? '';
  let year: number | null = null;
  if (/^\d{4}$/.test(rawYear)) year = Number(rawYear);
  else if (rawYear !== '' && rawYear !== 'all' && rawYear !== 'All Years') problems.push(t('errors.stats.not_a_year', { year: rawYear }));

  const rawSort = params.get('sort_column') ?? '';
  const sort = (STAT_COLUMNS as readonly string[]).includes(rawSort) ? (rawSort as StatColumn) : AO3_COLUMNS[rawSort];
  if (rawSort !== '' && !sort) problems.push(t('errors.stats.sort', { sort: rawSort }));
  const column = sort ?? 'hits';

  const rawDirection = (params.get('sort_direction') ?? '').toLowerCase();
  if (rawDirection !== '' && rawDirection !== 'asc' && rawDirection !== 'desc') problems.push(t('errors.stats.direction'));
  const direction = rawDirection === 'asc' || rawDirection === 'desc' ? rawDirection : firstDirection(column);

  const rawRange = params.get('range') ?? '';
  const range = CHART_RANGES.find((r) => String(r) === rawRange);
  if (rawRange !== '' && !range) problems.push(t('errors.stats.range', { ranges: CHART_RANGES.join(', ') }));

  const rawWork = params.get('work') ?? '';
  if (rawWork !== '' && rawWork !== 'all' && !/^\d{1,15}$/.test(rawWork)) problems.push(t('errors.stats.not_yours'));
  const workId = /^\d{1,15}$/.test(rawWork) ? Number(rawWork) : null;

  return { query: { year, sort: column, direction, range: range ?? 30, workId }, problems };
}

/** A year's first millisecond and the next year's (UTC), and the same as day numbers. */
export function yearBounds(year: number): { from: number; to: number; fromDay: number; toDay: number } {
  const from = Date.UTC(year, 0, 1);
  const to = Date.UTC(year + 1, 0, 1);
  return { from, to, fromDay: dayNumber(from), toDay: dayNumber(to) };
}

/** The UTC year of a time. */
export const yearOf = (ms: number): number => new Date(ms).getUTCFullYear();

/** The years a selector offers: from the first work's year to this year, newest first. */
export function statYears(firstPublished: number | null, now: number): number[] {
  const last = yearOf(now);
  const first = firstPublished === null ? last : Math.min(yearOf(firstPublished), last);
  return Array.from({ length: last - first + 1 }, (_, i) => last - i);
}

/** Sorts works by a column (ties: title, then newest first, so the order is stable). */
export function sortFigures(rows: readonly WorkFigures[], column: StatColumn, direction: SortDirection): WorkFigures[] {
  const sign = direction === 'asc' ? 1 : -1;
  const value = (r: WorkFigures): number | string => (column === 'title' ? r.title.toLocaleLowerCase('en') : column === 'date' ? r.publishedAt : r[column]);
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    const primary = typeof va === 'string' ? va.localeCompare(vb as string, 'en') : va - (vb as number);
    return primary * sign || a.title.localeCompare(b.title, 'en') || b.workId - a.workId;
  });
}

/** The sums over works (words: the works' current lengths). */
export function totalsOf(rows: readonly WorkFigures[]): Totals {
  const t: Totals = { words: 0, hits: 0, kudos: 0, comments: 0, bookmarks: 0, subscriptions: 0 };
  for (const r of rows) for (const k of Object.keys(t) as (keyof Totals)[]) t[k] += r[k];
  return t;
}

/** The chart's days: the last `range` days up to and including `now`'s day. */
export function chartDays(now: number, range: ChartRange): { fromDay: number; toDay: number } {
  const toDay = dayNumber(now);
  return { fromDay: toDay - range + 1, toDay };
}

/** Every day from `fromDay` to `toDay`, with the stored figures where there are some and zeros elsewhere. */
export function fillDays(stored: readonly DayFigures[], fromDay: number, toDay: number): DayFigures[] {
  const byDay = new Map(stored.map((d) => [d.day, d]));
  const days: DayFigures[] = [];
  for (let day = fromDay; day <= toDay; day++) days.push(byDay.get(day) ?? { day, hits: 0, kudos: 0 });
  return days;
}

/** The first millisecond of a day number. */
export const dayStart = (day: number): number => day * DAY_MS;
