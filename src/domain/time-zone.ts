/**
 * Authors' time zones (IANA names such as Europe/Paris): dates and times are typed and shown in the author's zone
 * and stored as UTC instants. Intl knows the zones, so no zone table ships with the archive.
 */

/** The zone used when an author has none (or an unknown one). */
export const DEFAULT_TIME_ZONE = 'UTC';

/** Whether Intl knows the zone (IANA names and their aliases; case as Intl reports it). */
export function isTimeZone(name: string): boolean {
  if (name === '' || name.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The zone's name as Intl spells it (utc → UTC), or undefined for an unknown zone. */
export const canonicalTimeZone = (name: string): string | undefined =>
  isTimeZone(name) ? new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone : undefined;

/** Every zone Intl lists, for the settings menu. */
export const timeZoneNames = (): string[] => ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')];

const parts = (ms: number, zone: string): Record<string, number> => {
  const out: Record<string, number> = {};
  const f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  for (const p of f.formatToParts(ms)) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
};

/** How far the zone's wall clock is ahead of UTC at an instant, in ms. */
function offsetAt(ms: number, zone: string): number {
  const p = parts(ms, zone);
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - Math.floor(ms / 1000) * 1000;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** "YYYY-MM-DDTHH:MM" on the zone's wall clock at an instant (the value of a datetime-local input). */
export function localDateTime(ms: number, zone: string): string {
  const p = parts(ms, zone);
  return `${pad(p.year!, 4)}-${pad(p.month!)}-${pad(p.day!)}T${pad(p.hour!)}:${pad(p.minute!)}`;
}

/** "YYYY-MM-DD": the zone's day at an instant (the value of a date input). */
export const localDay = (ms: number, zone: string): string => localDateTime(ms, zone).slice(0, 10);

/**
 * The instant a wall-clock time in the zone stands for. A time the clocks skip (spring forward) is read with the
 * offset before the change, so it lands just after the gap; a repeated time (fall back) is its first occurrence.
 */
export function zonedInstant(day: string, hour: number, minute: number, zone: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, hour, minute);
  const first = wall - offsetAt(wall - offsetAt(wall, zone), zone);
  const before = wall - offsetAt(wall - 86_400_000, zone);
  // The earlier of the readings that land on the wall time; else (a skipped time) the reading with the earlier offset.
  const candidates = [before, first].filter((t) => localDateTime(t, zone) === localDateTime(wall, 'UTC'));
  return candidates.length ? Math.min(...candidates) : before;
}
