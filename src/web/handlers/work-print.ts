/** GET /works/:id/print (also `?print=true` on the work) and /works/:id/plain: the whole work without site chrome. */
import type { FastifyReply } from 'fastify';
import { readWork, type WorkPage } from '../../actions/read-work.ts';
import { NotFound } from '../../domain/errors.ts';
import { getSetting } from '../../storage/settings.ts';
import { DEFAULT_SITE_NAME } from '../../domain/site.ts';
import { sendPage } from '../respond.ts';
import { workPath } from '../urls.ts';
import { gated, type WorkRequest } from './work-gate.ts';
import { printPage } from '../views/work-print.ts';
import { plainPage } from '../views/work-plain.ts';
import { t } from '../../i18n/translate.ts';

/** Renders a loaded work as a print or plain document, behind the same adult gate as the work page. */
export async function showPrintable(request: WorkRequest, reply: FastifyReply, page: WorkPage, kind: 'print' | 'plain') {
  const refused = await gated(request, reply, page);
  if (refused) return refused;
  if (page.chapters.length === 0) throw new NotFound(t('work.errors.no_chapters'));
  const app = request.server.quire;
  const source = { siteName: (await getSetting(app.db, 'site_name')) ?? DEFAULT_SITE_NAME, url: `${app.ctx.baseUrl}${workPath(page.work.id)}` };
  return sendPage(reply, kind === 'print' ? printPage(page, source, app.assets.url('print.css')) : plainPage(page, source));
}

/** The print version. */
export async function showPrint(request: WorkRequest, reply: FastifyReply) {
  return showPrintable(request, reply, await readWork(request.server.quire.ctx, request.viewer, Number(request.params.id)), 'print');
}

/** The plain version, for old e-readers. */
export async function showPlain(request: WorkRequest, reply: FastifyReply) {
  return showPrintable(request, reply, await readWork(request.server.quire.ctx, request.viewer, Number(request.params.id)), 'plain');
}
