/**
 * The texts tag-autocomplete.js shows (the list's name, "no suggestions", a synonym's note, the work count), in the
 * reader's language, as one data attribute of a tag field: the script has no catalog of its own. The count's plural
 * forms go as one template per plural category ("# obras"), picked in the browser with Intl.PluralRules.
 */
import { html, type Html } from './html.ts';
import { t, currentLocale, formatNumber } from '../../i18n/translate.ts';

const CATEGORIES: Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/**
 * A counted message as templates by plural category, "#" standing for the number: each category's text is the
 * message formatted with a number of that category, that number's digits replaced by "#".
 */
export function pluralTemplates(key: string): Partial<Record<Intl.LDMLPluralRule, string>> {
  const rules = new Intl.PluralRules(currentLocale());
  const out: Partial<Record<Intl.LDMLPluralRule, string>> = {};
  for (const category of CATEGORIES) {
    const sample = Array.from({ length: 1000 }, (_, n) => n).find((n) => rules.select(n) === category);
    if (sample === undefined) continue;
    out[category] = t(key, { count: sample }).replace(formatNumber(sample), '#');
  }
  return out;
}

const byLocale = new Map<string, Html>();

/**
 * ` data-autocomplete-text="{…}"`, to add to a tag field beside `data-autocomplete`. The same for every field of a
 * language, so made once per language: the filter panel has a dozen tag fields, and finding each plural category's
 * sample number took ~4,000 Intl.PluralRules calls per field (9 % of a signed-in tag page's CPU, measured).
 */
export function autocompleteText(): Html {
  const locale = currentLocale();
  let made = byLocale.get(locale);
  if (!made) {
    made = html` data-autocomplete-text="${JSON.stringify({
      list: t('tags.autocomplete.list'),
      listFor: t('tags.autocomplete.list_for', { label: '{label}' }),
      none: t('tags.autocomplete.none'),
      synonym: t('tags.autocomplete.synonym', { name: '{name}' }),
      canonical: t('tags.autocomplete.canonical'),
      comma: t('work.kudos.comma'),
      works: pluralTemplates('common.count.works'),
      count: pluralTemplates('tags.autocomplete.count'),
      added: t('tags.autocomplete.added', { name: '{name}' }),
    })}"` as Html;
    byLocale.set(locale, made);
  }
  return made;
}
