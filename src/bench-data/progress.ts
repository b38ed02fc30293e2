/** A progress line on stderr (done/total, rate, ETA), redrawn at most five times a second. */

/** Formats seconds as 1h02m03s / 4m05s / 6s. */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h ? `${h}h${String(m).padStart(2, '0')}m${String(s % 60).padStart(2, '0')}s` : m ? `${m}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/** The text of one progress line. */
export function progressLine(done: number, total: number, elapsedSeconds: number, width = 30): string {
  const fraction = total ? Math.min(1, done / total) : 1;
  const filled = Math.round(fraction * width);
  const rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
  const eta = rate > 0 ? duration((total - done) / rate) : '?';
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done.toLocaleString('en')}/${total.toLocaleString('en')} works  ${Math.round(rate).toLocaleString('en')}/s  ETA ${eta}`;
}

/** A throttled progress reporter writing to `out` (stderr by default). */
export function progressBar(total: number, out: NodeJS.WritableStream = process.stderr): { update(done: number): void; end(): void } {
  const started = performance.now();
  let last = 0;
  let line = '';
  const draw = (done: number) => {
    line = progressLine(done, total, (performance.now() - started) / 1000);
    out.write(`\r${line}`);
  };
  return {
    update(done) {
      const now = performance.now();
      if (now - last < 200 && done < total) return;
      last = now;
      draw(done);
    },
    end() {
      if (line) out.write('\n');
    },
  };
}
