/** The page revision counters of migration 14: what a cached work page was rendered from. */
import { sql } from './sql.ts';
import type { Queryable } from './db.ts';

/** The PostgreSQL channel every bump is announced on (migration 31), as "<scope> <revision>". */
export const PAGE_REVISION_CHANNEL = 'page_revisions';
/** The payload announcing that a transaction logged listing changes (migration 34). */
export const LISTING_NOTICE = 'listing';

/** The site's scope: settings and anything shown on many pages (tag and user names, series, collections). */
export const SITE_SCOPE = 0;

/** A work's page revision and the site's, as one string that changes whenever either counter moves. */
export const revisionKey = (work: number, site: number): string => `${work}.${site}`;

/** The counters of a work and of the site (a work never changed since the counters began is at 0). */
export async function workAndSiteRevisions(db: Queryable, workId: number): Promise<{ work: number; site: number }> {
  const row = await db.get<{ work: number | null; site: number | null }>(sql`SELECT
    (SELECT revision FROM page_revisions WHERE scope_id = ${workId}) AS work,
    (SELECT revision FROM page_revisions WHERE scope_id = ${SITE_SCOPE}) AS site`);
  return { work: Number(row?.work ?? 0), site: Number(row?.site ?? 0) };
}

/** The site-wide page revision (scope 0): moves with settings and with any change to a tag, user name, series or collection. */
export async function sitePageRevision(db: Queryable): Promise<number> {
  const row = await db.get<{ revision: number }>(sql`SELECT revision FROM page_revisions WHERE scope_id = ${SITE_SCOPE}`);
  return Number(row?.revision ?? 0);
}

/** Sends `payload` on the channel (PostgreSQL): delivered to every listener after every change committed before it. */
export async function announce(db: Queryable, payload: string): Promise<void> {
  await db.get(sql`SELECT pg_notify(${PAGE_REVISION_CHANNEL}, ${payload}) AS sent`);
}

/** The member of a "member <id>" notice (migration 35: something a member's session query reads changed). */
export function parseMemberNotice(payload: string): number | undefined {
  const match = /^member (\d+)$/.exec(payload);
  const member = match ? Number(match[1]) : undefined;
  return member !== undefined && Number.isSafeInteger(member) ? member : undefined;
}

/** A notification's payload read back, or undefined for anything else on the channel. */
export function parseRevisionNotice(payload: string): { scope: number; revision: number } | undefined {
  const match = /^(\d+) (\d+)$/.exec(payload);
  if (!match) return undefined;
  const scope = Number(match[1]);
  const revision = Number(match[2]);
  return Number.isSafeInteger(scope) && Number.isSafeInteger(revision) ? { scope, revision } : undefined;
}
