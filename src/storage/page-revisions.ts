/** The page revision counters of migration 14: what a cached work page was rendered from. */
import { sql } from './sql.ts';
import type { Queryable } from './db.ts';

/**
 * The revision of a work's page and of the site, as one string that changes whenever either counter moves
 * (a work never changed since the counters began is at 0).
 */
export async function workPageRevision(db: Queryable, workId: number): Promise<string> {
  const row = await db.get<{ work: number | null; site: number | null }>(sql`SELECT
    (SELECT revision FROM page_revisions WHERE scope_id = ${workId}) AS work,
    (SELECT revision FROM page_revisions WHERE scope_id = 0) AS site`);
  return `${row?.work ?? 0}.${row?.site ?? 0}`;
}

/** The site-wide page revision (scope 0): moves with settings and with any change to a tag, user name, series or collection. */
export async function sitePageRevision(db: Queryable): Promise<number> {
  const row = await db.get<{ revision: number }>(sql`SELECT revision FROM page_revisions WHERE scope_id = 0`);
  return Number(row?.revision ?? 0);
}
