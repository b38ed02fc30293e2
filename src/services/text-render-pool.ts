/**
 * Renders long author texts on worker threads, so a chapter at the length limit never holds up other requests.
 * Rendering is linear, but a 500,000-character body still costs a few hundred milliseconds of CPU: on the event
 * loop that is every other request waiting. Short texts (summaries, notes, comments, most chapters) render inline,
 * where they cost less than the trip to a worker.
 *
 * Workers start when first needed, at most `size` of them; an idle worker does not keep the process alive. A job
 * running longer than `timeoutMs` ends its worker (a fresh one takes its place) and is refused as Invalid, so the
 * author hears that the text could not be formatted instead of waiting forever.
 */
import { EventEmitter } from 'node:events';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { Invalid } from '../domain/errors.ts';
import { renderTexts, type RenderedText, type TextToRender } from './text-render-job.ts';

/** Renders author texts to sanitized HTML, off the event loop when they are long. */
export interface TextRenderer {
  /** Each text rendered; `field` names the form field a refusal is shown next to ('body' when absent). */
  render(texts: readonly TextToRender[], options?: { field?: string }): Promise<RenderedText[]>;
  /** Stops the workers; texts sent afterwards render inline. */
  close(): Promise<void>;
}

/** Pool settings; every one has a measured default. */
export interface TextRenderPoolOptions {
  /** Most workers at once. Default: one less than the CPUs (at least one), so a core stays with the event loop. */
  size?: number;
  /**
   * Longest a job may run on its worker, from when the worker has loaded. Default 20 s: a body at the length limit
   * takes well under 1 s of CPU, but a machine busy with other work can stretch that several times over.
   */
  timeoutMs?: number;
  /**
   * Texts whose lengths add up to less than this render inline. Default 20,000 characters: about 5 ms of
   * rendering for prose and under 20 ms for the slowest hostile markup, about what a worker round trip saves.
   */
  inlineBelow?: number;
}

interface Job {
  texts: readonly TextToRender[];
  field: string;
  resolve: (rendered: RenderedText[]) => void;
  reject: (error: Error) => void;
}

type Reply = { ready: true } | { rendered: RenderedText[] } | { error: string };

/**
 * A lazily started pool of text-rendering workers. Emits 'start' when a job goes to a worker and 'settle' when it
 * is answered, refused or lost (tests wait for these instead of sleeping).
 */
export class TextRenderPool extends EventEmitter implements TextRenderer {
  readonly size: number;
  /** May be changed; counts for jobs started afterwards. */
  timeoutMs: number;
  readonly inlineBelow: number;
  private readonly workers = new Set<Worker>();
  private readonly idle: Worker[] = [];
  private readonly running = new Map<Worker, { job: Job; timer: NodeJS.Timeout }>();
  private readonly queue: Job[] = [];
  private loading = 0; // workers started that have not yet said they are ready
  private closed = false;

  constructor(options: TextRenderPoolOptions = {}) {
    super();
    const cpus = availableParallelism();
    this.size = Math.max(1, Math.min(options.size ?? cpus - 1, cpus));
    this.timeoutMs = options.timeoutMs ?? 20_000;
    this.inlineBelow = options.inlineBelow ?? 20_000;
  }

  /** Jobs on a worker right now. */
  get active(): number {
    return this.running.size;
  }

  render(texts: readonly TextToRender[], options: { field?: string } = {}): Promise<RenderedText[]> {
    const length = texts.reduce((n, t) => n + t.source.length, 0);
    if (this.closed || length < this.inlineBelow) {
      try {
        return Promise.resolve(renderTexts(texts));
      } catch (error) {
        return Promise.reject(error);
      }
    }
    return new Promise<RenderedText[]>((resolve, reject) => {
      this.queue.push({ texts, field: options.field ?? 'body', resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const refusal = new Error('The text renderer was closed.');
    for (const job of this.queue.splice(0)) job.reject(refusal);
    // Jobs on a worker are refused now, not when (or whether) their worker answers before it ends.
    for (const { job, timer } of this.running.values()) {
      clearTimeout(timer);
      job.reject(refusal);
    }
    this.running.clear();
    this.idle.length = 0;
    const workers = [...this.workers];
    this.workers.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private dispatch(): void {
    if (this.closed) return;
    for (let worker = this.idle.pop(); worker; worker = this.idle.pop()) {
      const job = this.queue.shift();
      if (!job) {
        this.idle.push(worker);
        return;
      }
      this.runOn(worker, job);
    }
    // Jobs left waiting get new workers, up to the pool's size; each takes jobs once it has loaded the renderer.
    const wanted = Math.min(this.queue.length - this.loading, this.size - this.workers.size);
    for (let i = 0; i < wanted; i++) this.startWorker();
  }

  private runOn(worker: Worker, job: Job): void {
    const timer = setTimeout(() => {
      this.running.delete(worker);
      // The worker is busy with this text and cannot be asked to stop: end it; the next job gets a new one.
      this.forget(worker);
      void worker.terminate();
      job.reject(new Invalid({ [job.field]: `This text could not be formatted within ${this.timeoutMs / 1000} seconds. Check it for unusual markup, or split it into shorter chapters.` }));
      this.emit('settle');
      this.dispatch();
    }, this.timeoutMs);
    this.running.set(worker, { job, timer });
    worker.ref();
    worker.postMessage(job.texts);
    this.emit('start');
  }

  private startWorker(): void {
    const worker = new Worker(new URL('./text-render-worker.ts', import.meta.url));
    this.workers.add(worker);
    this.loading++;
    let ready = false;
    worker.on('message', (reply: Reply) => {
      if ('ready' in reply) {
        ready = true;
        this.loading--;
        this.finish(worker);
        return;
      }
      const run = this.running.get(worker);
      if (!run) return;
      clearTimeout(run.timer);
      this.running.delete(worker);
      if ('rendered' in reply) run.job.resolve(reply.rendered);
      else run.job.reject(new Error(`Rendering a text failed: ${reply.error}`));
      this.emit('settle');
      this.finish(worker);
    });
    const lost = (error: Error): void => {
      if (!ready) {
        ready = true;
        this.loading--;
      }
      const run = this.running.get(worker);
      this.running.delete(worker);
      this.forget(worker);
      if (run) {
        clearTimeout(run.timer);
        run.job.reject(error);
        this.emit('settle');
      }
      this.dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`The text rendering worker stopped (exit code ${code}).`)));
  }

  // A worker that loaded or answered takes the next job, or waits in `idle` without holding the process open.
  private finish(worker: Worker): void {
    if (!this.workers.has(worker)) return;
    worker.unref();
    this.idle.push(worker);
    this.dispatch();
  }

  // A worker that is ending leaves the pool, so a replacement can start.
  private forget(worker: Worker): void {
    this.workers.delete(worker);
    const at = this.idle.indexOf(worker);
    if (at >= 0) this.idle.splice(at, 1);
  }
}
