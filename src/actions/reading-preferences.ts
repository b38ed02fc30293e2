/** Reading a logged-in reader's preferences and saving changes to them (synced across their devices). */
import { preferencesJson, putPreferencesJson } from '../storage/preferences.ts';
import { parsePreferences, normalizePreferences, type ReaderPreferences } from '../domain/reader-preferences.ts';
import type { Context } from './context.ts';

/** The preferences of an account (defaults when never saved). */
export async function readingPreferences(ctx: Context, userId: number): Promise<ReaderPreferences> {
  return parsePreferences(await preferencesJson(ctx.db, userId));
}

/** Merges `changes` (any subset, as loose values) into the account's preferences and saves them. */
export async function saveReadingPreferences(ctx: Context, userId: number, changes: Record<string, unknown>): Promise<ReaderPreferences> {
  const next = normalizePreferences(changes, await readingPreferences(ctx, userId));
  await putPreferencesJson(ctx.db, userId, JSON.stringify(next), ctx.now());
  return next;
}
