/** The reader's preferences as attributes on `<html>`; site.css does the rest (CSP forbids inline styles). */
import { html, type Html } from './html.ts';
import type { ReaderPreferences } from '../../domain/reader-preferences.ts';

/** ` data-theme="…" data-width="…" …`, to go inside the `<html>` tag. reader.js keeps the same names. */
export function readerAttributes(p: ReaderPreferences): Html {
  return html` data-theme="${p.theme}" data-width="${p.width}" data-font="${p.font}" data-size="${p.fontSize}" data-spacing="${p.lineSpacing}" data-author-style="${p.hideAuthorStyle ? 'hidden' : 'shown'}"`;
}

/**
 * The class `#workskin` carries when author styling is off. There are no work skins yet: this is the hook
 * a skin's CSS will be scoped against (`#workskin:not(.skin-disabled)`), and site.css resets what it can.
 */
export const SKIN_DISABLED_CLASS = 'skin-disabled';
