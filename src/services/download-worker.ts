/** Worker thread body: renders one download per message, so a long work's PDF never stalls the web server. */
import { parentPort } from 'node:worker_threads';
import { renderDownload } from '../export/render.ts';
import type { Format } from '../export/formats.ts';
import type { WorkSnapshot } from '../export/snapshot.ts';

parentPort?.on('message', async (job: { id: number; format: Format; snapshot: WorkSnapshot }) => {
  try {
    const data = await renderDownload(job.format, job.snapshot);
    parentPort!.postMessage({ id: job.id, data });
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});
