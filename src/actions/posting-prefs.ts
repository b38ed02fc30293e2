/**
 * The time zone an author's dates and times are read in, and the text format their forms start at. A zone chosen in
 * the settings wins; without one, the zone the browser reported (the posting forms' hidden field, filled by
 * assets/time-zone.js) becomes the author's setting; an unknown zone falls back to UTC, and the author is told.
 */
import { postingPrefs, setTimeZone, setTextFormat } from '../storage/posting-prefs.ts';
import { canonicalTimeZone, DEFAULT_TIME_ZONE } from '../domain/time-zone.ts';
import { BODY_FORMATS, type BodyFormat } from '../domain/text-format.ts';
import { Forbidden } from '../domain/errors.ts';
import type { Viewer } from '../domain/permissions.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** The zone in force and, when a zone was refused, what to tell the author. */
export interface ZoneChoice {
  zone: string;
  /** The saved zone or none: the form says where to set it. */
  chosen: boolean;
  notice?: string;
}

const unknownZone = (name: string) => t('errors.zone.unknown', { zone: name.slice(0, 64) });

/** The zone an author's form is read in: their setting, else the browser's (saved as their setting), else UTC. */
export async function authorTimeZone(ctx: Context, viewer: Viewer, browserZone = ''): Promise<ZoneChoice> {
  if (!viewer) throw new Forbidden();
  const saved = (await postingPrefs(ctx.db, viewer.id)).timeZone;
  const known = saved === '' ? undefined : canonicalTimeZone(saved);
  if (known) return { zone: known, chosen: true };
  const guess = browserZone.trim();
  if (guess === '') return { zone: DEFAULT_TIME_ZONE, chosen: false };
  const fromBrowser = canonicalTimeZone(guess);
  if (!fromBrowser) return { zone: DEFAULT_TIME_ZONE, chosen: false, notice: unknownZone(guess) };
  await setTimeZone(ctx.db, viewer.id, fromBrowser);
  return { zone: fromBrowser, chosen: true };
}

/** Saves the zone chosen in the settings; an unknown one clears it (UTC) and says so. '' clears it too. */
export async function chooseTimeZone(ctx: Context, viewer: Viewer, name: string): Promise<{ zone: string; notice?: string }> {
  if (!viewer) throw new Forbidden();
  const wanted = name.trim();
  const zone = wanted === '' ? '' : canonicalTimeZone(wanted);
  await setTimeZone(ctx.db, viewer.id, zone ?? '');
  return zone === undefined ? { zone: '', notice: unknownZone(wanted) } : { zone };
}

/** The text format the author's next chapter form starts at: the one they last posted in, else rich text. */
export async function preferredTextFormat(ctx: Context, userId: number): Promise<BodyFormat> {
  const f = (await postingPrefs(ctx.db, userId)).textFormat;
  return (BODY_FORMATS as readonly string[]).includes(f) ? (f as BodyFormat) : 'html';
}

/** Remembers the format of a chapter the author saved. */
export const rememberTextFormat = (ctx: Context, userId: number, format: BodyFormat): Promise<void> => setTextFormat(ctx.db, userId, format);
