/**
 * The interface languages Quire ships catalogs for, and the rules for picking one and for a text's direction. The
 * direction rule is for any language tag, since a work's language need not be an interface language.
 */

/** Interface languages with a complete catalog under src/i18n/messages/<locale>/. English is the source. */
export const LOCALES = ['en', 'es', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each interface language's name in itself, for the language menus. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', es: 'Español', ar: 'العربية' };

/** Whether a string names an interface language. */
export const isLocale = (s: string | undefined | null): s is Locale => (LOCALES as readonly string[]).includes(s ?? '');

/** Scripts written right to left; a tag with one of them (e.g. ku-Arab) is right to left whatever its language. */
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg', 'mand', 'samr']);
/** Languages whose default script is written right to left. */
const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'ji', 'dv', 'sd', 'ug', 'ckb', 'arz', 'syr', 'ku-arab']);

/** The writing direction of a BCP 47 language tag: 'rtl' for Arabic, Hebrew, Persian, Urdu…; 'ltr' otherwise or when unknown. */
export function textDirection(tag: string | undefined | null): 'ltr' | 'rtl' {
  const parts = (tag ?? '').trim().toLowerCase().replace(/_/g, '-').split('-');
  if (parts.length > 1 && parts.slice(1).some((p) => p.length === 4)) return parts.slice(1).some((p) => RTL_SCRIPTS.has(p)) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(parts[0] ?? '') ? 'rtl' : 'ltr';
}

/**
 * The interface language an Accept-Language header asks for (RFC 9110 quality values; "es-MX" is served by "es"),
 * or undefined when it names none of ours.
 */
export function negotiateLocale(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  const asked = header.split(',').map((part, order) => {
    const [range = '', ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/i.exec(p)).find(Boolean);
    return { range: range.trim().toLowerCase(), q: q ? Number(q[1]) : 1, order };
  }).filter((a) => a.range && a.q > 0).sort((a, b) => b.q - a.q || a.order - b.order);
  for (const a of asked) {
    const primary = a.range.split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return undefined;
}

/** A language chosen in a form: a locale, null for "the default" (an empty value), undefined for anything else. */
export function localeChoice(value: string): Locale | null | undefined {
  const v = value.trim();
  if (v === '') return null;
  return isLocale(v) ? v : undefined;
}
