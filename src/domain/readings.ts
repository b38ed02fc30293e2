/** Rules of the reading history and Marked for Later (AO3's readings). */

/** Whether a page showing this chapter (undefined: the whole work) reads the work to its end: that clears a mark. */
export const readsToEnd = (chapterIndex: number | undefined, chapterCount: number): boolean =>
  chapterIndex === undefined || chapterIndex >= chapterCount - 1;

/** Whether the work changed (a chapter posted) after the member last read it. */
export const updatedSinceRead = (workUpdatedAt: number | null, lastViewedAt: number, viewCount: number): boolean =>
  viewCount > 0 && workUpdatedAt !== null && workUpdatedAt > lastViewedAt;

/** AO3's `?show=to-read` picks the Marked for Later list; anything else is the whole history. */
export const showsToRead = (show: string): boolean => show === 'to-read';
