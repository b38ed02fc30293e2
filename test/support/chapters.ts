/** Form fields for adding chapters in tests, and reading ids out of redirects. */

/** A valid new-chapter form; `overrides` replaces or removes (null) fields. */
export function chapterForm(overrides: Record<string, string | string[] | null> = {}): Record<string, string | string[] | null> {
  return {
    'chapter[title]': 'The Thaw',
    'chapter[format]': 'text',
    'chapter[content]': 'In the morning the snow had stopped.',
    commit: 'post',
    ...overrides,
  };
}

/** The work id in a `/works/N…` location. */
export const workIdOf = (location: unknown): number => Number(/\/works\/(\d+)/.exec(String(location))![1]);

/** The chapter id in a `/works/N/chapters/M` location. */
export const chapterIdOf = (location: unknown): number => Number(/\/chapters\/(\d+)/.exec(String(location))![1]);

/** "YYYY-MM-DD HH:MM" (UTC) of an instant, as the chapter form takes it. */
export const scheduleText = (ms: number): string => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
