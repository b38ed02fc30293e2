/**
 * The compact form of a guest's reading preferences kept in the `quire_reader` cookie: a version digit,
 * then one digit per display choice (an index into its list). Adult consent is never stored here: for
 * guests it lasts one browser session (the adult gate's own cookie).
 */
import { WIDTHS, THEMES, FONTS, FONT_SIZES, SPACINGS, DEFAULT_PREFERENCES, type ReaderPreferences } from './reader-preferences.ts';

const VERSION = '1';

const digit = <T>(list: readonly T[], value: T) => String(Math.max(0, list.indexOf(value)));
const at = <T>(list: readonly T[], c: string | undefined, fallback: T): T => (c !== undefined && /^\d$/.test(c) ? (list[Number(c)] ?? fallback) : fallback);

/** Seven digits, e.g. `1222421`: version, width, theme, font, size, spacing, hide author styling. */
export function encodeReaderCookie(p: ReaderPreferences): string {
  return VERSION + digit(WIDTHS, p.width) + digit(THEMES, p.theme) + digit(FONTS, p.font) + digit(FONT_SIZES, p.fontSize) + digit(SPACINGS, p.lineSpacing) + (p.hideAuthorStyle ? '1' : '0');
}

/** Reads the cookie; anything unknown or malformed falls back to the defaults, field by field. */
export function decodeReaderCookie(value: string | undefined): ReaderPreferences {
  if (!value || value[0] !== VERSION) return DEFAULT_PREFERENCES;
  const d = DEFAULT_PREFERENCES;
  const c = value.slice(1);
  return {
    width: at(WIDTHS, c[0], d.width),
    theme: at(THEMES, c[1], d.theme),
    font: at(FONTS, c[2], d.font),
    fontSize: at(FONT_SIZES, c[3], d.fontSize),
    lineSpacing: at(SPACINGS, c[4], d.lineSpacing),
    hideAuthorStyle: c[5] === '1',
    adultConsent: false,
  };
}
