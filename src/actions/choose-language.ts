/** A member chooses the interface language (or goes back to the automatic one); the site's default is chosen by admins in the site settings. */
import { setUserLocale } from '../storage/users.ts';
import { localeChoice, type Locale } from '../i18n/locales.ts';
import { t } from '../i18n/translate.ts';
import { Forbidden, Invalid } from '../domain/errors.ts';
import type { Viewer } from '../domain/permissions.ts';
import type { Context } from './context.ts';

/** Saves the viewer's language: a locale, or '' for automatic; returns what was saved (null: automatic). */
export async function chooseLanguage(ctx: Context, viewer: Viewer, value: string): Promise<Locale | null> {
  if (!viewer) throw new Forbidden();
  const choice = localeChoice(value);
  if (choice === undefined) throw new Invalid({ locale: t('account.language.unknown') });
  await setUserLocale(ctx.db, viewer.id, choice);
  return choice;
}
