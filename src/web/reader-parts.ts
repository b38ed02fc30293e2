/**
 * What a member's reading page shows of their own, read once for the page and handed to every block that shows it:
 * the Subscribe and Mark for Later buttons, the bookmark form, the comment form's pseud menu. On PostgreSQL the work
 * page's routes read these columns with the session's query (one round trip for the member's whole part of the
 * page, itself kept until the member's data changes); on SQLite they take one statement each, kept while the
 * database has not changed (unchanged-reads.ts).
 * Each block used to read its own.
 */
import type { FastifyRequest } from 'fastify';
import { workMarksColumns, workMarksFrom, workMarksOf, type WorkMarks, type WorkMarksRow } from '../storage/member-work-marks.ts';
import { pseudsColumn, pseudsFromColumn, pseudsOf } from '../storage/pseuds.ts';
import { readUnlessChanged } from '../storage/unchanged-reads.ts';
import { SESSION_USER_ID } from '../storage/member-standing.ts';
import { sql, type Sql } from '../storage/sql.ts';
import type { Pseud } from '../domain/pseud.ts';
import { readWithSessionOf, standingOf } from './middleware/session.ts';

/** A member's own parts of a work page. */
export interface ReaderParts {
  marks: WorkMarks;
  pseuds: Pseud[];
  /** Nothing on their blocklist (read with the session), so no comment on the page is muted for them. */
  mutesNobody: boolean;
}

/** The work id of a reading page's address, when it is one. */
const workIdOf = (request: FastifyRequest): number | undefined => {
  const id = Number((request.params as { id?: string }).id);
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
};

/**
 * The work page's columns read with the session (route config, routes.ts): the member's marks on it, their pseuds.
 * Only on PostgreSQL, where each round trip costs: SQLite answers in-process, and its two small statements cost less
 * than building and parsing the pseuds' JSON (interleaved runs: ~5 % fewer signed-in work pages with them).
 */
export function readerPartsColumns(request: FastifyRequest): Sql | undefined {
  const workId = workIdOf(request);
  const { dialect } = request.server.quire.db;
  return workId === undefined || dialect !== 'postgres' ? undefined : sql`${workMarksColumns(SESSION_USER_ID, workId)}, ${pseudsColumn(dialect, SESSION_USER_ID)}`;
}

/** The viewer's parts of a work's page; undefined for guests. */
export async function readerParts(request: FastifyRequest, workId: number): Promise<ReaderParts | undefined> {
  const viewer = request.viewer;
  if (!viewer) return undefined;
  const standing = standingOf(request);
  const row = readWithSessionOf(request);
  const mutesNobody = standing?.blocking === false;
  if (standing && row && workIdOf(request) === workId) {
    return { marks: workMarksFrom(row as unknown as WorkMarksRow, standing.historyEnabled), pseuds: pseudsFromColumn(row.pseuds_json), mutesNobody };
  }
  const { db } = request.server.quire;
  const [marks, pseuds] = await Promise.all([
    readUnlessChanged(db, `marks ${viewer.id} ${workId}`, () => workMarksOf(db, viewer.id, workId), viewer.id),
    readUnlessChanged(db, `pseuds ${viewer.id}`, () => pseudsOf(db, viewer.id), viewer.id),
  ]);
  return { marks, pseuds, mutesNobody };
}
