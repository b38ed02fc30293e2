/**
 * The message catalogs: flat JSON files src/i18n/messages/<locale>/<area>.json whose keys start with the area
 * ("work.kudos.left"), read once at start-up. English is the source; a key missing from another language falls back
 * to English (the catalog-completeness test keeps that from happening in a release).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, type Locale } from './locales.ts';

const MESSAGES_DIR = join(import.meta.dirname, 'messages');

/** Every message of one language, by key. */
export type Catalog = ReadonlyMap<string, string>;

/** Reads one language's catalog files; a key defined twice, or outside its file's area, is a mistake worth stopping for. */
export function readCatalog(locale: Locale, dir = MESSAGES_DIR): Catalog {
  const messages = new Map<string, string>();
  let files: string[];
  try { files = readdirSync(join(dir, locale)).filter((f) => f.endsWith('.json')).sort(); } catch { files = []; }
  for (const file of files) {
    const area = file.slice(0, -'.json'.length);
    const entries = JSON.parse(readFileSync(join(dir, locale, file), 'utf8')) as Record<string, unknown>;
    for (const [key, text] of Object.entries(entries)) {
      if (typeof text !== 'string') throw new Error(`i18n: ${locale}/${file}: "${key}" is not a string`);
      if (!key.startsWith(`${area}.`)) throw new Error(`i18n: ${locale}/${file}: "${key}" does not start with "${area}."`);
      if (messages.has(key)) throw new Error(`i18n: ${locale}: "${key}" is defined twice`);
      messages.set(key, text);
    }
  }
  return messages;
}

let loaded: Record<Locale, Catalog> | undefined;

/** All catalogs, read on first use. */
export function catalogs(): Record<Locale, Catalog> {
  loaded ??= Object.fromEntries(LOCALES.map((l) => [l, readCatalog(l)])) as Record<Locale, Catalog>;
  return loaded;
}
