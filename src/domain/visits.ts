/** Rules for counting hits: which requests count, and the day a visit belongs to. */

const DAY_MS = 86_400_000;

/** The UTC day number of a timestamp: visits and guest kudos are "once per day" in these units. */
export const dayNumber = (ms: number): number => Math.floor(ms / DAY_MS);

/** Crawlers announce themselves in the user agent; their page views are not readers' hits. */
export const isBot = (userAgent: string | undefined): boolean => /bot|spider|crawl/i.test(userAgent ?? '');
