/** Worker thread body: renders one batch of author texts per message (text-render-pool.ts sends them). */
import { parentPort } from 'node:worker_threads';
import { renderTexts, type TextToRender } from './text-render-job.ts';

// Loading the renderer takes a while on a busy machine; jobs are timed from when it is ready.
parentPort?.postMessage({ ready: true });
parentPort?.on('message', (texts: TextToRender[]) => {
  try {
    parentPort!.postMessage({ rendered: renderTexts(texts) });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});
