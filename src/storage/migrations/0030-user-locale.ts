/**
 * users.locale: the interface language a member chose (an i18n/locales.ts code), NULL for "the site default or what
 * the browser asks for". Nullable, so existing accounts keep following their browser. The site's default language is
 * a row of the settings table (key 'site_locale'), which needs no migration.
 */
import type { Migration } from '../migrate.ts';

const migration: Migration = {
  version: 30,
  name: 'user-locale',
  up: () => `ALTER TABLE users ADD COLUMN locale TEXT;`,
};
export default migration;
