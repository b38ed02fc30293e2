/**
 * Left-to-right text (an ISO date, a list of HTML element names) set inside a sentence of a right-to-left interface.
 * After Arabic letters the Unicode Bidirectional Algorithm treats digits as Arabic numbers, so "2026-12-06" would
 * show as "06-12-2026"; a left-to-right isolate (U+2066 … U+2069) keeps such a run in its own order. In a
 * left-to-right interface the text is returned as it is.
 */
import { currentLocale } from '../../i18n/translate.ts';
import { textDirection } from '../../i18n/locales.ts';

/** `text` isolated as left to right when the interface is right to left. */
export const ltrInRtl = (text: string): string => (textDirection(currentLocale()) === 'rtl' ? `\u2066${text}\u2069` : text);
