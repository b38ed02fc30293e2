/**
 * An author's statistics page (AO3's /users/{login}/stats): their works' figures for a year or all time, sorted,
 * and a chart of hits and kudos per day. Only the account holder sees it: for anyone else, guests and staff
 * included, there is no such page (404), so nothing about a work's reach leaks. A co-creator sees a shared work
 * on their own page.
 */
import { userByLogin } from '../storage/users.ts';
import { authorDailyFigures, authorSubscribers, authorWorkFigures, type Period } from '../storage/author-stats.ts';
import { chartDays, fillDays, parseStatsQuery, sortFigures, statYears, totalsOf, yearBounds, type DayFigures, type StatsQuery, type Totals, type WorkFigures } from '../domain/stats.ts';
import { canEditAccount, type Viewer } from '../domain/permissions.ts';
import { NotFound } from '../domain/errors.ts';
import type { Account } from '../domain/account.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** Everything the page shows. */
export interface AuthorStats {
  user: Account;
  query: StatsQuery;
  /** What in the query could not be read (each fell back to its default). */
  problems: string[];
  /** The years the selector offers, newest first. */
  years: number[];
  works: WorkFigures[];
  totals: Totals;
  /** Accounts subscribed to the author (in the year, or all time). */
  subscribers: number;
  /** The chart: every day of its range, and the work it shows (null: all works). */
  days: DayFigures[];
  chartWork: WorkFigures | null;
}

/** The statistics of `login` as `viewer` asked for them in `params`. */
export async function authorStats(ctx: Context, viewer: Viewer, login: string, params: URLSearchParams): Promise<AuthorStats> {
  const user = await userByLogin(ctx.db, login);
  if (!user || !canEditAccount(viewer, user.id)) throw new NotFound(t('errors.stats.none'));
  const { query, problems } = parseStatsQuery(params);
  const now = ctx.now();
  const allTime = await authorWorkFigures(ctx.db, user.id);
  const years = statYears(allTime.length ? Math.min(...allTime.map((w) => w.publishedAt)) : null, now);
  if (query.year !== null && !years.includes(query.year)) {
    problems.push(t('errors.stats.no_year', { year: String(query.year) }));
    query.year = null;
  }
  const period: Period | undefined = query.year === null ? undefined : yearBounds(query.year);
  const works = period ? await authorWorkFigures(ctx.db, user.id, period) : allTime;

  // The chart may show one work, but only one of the author's own (among all of them, whatever the year).
  const chartWork = query.workId === null ? null : (allTime.find((w) => w.workId === query.workId) ?? null);
  if (query.workId !== null && !chartWork) {
    problems.push(t('errors.stats.not_yours'));
    query.workId = null;
  }
  const { fromDay, toDay } = chartDays(now, query.range);
  const days = fillDays(await authorDailyFigures(ctx.db, user.id, fromDay, toDay, query.workId), fromDay, toDay);

  return {
    user, query, problems, years, works: sortFigures(works, query.sort, query.direction), totals: totalsOf(works),
    subscribers: await authorSubscribers(ctx.db, user.id, period), days, chartWork,
  };
}
