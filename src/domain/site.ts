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
