/** Rules for the archive's own identity settings. */

/** The name used when an archive has not been named yet. */
export const DEFAULT_SITE_NAME = 'Quire';

/** A message when a site name cannot be used. */
export function siteNameProblem(name: string): string | undefined {
  const n = name.trim();
  if (!n) return 'Give the archive a name.';
  if (n.length > 80) return 'Use at most 80 characters.';
  return undefined;
}

/** The admin-editable texts of the archive, each stored as sanitized HTML in `settings` under its key. */
export const SITE_TEXTS = [
  { key: 'footer_credit', label: 'Footer credit', hint: 'Shown in the footer of every page.', max: 1000 },
  { key: 'disclaimer_html', label: 'Site-wide disclaimer', hint: 'Shown under every work.', max: 5000 },
  { key: 'support_html', label: 'Support page', hint: 'The text of /support: how to get help.', max: 50_000 },
  { key: 'contact_html', label: 'Contact page', hint: 'The text of /contact: how to reach the archive team.', max: 50_000 },
  { key: 'rules_html', label: 'Rules and terms', hint: 'The text of /rules: the archive’s rules and terms of service.', max: 100_000 },
] as const;

/** A key of one of the site texts. */
export type SiteTextKey = (typeof SITE_TEXTS)[number]['key'];

/** A message per text that is too long. */
export function siteTextProblems(texts: Partial<Record<SiteTextKey, string>>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const t of SITE_TEXTS) {
    const v = texts[t.key];
    if (v !== undefined && v.length > t.max) errors[t.key] = `Use at most ${t.max.toLocaleString('en')} characters (you have ${v.length.toLocaleString('en')}).`;
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
  if (v.length > URL_MAX) return `Use at most ${URL_MAX} characters.`;
  if (/[\s\u0000-\u001f\u007f\\"'<>`]/.test(v)) return 'An address cannot contain spaces, quotes, angle brackets or backslashes.';
  if (v.startsWith('/')) return v.startsWith('//') ? 'Use https:// for another site, or a path on this archive starting with a single /.' : undefined;
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return 'Give an https:// address or a path on this archive such as /logo.png.';
  }
  if (url.protocol !== 'https:') return 'Only https:// addresses (or paths on this archive) are allowed.';
  if (url.username || url.password) return 'The address cannot carry a user name or password.';
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
  if (tagline.length > TAGLINE_MAX) errors.site_tagline = `Use at most ${TAGLINE_MAX} characters.`;
  else if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(tagline)) errors.site_tagline = 'Use plain text.';
  return errors;
}

/** The settings key of the site's default interface language (an i18n locale code; unset: English). */
export const SITE_LOCALE_KEY = 'site_locale';
