/**
 * The works given the most kudos in the last seven days (the home page), as the viewer may see them. Counting a
 * week's kudos reads every one of them, so the week's leading works are counted once a minute per node, for everyone;
 * each viewer's list is then what the listing index admits of them (visibility, posted, not hidden or deleted, their
 * blocklist: the same rules as every listing, current to the last write). A viewer whose blocklist leaves fewer than
 * asked for among those leaders gets the exact answer from the database instead.
 */
import { kudosTalliesSince, mostKudosSince, type KudosTally } from '../storage/kudos.ts';
import { listedWork } from '../storage/works.ts';
import type { Queryable } from '../storage/db.ts';
import { admitWorks } from '../listing-index/query.ts';
import type { ResolvedFilter } from '../storage/work-filter.ts';
import type { Context } from './context.ts';

/** "This week": kudos left in the last seven days. */
export const KUDOS_WEEK_MS = 7 * 24 * 60 * 60 * 1000;
/** How long a node keeps the week's leaders, and how many it keeps. */
const KEEP_MS = 60_000;
const LEADERS = 500;

const kept = new WeakMap<Queryable, { at: number; since: number; tallies: KudosTally[] }>();

/** The week's leaders, counted at most once a minute. */
async function leaders(ctx: Context): Promise<{ since: number; tallies: KudosTally[] }> {
  const now = ctx.now();
  const known = kept.get(ctx.db);
  if (known && now - known.at < KEEP_MS) return known;
  const since = now - KUDOS_WEEK_MS;
  const fresh = { at: now, since, tallies: await kudosTalliesSince(ctx.db, since, LEADERS) };
  kept.set(ctx.db, fresh);
  return fresh;
}

/**
 * Up to `limit` works with the most kudos this week that a viewer may see, most first; `filter` is the viewer's
 * unfiltered listing (filter-works.ts `resolveFilter` of an empty filter): their scope and blocklist.
 */
export async function kudosThisWeek(ctx: Context, filter: ResolvedFilter, limit: number): Promise<KudosTally[]> {
  const [week, index] = await Promise.all([leaders(ctx), ctx.listing.current()]);
  const admitted = new Set(admitWorks(index, filter, week.tallies.map((t) => t.workId)));
  const shown = week.tallies.filter((t) => admitted.has(t.workId)).slice(0, limit);
  if (shown.length === limit || week.tallies.length < LEADERS) return shown;
  return mostKudosSince(ctx.db, week.since, listedWork(filter.scope.visibilities, filter.blocked), limit);
}
