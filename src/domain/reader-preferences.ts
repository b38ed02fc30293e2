/** How a reader wants works shown; kept in a cookie for guests and in the account for logged-in readers. */

export const WIDTHS = ['full', 'three-quarters', 'half'] as const;
export const THEMES = ['auto', 'light', 'dark', 'sepia'] as const;
export const FONTS = ['serif', 'sans', 'dyslexic'] as const;
export const SPACINGS = ['normal', 'relaxed', 'loose'] as const;
export const FONT_SIZES = [1, 2, 3, 4, 5] as const;

/** A reader's display choices, and whether they always see adult works without the interstitial. */
export interface ReaderPreferences {
  width: (typeof WIDTHS)[number];
  theme: (typeof THEMES)[number];
  font: (typeof FONTS)[number];
  fontSize: (typeof FONT_SIZES)[number];
  lineSpacing: (typeof SPACINGS)[number];
  hideAuthorStyle: boolean;
  adultConsent: boolean;
}

export const DEFAULT_PREFERENCES: ReaderPreferences = { width: 'full', theme: 'auto', font: 'serif', fontSize: 3, lineSpacing: 'normal', hideAuthorStyle: false, adultConsent: false };

const pick = <T>(list: readonly T[], v: unknown, fallback: T): T => (list.includes(v as T) ? (v as T) : fallback);

/** Reads preferences from any loose record (stored JSON, a cookie, a form), keeping only valid values. */
export function normalizePreferences(raw: Record<string, unknown>, base: ReaderPreferences = DEFAULT_PREFERENCES): ReaderPreferences {
  const bool = (v: unknown, fallback: boolean) => (v === undefined ? fallback : v === true || v === '1' || v === 'true' || v === 'on');
  return {
    width: pick(WIDTHS, raw.width, base.width),
    theme: pick(THEMES, raw.theme, base.theme),
    font: pick(FONTS, raw.font, base.font),
    fontSize: pick(FONT_SIZES, Number(raw.fontSize ?? raw.font_size), base.fontSize),
    lineSpacing: pick(SPACINGS, raw.lineSpacing ?? raw.line_spacing, base.lineSpacing),
    hideAuthorStyle: bool(raw.hideAuthorStyle ?? raw.hide_author_style, base.hideAuthorStyle),
    adultConsent: bool(raw.adultConsent ?? raw.adult_consent, base.adultConsent),
  };
}

/** Parses stored JSON (anything malformed gives the defaults). */
export function parsePreferences(json: string | undefined): ReaderPreferences {
  if (!json) return DEFAULT_PREFERENCES;
  try {
    const v = JSON.parse(json);
    return typeof v === 'object' && v ? normalizePreferences(v) : DEFAULT_PREFERENCES;
  } catch {
    return DEFAULT_PREFERENCES;
  }
}
