/** A moderation action taken from a report closes that report in the same transaction (reports' actions/resolve-report.ts). */
import type { Context } from '../../actions/context.ts';
import type { Account } from '../../domain/account.ts';
import type { Queryable } from '../../storage/db.ts';
import { resolveReport } from '../../actions/resolve-report.ts';

/** The report id a form or query carries, when it is one. */
export function reportIdOf(text: string | undefined): number | undefined {
  return text && /^[1-9]\d{0,15}$/.test(text) ? Number(text) : undefined;
}

/** What to run inside the action's transaction to close the report, or undefined when the action came from no report. */
export function closeReportWith(ctx: Context, reportId: number | undefined, note: string): ((tx: Queryable, actor: Account) => Promise<void>) | undefined {
  return reportId === undefined ? undefined : (tx, actor) => resolveReport(ctx, tx, actor, reportId, note);
}
