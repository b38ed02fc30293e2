/**
 * The language a mail is written in: its recipient's own choice, else the archive's default. A mail is composed
 * inside `withLocale` for that language, so every message in it, dates and numbers included, reads in it.
 */
import { getSetting } from '../storage/settings.ts';
import { SITE_LOCALE_KEY } from '../domain/site.ts';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales.ts';
import { withLocale, currentLocale } from '../i18n/translate.ts';
import type { Queryable } from '../storage/db.ts';

/** The archive's default language (the admins' setting; English when unset). */
export async function siteLocale(db: Queryable): Promise<Locale> {
  const stored = await getSetting(db, SITE_LOCALE_KEY);
  return isLocale(stored) ? stored : DEFAULT_LOCALE;
}

/** A recipient's language: a member's setting, else the site default (also for an address with no account). */
export async function recipientLocale(db: Queryable, recipient?: { locale?: Locale | string | null }): Promise<Locale> {
  const own = recipient?.locale;
  return isLocale(own) ? own : siteLocale(db);
}

/**
 * The language of a mail to the person making the request (a confirmation link, a reset link, a copy of their
 * report): their own setting when they have one, else the language they are using the archive in.
 */
export const askerLocale = (asker?: { locale?: Locale | string | null }): Locale => (isLocale(asker?.locale) ? asker.locale : currentLocale());

/** Composes a mail (or anything else) in `locale`. */
export const composeIn = <T>(locale: Locale, compose: () => T): T => withLocale(locale, compose);
