/** Rules for the archive's own identity settings. */
import { t } from '../i18n/translate.ts';

/** The name used when an archive has not been named yet. */
export const DEFAULT_SITE_NAME = 'Quire';

/** A message when a site name cannot be used. */
export function siteNameProblem(name: string): string | undefined {
  const n = name.trim();
  if (!n) return t('errors.site.name');
  if (n.length > 80) return t('errors.at_most', { max: 80 });
  return undefined;
}

/** The admin-editable texts of the archive, each stored as sanitized HTML in `settings` under its key. */
export const SITE_TEXTS = [
  { key: 'footer_credit', max: 1000 },
  { key: 'disclaimer_html', max: 5000 },
  { key: 'support_html', max: 50_000 },
  { key: 'contact_html', max: 50_000 },
  { key: 'rules_html', max: 100_000 },
] as const;

/** A key of one of the site texts. */
export type SiteTextKey = (typeof SITE_TEXTS)[number]['key'];

/** A message per text that is too long. */
export function siteTextProblems(texts: Partial<Record<SiteTextKey, string>>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const text of SITE_TEXTS) {
    const v = texts[text.key];
    if (v !== undefined && v.length > text.max) errors[text.key] = t('errors.at_most_have_grouped', { max: text.max, length: v.length });
  }
  return errors;
}

/** The archive's look in the header: a logo, a favicon (addresses) and a tagline (plain text), each optional. */
export const SITE_LOOK_KEYS = ['site_logo_url', 'site_favicon_url', 'site_tagline'] as const;
export type SiteLookKey = (typeof SITE_LOOK_KEYS)[number];
export type SiteLook = Record<SiteLookKey, string>;

const TAGLINE_MAX = 200;
const URL_MAX = 500;

/** Why an image address cannot be used: only https:// addresses and paths on this archive (`/…`, not `//host`). */
export function imageUrlProblem(value: string): string | undefined {
  const v = value.trim();
  if (!v) return undefined;
  if (v.length > URL_MAX) return t('errors.at_most', { max: URL_MAX });
  if (/[\s\u0000-\u001f\u007f\\"'<>`]/.test(v)) return t('errors.site.url_chars');
  if (v.startsWith('/')) return v.startsWith('//') ? t('errors.site.url_double_slash') : undefined;
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return t('errors.site.url');
  }
  if (url.protocol !== 'https:') return t('errors.site.url_https');
  if (url.username || url.password) return t('errors.site.url_credentials');
  return undefined;
}

/** Field problems of the look settings, keyed like the form. */
export function siteLookProblems(look: Partial<SiteLook>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const key of ['site_logo_url', 'site_favicon_url'] as const) {
    const p = imageUrlProblem(look[key] ?? '');
    if (p) errors[key] = p;
  }
  const tagline = look.site_tagline ?? '';
  if (tagline.length > TAGLINE_MAX) errors.site_tagline = t('errors.at_most', { max: TAGLINE_MAX });
  else if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(tagline)) errors.site_tagline = t('errors.site.plain_text');
  return errors;
}

/** The settings key of the site's default interface language (an i18n locale code; unset: English). */
export const SITE_LOCALE_KEY = 'site_locale';
