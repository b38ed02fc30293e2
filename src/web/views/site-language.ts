/** The site's default interface language, a field of the admins' site settings form. */
import type { Html } from './html.ts';
import { selectField, type FormState } from './form.ts';
import { t } from '../../i18n/translate.ts';
import { LOCALES, LOCALE_NAMES, DEFAULT_LOCALE } from '../../i18n/locales.ts';
import { SITE_LOCALE_KEY } from '../../domain/site.ts';

/** The select, each language named in itself; unset stands for English, the catalogs' source. */
export function siteLanguageField(form: FormState): Html {
  const options = LOCALES.map((l) => [l === DEFAULT_LOCALE ? '' : l, LOCALE_NAMES[l], l] as const);
  return selectField(form, { key: SITE_LOCALE_KEY, name: 'site[locale]', label: t('site.language.label'), hint: t('site.language.hint'), options });
}
