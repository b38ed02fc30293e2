/**
 * The home page's lists, each limited to what the viewer may see with their blocklist applied: every media type's
 * fandoms with the most works, the works given the most kudos in the last seven days, and the latest updates.
 */
import { listedWork, recentWorkIds } from '../storage/works.ts';
import { emptyFilter } from '../domain/work-filter.ts';
import type { Viewer } from '../domain/permissions.ts';
import { resolveFilter } from './filter-works.ts';
import { listWorks, type WorkBlurb } from './list-works.ts';
import { mediaIndex, type MediaSummary } from './fandom-index.ts';
import { kudosThisWeek } from './kudos-week.ts';
import type { Context } from './context.ts';

/** How many of each list the home page shows. */
export const HOME_RECENT = 20;
export const HOME_KUDOS = 10;
export const HOME_FANDOMS_PER_MEDIA = 5;

/** A work and the kudos it was given this week. */
export interface KudosOfWeek {
  blurb: WorkBlurb;
  kudos: number;
}

/** What the home page lists. */
export interface HomeLists {
  /** Media types with at least one fandom the viewer may see works in, each with its top fandoms. */
  media: MediaSummary[];
  kudosWeek: KudosOfWeek[];
  recent: WorkBlurb[];
}

/** The home page's lists for `viewer`. */
export async function homeLists(ctx: Context, viewer: Viewer): Promise<HomeLists> {
  // The viewer's unfiltered listing: their scope and blocklist, resolved once for all three lists.
  const filter = await resolveFilter(ctx.db, viewer, emptyFilter(), {});
  const [media, recentIds, tallies] = await Promise.all([
    mediaIndex(ctx, viewer, HOME_FANDOMS_PER_MEDIA, { tagIds: [...filter.blockedTagIds], userIds: [...filter.blockedUserIds] }),
    recentWorkIds(ctx.db, listedWork(filter.scope.visibilities, filter.blocked), HOME_RECENT),
    kudosThisWeek(ctx, filter, HOME_KUDOS),
  ]);
  const [recent, liked] = await Promise.all([listWorks(ctx, viewer, recentIds), listWorks(ctx, viewer, tallies.map((t) => t.workId))]);
  const blurbOf = new Map(liked.map((b) => [b.work.id, b]));
  return {
    media: media.filter((m) => m.top.length > 0),
    kudosWeek: tallies.flatMap((t) => {
      const blurb = blurbOf.get(t.workId);
      return blurb ? [{ blurb, kudos: t.kudos }] : [];
    }),
    recent,
  };
}
