/**
 * Editing a series (AO3's series form): its title, description, notes and complete switch, the order of its works
 * and works taken out. Its creators are the creators of its works, so any of them may edit it.
 */
import type { FieldErrors } from './errors.ts';
import { t } from '../i18n/translate.ts';

export const SERIES_LIMITS = { title: 255, summary: 1250, notes: 5000 } as const;

/** What the series form sends. `positions` maps a work id to the position typed for it. */
export interface SeriesInput {
  title: string;
  summary: string;
  notes: string;
  complete: boolean;
  positions: ReadonlyMap<number, string>;
  /** Works to take out of the series. */
  remove: readonly number[];
  /** An up or down button pressed (one place, after the positions typed). */
  move?: { workId: number; by: -1 | 1 };
}

/** Every field's problem with the text fields. */
export function seriesProblems(input: Pick<SeriesInput, 'title' | 'summary' | 'notes'>): FieldErrors {
  const e: FieldErrors = {};
  const len = (s: string) => [...s].length;
  if (!input.title.trim()) e.title = t('errors.series.title');
  else if (len(input.title.trim()) > SERIES_LIMITS.title) e.title = t('errors.series.title_long', { max: SERIES_LIMITS.title });
  if (len(input.summary) > SERIES_LIMITS.summary) e.summary = t('errors.series.summary_long', { max: SERIES_LIMITS.summary, length: len(input.summary) });
  if (len(input.notes) > SERIES_LIMITS.notes) e.notes = t('errors.series.notes_long', { max: SERIES_LIMITS.notes, length: len(input.notes) });
  return e;
}

/**
 * The listed works in their new order: by the position typed for each (a whole number from 1); a work without one
 * keeps its place. On a tie the work moved there wins the place: one moved up goes before the work already there, one
 * moved down after it (typing 1 for the third work makes it the first; 2 for the first puts it after the second).
 * A position that is not a whole number is `errors.positions`.
 */
export function orderByPositions(listed: readonly number[], positions: ReadonlyMap<number, string>, errors: FieldErrors): number[] {
  const keyed = listed.map((id, i) => {
    const typed = (positions.get(id) ?? '').trim();
    if (typed === '') return { id, at: i + 1, i };
    if (!/^\d{1,6}$/.test(typed) || Number(typed) < 1) {
      errors.positions = t('errors.series.positions');
      return { id, at: i + 1, i };
    }
    return { id, at: Number(typed), i };
  });
  const moved = (k: { at: number; i: number }) => Math.sign(k.at - (k.i + 1));
  return keyed.sort((a, b) => a.at - b.at || moved(a) - moved(b) || a.i - b.i).map((k) => k.id);
}

/**
 * The whole series' order after the listed works (those the editor can see) were put in `listedOrder`: works the
 * editor cannot see (another creator's draft) keep their slots, the listed ones fill the others in their new order.
 */
export function mergeOrder(all: readonly number[], listedOrder: readonly number[]): number[] {
  const listed = new Set(listedOrder);
  const next = [...listedOrder];
  return all.map((id) => (listed.has(id) ? next.shift()! : id));
}

/** The order after moving one work a place up (-1) or down (1); the same order at either end. */
export function moveOne(order: readonly number[], workId: number, by: -1 | 1): number[] {
  const out = [...order];
  const i = out.indexOf(workId);
  const j = i + by;
  if (i < 0 || j < 0 || j >= out.length) return out;
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}
