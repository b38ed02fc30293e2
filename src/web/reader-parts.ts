/**
 * What a member's reading page shows of their own, read once for the page in two queries side by side (their marks on
 * the work, their pseuds) and handed to every block that shows it: the Subscribe and Mark for Later buttons, the
 * bookmark form, the comment form's pseud menu. Each block used to read its own.
 */
import type { FastifyRequest } from 'fastify';
import { workMarksOf, type WorkMarks } from '../storage/member-work-marks.ts';
import { pseudChoices } from '../actions/pseuds.ts';
import type { Pseud } from '../domain/pseud.ts';
import { standingOf } from './middleware/session.ts';

/** A member's own parts of a work page. */
export interface ReaderParts {
  marks: WorkMarks;
  pseuds: Pseud[];
  /** Nothing on their blocklist (read with the session), so no comment on the page is muted for them. */
  mutesNobody: boolean;
}

/** The viewer's parts of a work's page; undefined for guests. */
export async function readerParts(request: FastifyRequest, workId: number): Promise<ReaderParts | undefined> {
  const viewer = request.viewer;
  if (!viewer) return undefined;
  const app = request.server.quire;
  const [marks, pseuds] = await Promise.all([workMarksOf(app.db, viewer.id, workId), pseudChoices(app.ctx, viewer)]);
  return { marks, pseuds, mutesNobody: standingOf(request)?.blocking === false };
}
