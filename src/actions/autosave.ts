/**
 * Autosaved copies of open forms, so an author's text survives a crash, a closed tab or an expired session.
 * One copy per account and form key (`work:new`, `work:12`, `work:12:chapter:new`, `chapter:34`); never expires;
 * removed when the form is sent successfully or the author discards it.
 */
import { putAutosave, autosaveOf, deleteAutosave } from '../storage/autosaves.ts';
import { Forbidden, Invalid } from '../domain/errors.ts';
import type { Account } from '../domain/account.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** The largest copy kept, in bytes of its JSON. */
export const AUTOSAVE_MAX_BYTES = 2 * 1024 * 1024;

/** A form's fields as sent: a value, or several for repeated fields (checkboxes). */
export type FormFields = Record<string, string | string[]>;

/** A stored copy. */
export interface Autosave {
  fields: FormFields;
  savedAt: number;
}

const KEY_PATTERN = /^[a-z]+(:[a-z0-9]+){0,5}$/;

/** Whether a string can name a form. */
export const isAutosaveKey = (key: string): boolean => key.length <= 100 && KEY_PATTERN.test(key);

function checkKey(key: string): void {
  if (!isAutosaveKey(key)) throw new Invalid({ key: t('errors.autosave.key') }, t('errors.autosave.key'));
}

/** Stores the viewer's copy of a form, replacing the previous one. Too large: `Invalid` with a `payload` field. */
export async function saveAutosave(ctx: Context, viewer: Account | undefined, input: { key: string; fields: FormFields }): Promise<{ savedAt: number }> {
  if (!viewer) throw new Forbidden(t('errors.autosave.log_in'));
  checkKey(input.key);
  const payload = JSON.stringify(input.fields);
  if (Buffer.byteLength(payload) > AUTOSAVE_MAX_BYTES) {
    const message = 'The text is too long to keep a copy (the limit is 2 MB). Save a draft instead.';
    throw new Invalid({ payload: message }, message);
  }
  const savedAt = ctx.now();
  await putAutosave(ctx.db, viewer.id, input.key, payload, savedAt);
  return { savedAt };
}

/** The viewer's copy of a form, if any. Only its owner ever reads it. */
export async function findAutosave(ctx: Context, viewer: Account | undefined, key: string): Promise<Autosave | undefined> {
  if (!viewer || !isAutosaveKey(key)) return undefined;
  const row = await autosaveOf(ctx.db, viewer.id, key);
  if (!row) return undefined;
  return { fields: parseFields(row.payload), savedAt: row.savedAt };
}

/** Removes an account's copy of a form (after the form was sent, or when discarded). */
export async function clearAutosave(ctx: Context, userId: number, key: string): Promise<void> {
  await deleteAutosave(ctx.db, userId, key);
}

/** Keeps only string and string-list values: a stored copy is data, never trusted structure. */
export function formFieldsOf(body: unknown, omit: readonly string[] = []): FormFields {
  const out: FormFields = {};
  if (!body || typeof body !== 'object') return out;
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    if (omit.includes(k) || k === '__proto__') continue;
    if (typeof v === 'string') out[k] = v;
    else if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === 'string');
  }
  return out;
}

function parseFields(payload: string): FormFields {
  try {
    return formFieldsOf(JSON.parse(payload));
  } catch {
    return {};
  }
}
