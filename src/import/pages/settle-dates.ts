/**
 * A page's dates once the whole page is read: which order its numeric dates are in, and a published date that
 * never comes after the updated one. Pure.
 */
import { pageDates, type DateOrder } from './dates.ts';
import type { SavedStory } from './types.ts';

const inOrder = (s: SavedStory): boolean => !s.published || !s.updated || s.published <= s.updated;

/**
 * Reads a page with the order its dates show. When no date shows it, a reading where the story was published
 * after it was updated is the wrong one: when only one of the two orders has them the right way round, that
 * order it is. What stays undecided is read month first (eFiction's and FanFiction.Net's default) with a
 * warning naming the dates.
 */
export function readWithDates(text: string, read: (order: DateOrder | null) => SavedStory): SavedStory {
  const dates = pageDates(text);
  let story = read(dates.order);
  let decided = dates.order !== null;
  if (!decided && !dates.conflicting && dates.ambiguous.length && story.published && story.updated) {
    const other = read('day-first');
    if (inOrder(story) !== inOrder(other)) {
      decided = true;
      if (inOrder(other)) story = other;
      else story.dateOrder = 'month-first';
    }
  }
  if (dates.conflicting) story.warnings.push('The dates on this page are written both day first and month first; each was read as its own numbers allow, month first where either would do. Check the work\'s date.');
  else if (!decided && dates.ambiguous.length && (story.published || story.updated)) {
    story.warnings.push(`The dates on this page (${dates.ambiguous.join(', ')}) read either day first or month first; they were read month first. Check the work's date.`);
  }
  if (!inOrder(story)) {
    story.warnings.push(`The page says the story was published on ${story.published}, after it was updated on ${story.updated}; the earlier date is taken as published.`);
    [story.published, story.updated] = [story.updated, story.published];
  }
  return story;
}
