/** Estimated reading time of a text from its word count. */

/** An adult's typical silent reading speed for fiction, in words per minute. */
export const WORDS_PER_MINUTE = 250;

/** Whole minutes to read `words` words (at least 1 for any text, 0 for none). */
export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  if (!Number.isFinite(words) || words <= 0) return 0;
  return Math.max(1, Math.round(words / wordsPerMinute));
}

/** "~12 min", "~1 h 5 min", "~3 h"; '' when there is nothing to read. */
export function readingTimeLabel(words: number, wordsPerMinute = WORDS_PER_MINUTE): string {
  const minutes = readingMinutes(words, wordsPerMinute);
  if (minutes === 0) return '';
  if (minutes < 60) return `~${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `~${h} h ${m} min` : `~${h} h`;
}
