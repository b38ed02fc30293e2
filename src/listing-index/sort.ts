/** The listing orders of storage/work-filter.ts's SORT_SQL over slots: the column, then the work id, one direction. */
import { compareNullable } from './order.ts';
import type { ListingIndex } from './listing-index.ts';
import type { SortColumn } from '../domain/work-filter.ts';

/** A comparator of slots: negative when `a` is listed before `b`. */
export function sortOrder(index: ListingIndex, column: SortColumn, direction: 'asc' | 'desc'): (a: number, b: number) => number {
  const c = index.cols;
  const id = c.workId;
  const sign = direction === 'asc' ? 1 : -1;
  const values = numericColumn(index, column);
  // One flat closure per numeric column: this comparator runs once per matching work.
  if (values) return (a, b) => sign * (values[a]! - values[b]! || id[a]! - id[b]!);
  if (column === 'kudos_hits_ratio') {
    const ratio = (s: number) => (c.hits[s]! > 0 ? c.kudos[s]! / c.hits[s]! : 0);
    return (a, b) => sign * (ratio(a) - ratio(b) || id[a]! - id[b]!);
  }
  if (column === 'title_to_sort_on') return (a, b) => sign * (c.titles.compare(a, b) || id[a]! - id[b]!);
  return (a, b) => sign * (compareNullable(c.creatorKey[a]!, c.creatorKey[b]!, index.nulls) || id[a]! - id[b]!);
}

function numericColumn(index: ListingIndex, column: SortColumn): ArrayLike<number> | null {
  const c = index.cols;
  switch (column) {
    case 'revised_at': return c.updated;
    case 'created_at': return c.published;
    case 'word_count': return c.wordCount;
    case 'hits': return c.hits;
    case 'kudos_count': return c.kudos;
    case 'comments_count': return c.comments;
    case 'bookmarks_count': return c.bookmarks;
    default: return null;
  }
}
