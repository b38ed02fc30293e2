/**
 * Why a work has no PDF, in the reader's language: the work page's download menu and the PDF address say it. The
 * scripts come from export/pdf-scripts.ts (pure, also loaded by the download worker); the words come from the
 * catalog, so this lives on the request side.
 */
import { t, currentLocale } from '../i18n/translate.ts';
import { OTHER, EXTENDED_ARABIC, scriptCode } from '../export/pdf-scripts.ts';

// English lists without a comma before "and", as the message always read; other languages take their own rules.
const listLocale = (locale: string) => (locale === 'en' ? 'en-GB' : locale);

/** A script's name: Unicode's in English (as the message always had it), the CLDR name in other languages. */
function scriptName(name: string, locale: string): string {
  const code = scriptCode(name);
  return locale === 'en' || !code ? name : (new Intl.DisplayNames([locale], { type: 'script', fallback: 'none' }).of(code) ?? name);
}

/** The sentence for scriptsPdfCannotShow's answer; '' when the work has a PDF. */
export function noPdfReason(scripts: readonly string[]): string {
  if (scripts.length === 0) return '';
  const locale = currentLocale();
  const and = (list: string[]) => new Intl.ListFormat(listLocale(locale), { type: 'conjunction' }).format(list);
  const named = scripts.filter((s) => s !== OTHER && s !== EXTENDED_ARABIC);
  const parts = named.length ? [t('download.no_pdf.scripts', { count: named.length, names: and(named.map((n) => scriptName(n, locale))) })] : [];
  if (scripts.includes(EXTENDED_ARABIC)) parts.push(t('download.no_pdf.extended_arabic'));
  if (scripts.includes(OTHER)) parts.push(t(parts.length ? 'download.no_pdf.other_scripts' : 'download.no_pdf.a_script'));
  return t('download.no_pdf.reason', { what: and(parts) });
}
