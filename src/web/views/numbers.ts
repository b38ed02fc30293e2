/** Numbers as readers see them: grouped digits in the reader's language ("3,000", "3.000", "٣٬٠٠٠"). */
import { formatNumber } from '../../i18n/translate.ts';

/** A count with grouped digits, in the current language. */
export const countText = (n: number): string => formatNumber(n);

/**
 * A count and its English noun: "1 work", "2,345 works". Only for English text (logs, CLI, the English-only
 * download labels); pages use a catalog message with an ICU plural instead, since other languages have other forms.
 */
export const countOf = (n: number, one: string, many = `${one}s`): string => `${countText(n)} ${n === 1 ? one : many}`;
