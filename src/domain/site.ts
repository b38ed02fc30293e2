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
