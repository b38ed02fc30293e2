/** GET /downloads/:id/:file — a work as EPUB, PDF, HTML or TXT (AO3's URL shape: `{slug}.{ext}`, any slug). */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { downloadWork } from '../../actions/download-work.ts';
import { LoginRequired, NotFound } from '../../domain/errors.ts';
import { redirectWithFlash } from '../respond.ts';
import { formatOf, MEDIA_TYPES, contentDisposition, downloadEtag, type Format } from '../../export/formats.ts';
import { DownloadRenderer } from '../../services/download-renderer.ts';
import { scriptsPdfCannotShow, snapshotTexts } from '../../export/pdf-scripts.ts';
import { noPdfReason } from '../../actions/no-pdf-reason.ts';
import { currentLocale, t } from '../../i18n/translate.ts';
import { GuestDownloads, type KeptDownload } from '../guest-downloads.ts';

/**
 * Downloads are saved, not shown (attachment), but should a client render one anyway, it runs sandboxed: no
 * scripts, a unique origin, nothing loaded from the archive. Inline styles are allowed because the HTML download
 * carries its stylesheet inside, so it still looks right when opened from disk.
 */
const DOWNLOAD_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src https: http: data:; sandbox";

// One per process (one worker thread): files are keyed by their ETag, which digests the site, the work and the
// format. Account data archives (account-export.ts) are made on the same worker.
export const renderer = new DownloadRenderer();

/** Whether an If-None-Match header names this ETag (weak or strong, in a list, or `*`). */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').map((tag) => tag.trim().replace(/^W\//, '')).some((tag) => tag === etag || tag === '*');
}

/** The headers a file is sent with besides its type, kept with a guest's download (guest-downloads.ts). */
type FileHeaders = Omit<KeptDownload, 'revision'>;

/** The file, or 304 when the client holds it already. */
function sendFile(request: FastifyRequest, reply: FastifyReply, format: Format, headers: FileHeaders, body: Buffer | undefined) {
  reply.header('etag', headers.etag).header('cache-control', 'private, max-age=0').header('last-modified', headers.lastModified);
  if (etagMatches(request.headers['if-none-match'], headers.etag)) return reply.code(304).send();
  return reply
    .type(MEDIA_TYPES[format])
    .header('content-disposition', headers.disposition)
    .header('content-security-policy', DOWNLOAD_CSP)
    .send(body);
}

/**
 * The download; a guest asking for a registered-only work is sent to log in and comes back to it (as AO3 does), or
 * gets `loginRequired`'s answer (the OPDS catalog asks for HTTP Basic credentials instead). A guest asking for a
 * file this node made at the work's current revision gets it without the work being read.
 */
export async function showDownload(request: FastifyRequest<{ Params: { id: string; file: string } }>, reply: FastifyReply, loginRequired?: () => unknown) {
  const file = request.params.file;
  const format = formatOf(file.slice(file.lastIndexOf('.') + 1));
  if (!file.includes('.') || !format) throw new NotFound(t('download.errors.no_format'));
  const app = request.server.quire;
  const workId = Number(request.params.id);
  // Read before the work, so a write landing in between leaves what is kept below already stale.
  const shared = !request.viewer && app.config.pageCacheMb > 0 && Number.isSafeInteger(workId)
    ? { key: GuestDownloads.key(currentLocale(), workId, format), revision: await app.ctx.revisions.work(workId) }
    : undefined;
  const kept = shared && app.downloads.get(shared.key, shared.revision);
  if (kept) {
    const body = renderer.kept(kept.etag);
    if (body || etagMatches(request.headers['if-none-match'], kept.etag)) {
      app.downloads.found++;
      return sendFile(request, reply, format, kept, body);
    }
    app.downloads.forget(shared.key);
  }
  let snapshot;
  try {
    ({ snapshot } = await downloadWork(app.ctx, request.viewer, workId));
  } catch (error) {
    // Not the login page in place of the file (a 200 text/html saved as "work.epub").
    if (!(error instanceof LoginRequired)) throw error;
    if (loginRequired) return loginRequired();
    return redirectWithFlash(reply, `/users/login?return_to=${encodeURIComponent(request.url)}`, t('download.errors.log_in'));
  }
  // Not a PDF of boxes: the page says why there is none (the work page offers no link to it either).
  const noPdf = format === 'pdf' ? noPdfReason(scriptsPdfCannotShow(snapshotTexts(snapshot))) : '';
  if (noPdf) throw new NotFound(noPdf);
  const headers: FileHeaders = {
    etag: downloadEtag(snapshot, format),
    lastModified: new Date(snapshot.modifiedAt).toUTCString(),
    disposition: contentDisposition(snapshot.title, snapshot.id, format),
  };
  if (etagMatches(request.headers['if-none-match'], headers.etag)) return sendFile(request, reply, format, headers, undefined);
  const body = await renderer.render(headers.etag, format, snapshot);
  if (shared) app.downloads.put(shared.key, { revision: shared.revision, ...headers });
  return sendFile(request, reply, format, headers, body);
}
