/**
 * The load scenarios of `npm run bench`: what each one requests. Reading scenarios rotate through a few URLs where a
 * single one would only measure a cache; posting scenarios send a different body every time (a counter), as the
 * logged-in bench account, with its session cookie and CSRF token, to the run's sandbox works.
 */
import type { Fixture } from './fixtures.ts';
import type { Session } from './session.ts';

/** One request to make: a path, and for posts a form body. */
export interface Step { path: string; body?: string }

/** A scenario: its key for --only, its name in the table, the status class a good answer has, and its requests. */
export interface Scenario {
  key: string;
  name: string;
  /** 2: a page; 3: a post answered with a redirect. */
  expect: 2 | 3;
  post: boolean;
  /** Sent as the logged-in bench account (posts always are): a member's pages are never a guest's shared page. */
  member?: boolean;
  /**
   * Sent with the cookies a guest's browser holds after its first page. Without them (the other guest scenarios)
   * every request is a browser's first: a crawler, or a reader arriving from a link, who is given a new CSRF cookie.
   */
  returning?: boolean;
  next(n: number): Step;
}

/** Two-word phrases the generated prose holds (src/bench-data/prose.ts), rotated so no one query is cached. */
export const PHRASES = ['silver lantern', 'quiet harbour', 'crimson river', 'broken mirror', 'old harbour', 'winter garden', 'golden key', 'empty station', 'north tower', 'dusty letter'];

const SENTENCES = ['The lantern swung over the harbour', 'Mira counted the steps to the tower', 'Rain hid the market in silver',
  'Somebody had left a letter under the door', 'The kettle sang while the stranger waited', 'Morning came late to the winter garden'];

/** Words the generated prose holds in many works (src/bench-data/prose.ts): one-word searches, rotated. */
export const WORDS = ['lantern', 'harbour', 'river', 'mirror', 'garden', 'station', 'tower', 'letter', 'silver', 'winter'];

/** Distinct prose of about `words` words for request `n`. */
function text(n: number, words: number): string {
  const out: string[] = [`Request ${n}.`];
  for (let i = 0; out.join(' ').split(' ').length < words; i++) out.push(`${SENTENCES[(n + i * 7) % SENTENCES.length]} (${n}-${i}).`);
  return out.join(' ');
}

const form = (fields: Record<string, string>, session: Session) => new URLSearchParams({ ...fields, authenticity_token: session.token }).toString();

/** Every scenario, in the order they run (reads first, so posts never change what reads measure). */
export function scenarios(f: Fixture, session: Session): Scenario[] {
  const sandbox = (n: number) => f.sandboxIds[n % f.sandboxIds.length]!;
  return [
    { key: 'home', name: 'home page', expect: 2, post: false, next: () => ({ path: '/' }) },
    { key: 'work', name: 'work page (one 5,000-word chapter, 30 comments)', expect: 2, post: false, next: () => ({ path: `/works/${f.singleId}` }) },
    { key: 'work-returning', name: 'work page, a guest\'s browser on its next pages (its cookies sent)', expect: 2, post: false, returning: true, next: () => ({ path: `/works/${f.singleId}` }) },
    { key: 'entire', name: 'entire work (3 × 3,000 words)', expect: 2, post: false, next: () => ({ path: `/works/${f.multiId}?view_full_work=true` }) },
    { key: 'tag', name: 'tag page: fandom + 2 included + 3 excluded tags, by kudos', expect: 2, post: false, next: (n) => ({ path: f.tagPages[n % f.tagPages.length]! }) },
    { key: 'search', name: 'search: two-word phrase', expect: 2, post: false, next: (n) => ({ path: `/works/search?${new URLSearchParams({ 'work_search[query]': `"${PHRASES[n % PHRASES.length]}"` })}` }) },
    { key: 'search-word', name: 'search: one common word', expect: 2, post: false, next: (n) => ({ path: `/works/search?${new URLSearchParams({ 'work_search[query]': WORDS[n % WORDS.length]! })}` }) },
    { key: 'search-filtered', name: 'search: phrase + the tag page\'s filters, by kudos', expect: 2, post: false,
      next: (n) => ({ path: `/works/search?${new URLSearchParams({ 'work_search[query]': `"${PHRASES[n % PHRASES.length]}"` })}&${f.tagPages[n % f.tagPages.length]!.split('?')[1]}` }) },
    { key: 'member-work', name: 'work page, signed in (no shared page)', expect: 2, post: false, member: true, next: () => ({ path: `/works/${f.singleId}` }) },
    { key: 'member-tag', name: 'tag page, signed in (no shared page)', expect: 2, post: false, member: true, next: (n) => ({ path: f.tagPages[n % f.tagPages.length]! }) },
    { key: 'member-search', name: 'search: two-word phrase, signed in', expect: 2, post: false, member: true, next: (n) => ({ path: `/works/search?${new URLSearchParams({ 'work_search[query]': `"${PHRASES[n % PHRASES.length]}"` })}` }) },
    { key: 'member-search-word', name: 'search: one common word, signed in', expect: 2, post: false, member: true, next: (n) => ({ path: `/works/search?${new URLSearchParams({ 'work_search[query]': WORDS[n % WORDS.length]! })}` }) },
    { key: 'epub', name: 'EPUB download (the 5,000-word work)', expect: 2, post: false, next: () => ({ path: `/downloads/${f.singleId}/bench.epub` }) },
    { key: 'chapter-post', name: 'chapter post (logged in, 500 words)', expect: 3, post: true,
      next: (n) => ({ path: `/works/${sandbox(n)}/chapters`, body: form({ 'chapter[title]': `Bench ${n}`, 'chapter[content]': text(n, 500), 'chapter[format]': 'text', commit: 'post' }, session) }) },
    { key: 'comment-post', name: 'comment post (logged in)', expect: 3, post: true,
      next: (n) => ({ path: `/works/${sandbox(n)}/comments`, body: form({ 'comment[content]': text(n, 40) }, session) }) },
  ];
}
