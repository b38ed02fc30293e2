/**
 * Renders downloads on a worker thread and remembers recent files. A PDF of a 100,000-word work takes seconds
 * of CPU; on the main thread that would stall every other request. Short works' EPUB, HTML and text files render
 * inline: under INLINE_BELOW characters an EPUB takes under 12 ms (6.5 ms for 40,000, measured), about what the trip
 * to the worker costs, and a worker started for them kept ~24 MB of memory for the life of the process. Identical requests in flight share one
 * rendering, and finished files are kept (least recently used out first) under a byte budget, keyed by the
 * download's ETag, which digests everything the file shows.
 */
import { Worker } from 'node:worker_threads';
import { renderDownload } from '../export/render.ts';
import type { Format } from '../export/formats.ts';
import type { WorkSnapshot } from '../export/snapshot.ts';
import { snapshotTexts } from '../export/pdf-scripts.ts';
import { renderAccountArchive, type AccountArchiveInput } from '../export/account-archive.ts';

type Reply = { id: number; data?: Uint8Array; error?: string };

/** Characters of text (all chapters, notes and summaries) below which a file other than a PDF renders inline. */
export const INLINE_BELOW = 100_000;

/** The snapshot's text length; NaN for one it cannot read, which the worker then refuses with its reason. */
function textLength(s: WorkSnapshot): number {
  try {
    return snapshotTexts(s).reduce((n, text) => n + text.length, 0);
  } catch {
    return NaN;
  }
}
type Waiter = { resolve: (b: Buffer) => void; reject: (e: Error) => void };

/** Renders and caches downloads. */
export class DownloadRenderer {
  private current: { worker: Worker; waiting: Map<number, Waiter> } | undefined;
  private nextId = 1;
  private readonly inFlight = new Map<string, Promise<Buffer>>();
  private readonly cache = new Map<string, Buffer>();
  private cachedBytes = 0;
  private readonly maxBytes: number;
  private readonly useWorker: boolean;

  constructor(options: { maxBytes?: number; useWorker?: boolean } = {}) {
    this.maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
    this.useWorker = options.useWorker ?? true;
  }

  /** The file for `key` (the download's ETag), rendering it if it is not remembered. */
  render(key: string, format: Format, snapshot: WorkSnapshot): Promise<Buffer> {
    const hit = this.kept(key);
    if (hit) return Promise.resolve(hit);
    const running = this.inFlight.get(key);
    if (running) return running;
    const job = this.rendered(format, snapshot)
      .then((data) => { this.remember(key, data); return data; })
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, job);
    return job;
  }

  /** The file remembered under `key`, now the most recently used; undefined when it is not kept. */
  kept(key: string): Buffer | undefined {
    const hit = this.cache.get(key);
    if (!hit) return undefined;
    this.cache.delete(key);
    this.cache.set(key, hit);
    return hit;
  }

  /** Whether the worker has been started (for the tests). */
  get workerStarted(): boolean {
    return this.current !== undefined;
  }

  /** A file rendered inline when it is short and not a PDF, else on the worker; a failure says so either way. */
  private async rendered(format: Format, snapshot: WorkSnapshot): Promise<Buffer> {
    if (this.useWorker && (format === 'pdf' || !(textLength(snapshot) < INLINE_BELOW))) return this.onWorker({ format, snapshot });
    try {
      return await renderDownload(format, snapshot);
    } catch (error) {
      throw new Error(`Rendering a download failed: ${(error as Error).message}`, { cause: error });
    }
  }

  /** An account's data archive, rendered on the worker and never kept (it is private and made once). */
  renderAccountArchive(input: AccountArchiveInput): Promise<Buffer> {
    return this.useWorker ? this.onWorker({ account: input }) : renderAccountArchive(input);
  }

  /** Stops the worker (it is started again when needed). */
  async close(): Promise<void> {
    const c = this.current;
    this.current = undefined;
    await c?.worker.terminate();
  }

  private remember(key: string, data: Buffer) {
    if (data.length > this.maxBytes / 4) return;
    this.cache.set(key, data);
    this.cachedBytes += data.length;
    for (const [k, v] of this.cache) {
      if (this.cachedBytes <= this.maxBytes) break;
      this.cache.delete(k);
      this.cachedBytes -= v.length;
    }
  }

  private onWorker(job: { format: Format; snapshot: WorkSnapshot } | { account: AccountArchiveInput }): Promise<Buffer> {
    const { worker, waiting } = this.current ?? this.startWorker();
    const id = this.nextId++;
    return new Promise<Buffer>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, ...job });
    });
  }

  private startWorker(): { worker: Worker; waiting: Map<number, Waiter> } {
    const worker = new Worker(new URL('./download-worker.ts', import.meta.url));
    const waiting = new Map<number, Waiter>();
    worker.on('message', (m: Reply) => {
      const w = waiting.get(m.id);
      waiting.delete(m.id);
      // An idle worker must not keep the process alive.
      if (waiting.size === 0) worker.unref();
      if (!w) return;
      if (m.data) w.resolve(Buffer.from(m.data.buffer, m.data.byteOffset, m.data.byteLength));
      else w.reject(new Error(`Rendering a download failed: ${m.error}`));
    });
    const fail = (error: Error) => {
      if (this.current?.worker === worker) this.current = undefined;
      for (const w of waiting.values()) w.reject(error);
      waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`The download worker stopped (exit code ${code})`)));
    worker.unref();
    this.current = { worker, waiting };
    return this.current;
  }
}
