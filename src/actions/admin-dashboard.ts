/** The staff's dashboard (/admin): admins see the archive's size and every queue; moderators the queues they work. */
import { archiveCounts, queueSizes, type ArchiveCounts, type Queues } from '../storage/staff-overview.ts';
import { assertStaff } from '../domain/moderation.ts';
import { hasRole, type Viewer } from '../domain/permissions.ts';
import { dayNumber } from '../domain/visits.ts';
import type { Context } from './context.ts';

const WEEK_MS = 7 * 86_400_000;

/** What the dashboard shows; `counts` and the admin-only queues are absent for moderators. */
export interface Dashboard {
  admin: boolean;
  counts?: ArchiveCounts;
  queues: Pick<Queues, 'openReports' | 'validation'> & Partial<Pick<Queues, 'inviteRequests' | 'unsentMail'>>;
}

/** Loads the dashboard for a staff member (Forbidden for anyone else). */
export async function dashboard(ctx: Context, viewer: Viewer): Promise<Dashboard> {
  assertStaff(viewer);
  const now = ctx.now();
  const admin = hasRole(viewer, 'admin');
  const [counts, queues] = await Promise.all([admin ? archiveCounts(ctx.db, now - WEEK_MS, dayNumber(now)) : undefined, queueSizes(ctx.db)]);
  if (!admin) return { admin, queues: { openReports: queues.openReports, validation: queues.validation } };
  return { admin, counts, queues };
}
