/** Titles and names: text shown on one line among other text (bylines, blurbs, headings, menus, mail subjects). */

// Embedding, override and isolate controls: LRE RLE PDF LRO RLO (U+202A–U+202E), LRI RLI FSI PDI (U+2066–U+2069).
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * A title or name without bidirectional embedding, override and isolate controls. An override left open reverses
 * whatever follows on the line (the author's name, another work's title), so a name could pass for another; the
 * letters of any script keep their own direction without them.
 */
export const withoutBidiControls = (text: string): string => text.replace(BIDI_CONTROLS, '');
