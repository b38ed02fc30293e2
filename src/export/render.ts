/** One entry point for every download format. */
import { renderEpub } from './epub.ts';
import { renderHtml } from './html.ts';
import { renderTxt } from './txt.ts';
import type { Format } from './formats.ts';
import type { WorkSnapshot } from './snapshot.ts';

/** The file of a format. */
export async function renderDownload(format: Format, snapshot: WorkSnapshot): Promise<Buffer> {
  switch (format) {
    case 'epub': return renderEpub(snapshot);
    // pdfkit (with its fonts and Unicode tables) is loaded with the first PDF: ~7 MB of heap, ~30 MB of RSS otherwise held by every server.
    case 'pdf': return (await import('./pdf.ts')).renderPdf(snapshot);
    case 'html': return Buffer.from(renderHtml(snapshot), 'utf8');
    case 'txt': return Buffer.from(renderTxt(snapshot), 'utf8');
  }
}
