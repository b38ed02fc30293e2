/** Ids in URLs and forms: canonical positive whole numbers only. */

// Digits without a leading zero, at most 15 of them (every such number is a safe integer).
const CANONICAL = /^[1-9][0-9]{0,14}$/;

/**
 * The id a text names, or undefined. Only the canonical spelling counts: `Number()` also read `0x2`, `2.0`, `+2`,
 * `02` and ` 2` as 2, so one work answered at many addresses (and past caches and hit keys keyed by the URL).
 */
export const parseId = (text: string): number | undefined => (CANONICAL.test(text) ? Number(text) : undefined);
