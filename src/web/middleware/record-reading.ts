/**
 * A member's view of a work page goes into their reading history through the reading recorder's memory buffer
 * (no write here; services/reading-recorder.ts), and the page learns whether to offer Mark for Later or Mark as
 * Read, from the member's marks read for the page; guests' pages (the shared page cache) never come here.
 */
import type { FastifyRequest } from 'fastify';
import type { WorkPage } from '../../actions/read-work.ts';
import type { WorkMarks } from '../../storage/member-work-marks.ts';
import { readsToEnd } from '../../domain/readings.ts';

/**
 * Records the visit; returns whether the work shows as marked, or undefined when no button is offered. `marks` are
 * the member's, read for the page (undefined for guests).
 */
export function recordReading(request: FastifyRequest, page: WorkPage, chapterIndex: number | undefined, marks: Pick<WorkMarks, 'historyEnabled' | 'toRead'> | undefined): boolean | undefined {
  const viewer = request.viewer;
  if (!viewer || !marks || page.work.visibility === 'draft') return undefined;
  // A creator's own visits are not reading (as on AO3), and a member who turned history off is not recorded.
  if (page.creators.some((c) => c.userId === viewer.id)) return undefined;
  const app = request.server.quire;
  if (!marks.historyEnabled) return undefined;
  const finished = readsToEnd(chapterIndex, page.chapters.length);
  app.readings.record(viewer.id, page.work.id, app.ctx.now(), finished);
  // This visit clears an older mark when it is written, so the page already shows the work as read.
  return marks.toRead && !finished;
}
