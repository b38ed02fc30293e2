/** Worker thread body: renders one download (or one account's data archive) per message, so long work never stalls the web server. */
import { parentPort } from 'node:worker_threads';
import { renderDownload } from '../export/render.ts';
import { renderAccountArchive, type AccountArchiveInput } from '../export/account-archive.ts';
import type { Format } from '../export/formats.ts';
import type { WorkSnapshot } from '../export/snapshot.ts';

type Job = { id: number; format: Format; snapshot: WorkSnapshot } | { id: number; account: AccountArchiveInput };

parentPort?.on('message', async (job: Job) => {
  try {
    const data = 'account' in job ? await renderAccountArchive(job.account) : await renderDownload(job.format, job.snapshot);
    parentPort!.postMessage({ id: job.id, data });
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});
