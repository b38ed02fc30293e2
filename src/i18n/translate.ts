/**
 * Translating a message for whoever the current request or job is for. The language travels with the async context
 * (set once per request by the web layer, or around a mail for its recipient with `withLocale`), so the many small
 * view helpers need no extra parameter. Messages use ICU MessageFormat (plurals, selects, numbers) through
 * intl-messageformat; compiled formats are cached per language and key.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { IntlMessageFormat } from 'intl-messageformat';
import { catalogs } from './catalog.ts';
import { DEFAULT_LOCALE, type Locale } from './locales.ts';
import { LruMap } from '../services/lru-map.ts';

/** What the async context carries: the language, mutable so the session step can refine what the request asked for. */
export interface LocaleScope { locale: Locale }

const scope = new AsyncLocalStorage<LocaleScope>();

/** The language of the current request, job or mail; English outside any scope (CLI, start-up). */
export const currentLocale = (): Locale => scope.getStore()?.locale ?? DEFAULT_LOCALE;

/** Runs `fn` in `locale` (a mail for its recipient, a test); the previous language is back afterwards. */
export const withLocale = <T>(locale: Locale, fn: () => T): T => scope.run({ locale }, fn);

/** Starts a scope that the caller may refine later (the web layer: Accept-Language first, the member's setting after the session is read). */
export const enterLocaleScope = (locale: Locale, fn: () => void): void => scope.run({ locale }, fn);

/** The current scope, to refine its language; undefined outside one. */
export const localeScope = (): LocaleScope | undefined => scope.getStore();

/** Values a message may use: strings and numbers (and Dates for {d, date}); `tHtml` (web/views/translate-html.ts) also takes rendered HTML. */
export type MessageValues = Record<string, string | number | Date>;

/** A message ready to use: its text when it takes no values (most do), else its compiled format. */
type Compiled = string | IntlMessageFormat;

/** Per language, then key: the fallback to English is resolved once, when a key is first used. */
const compiled = new Map<Locale, Map<string, Compiled>>();

function compile(locale: Locale, key: string): Compiled {
  const all = catalogs();
  const inLocale = all[locale].get(key);
  const text = inLocale ?? all[DEFAULT_LOCALE].get(key);
  if (text === undefined) throw new Error(`i18n: no message "${key}"`);
  const mf = new IntlMessageFormat(text, inLocale === undefined ? DEFAULT_LOCALE : locale, undefined, { ignoreTag: true });
  // Text without arguments (only literal parts, type 0 in the parser's AST) is formatted once: formatting walked the
  // format's parts on every call, and a page uses hundreds of messages.
  return mf.getAst().every((part) => part.type === 0) ? String(mf.format()) : mf;
}

/**
 * Messages formatted with values, by language, key and values: formatting a plural or a number walks the format's
 * parts through Intl each time (3.5 µs here for "{count} comments"), and pages repeat the same few with the same
 * values. Formatting is a pure function of these (dates in the values are kept as their instant).
 */
const formatted = new LruMap<string, string>(2048);
/** A memo key longer than this (values with a title or a reason in them) is formatted each time rather than kept. */
const MAX_MEMO_KEY = 256;

/** A message's text in `locale` with its values (falling back to English when the language lacks the key). */
export function messageText(locale: Locale, key: string, values: Record<string, unknown> | undefined): string {
  let inLocale = compiled.get(locale);
  if (!inLocale) compiled.set(locale, (inLocale = new Map()));
  let message = inLocale.get(key);
  if (message === undefined) inLocale.set(key, (message = compile(locale, key)));
  if (typeof message === 'string') return message;
  const format = (): string => String(message.format(values as Record<string, string | number>));
  const memo = `${locale}\u0001${key}\u0001${JSON.stringify(values)}`;
  return memo.length <= MAX_MEMO_KEY ? formatted.remember(memo, format) : format();
}

/** A message as plain text (escaped like any string when interpolated into `html`). */
export const t = (key: string, values?: MessageValues): string => messageText(currentLocale(), key, values);

/** A message in a given language, outside the current scope (e.g. a list of languages each named in itself). */
export const tIn = (locale: Locale, key: string, values?: MessageValues): string => messageText(locale, key, values);

/** A number in the current language ("3,000", "3.000", "٣٬٠٠٠"). */
export const formatNumber = (n: number, options?: Intl.NumberFormatOptions): string => numberFormat(currentLocale(), options).format(n);

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions | undefined): Intl.NumberFormat {
  // Most calls take no options (every count on a listing's filter panel): keyed by the language alone, without JSON.
  const k = options ? `${locale}${JSON.stringify(options)}` : locale;
  let f = numberFormats.get(k);
  if (!f) numberFormats.set(k, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** A date in the current language with Intl options (time zone included in the options; UTC when not given). */
export function formatDate(ms: number | Date, options: Intl.DateTimeFormatOptions): string {
  const locale = currentLocale();
  const k = `${locale}${JSON.stringify(options)}`;
  let f = dateFormats.get(k);
  if (!f) dateFormats.set(k, (f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options })));
  return f.format(ms);
}
