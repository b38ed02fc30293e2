/**
 * The server's logger: readable lines on a terminal, one JSON object per line otherwise (for journald, Docker and
 * log collectors) or when LOG_FORMAT=json. LOG_FORMAT=pretty asks for lines wherever the output goes.
 */
import pino from 'pino';
import { formatLogLine } from './log-lines.ts';

/** Where the log goes: a stream that may be a terminal. */
export interface LogOutput {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

/** Whether to write readable lines: LOG_FORMAT decides when set, else whether `out` is a terminal. */
export function wantsPrettyLog(format: string | undefined, out: LogOutput): boolean {
  if (format === 'json') return false;
  if (format === 'pretty') return true;
  return out.isTTY === true;
}

/** A pino logger at `level` writing to `out` in the chosen format. */
export function openLog(level: string, format: string | undefined, out: LogOutput = process.stdout): pino.Logger {
  if (!wantsPrettyLog(format, out)) return pino({ level }, out);
  // pino hands its destination one JSON line per event; each becomes a readable line.
  return pino({ level }, { write: (line: string) => out.write(`${formatLogLine(line)}\n`) });
}
