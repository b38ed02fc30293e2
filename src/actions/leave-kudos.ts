/** Leaving kudos on a work: once per account, once per guest address per day, never on one's own work. */
import { readableWork } from './read-work.ts';
import { insertKudos } from '../storage/kudos.ts';
import { addToCounters } from '../storage/works.ts';
import { addDailyKudos } from '../storage/work-daily-stats.ts';
import { dayNumber } from '../domain/visits.ts';
import { canLeaveKudos } from '../domain/kudos.ts';
import { Forbidden } from '../domain/errors.ts';
import type { Viewer } from '../domain/permissions.ts';
import type { Context } from './context.ts';
import { assertMayParticipate } from './site-policy.ts';
import { t } from '../i18n/translate.ts';

/** What became of a kudos: left now, or left before (not an error: the reader pressed the button twice). */
export type KudosOutcome = 'left' | 'already';

/** Leaves kudos on a work the viewer may see; guests are told apart by `guestKey` (see services/visitor-keys.ts). */
export async function leaveKudos(ctx: Context, viewer: Viewer, input: { workId: number; guestKey: string }): Promise<KudosOutcome> {
  if (viewer) await assertMayParticipate(ctx, viewer);
  // readableWork applies the reading rules: hidden works are NotFound, registered-only ones ask guests to log in.
  const { work, access } = await readableWork(ctx, viewer, input.workId);
  if (!canLeaveKudos(viewer, access)) throw new Forbidden(t('errors.kudos.own'));
  const left = await ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    const inserted = await insertKudos(tx, { workId: work.id, userId: viewer?.id ?? null, guestKey: viewer ? null : input.guestKey, now });
    if (inserted) {
      await addToCounters(tx, work.id, { kudos: 1 });
      await addDailyKudos(tx, work.id, dayNumber(now));
    }
    return inserted;
  });
  return left ? 'left' : 'already';
}
