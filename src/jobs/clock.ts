/** A job clock of `quire serve`: a run now and then every interval, never two at once on one node. */

/** What a run is told: whether the clock is stopping, so a long run can end after the work in hand. */
export type Run = (stopping: () => boolean) => Promise<void>;

/** Starts the clock; the returned function stops it and waits for a run in progress. */
export function startClock(everyMs: number, run: Run): () => Promise<void> {
  let running: Promise<void> | undefined;
  let stopping = false;
  const tick = () => {
    if (running) return;
    running = run(() => stopping).finally(() => { running = undefined; });
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  tick();
  return async () => {
    stopping = true;
    clearInterval(timer);
    await running;
  };
}

/** What the jobs log. */
export interface Log {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}
