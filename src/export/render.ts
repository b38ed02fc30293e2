/** One entry point for every download format. */
import { renderEpub } from './epub.ts';
import { renderHtml } from './html.ts';
import { renderPdf } from './pdf.ts';
import { renderTxt } from './txt.ts';
import type { Format } from './formats.ts';
import type { WorkSnapshot } from './snapshot.ts';

/** The file of a format. */
export async function renderDownload(format: Format, snapshot: WorkSnapshot): Promise<Buffer> {
  switch (format) {
    case 'epub': return renderEpub(snapshot);
    case 'pdf': return renderPdf(snapshot);
    case 'html': return Buffer.from(renderHtml(snapshot), 'utf8');
    case 'txt': return Buffer.from(renderTxt(snapshot), 'utf8');
  }
}
