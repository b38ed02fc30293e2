/**
 * The shape of a generated archive, pure and deterministic: users whose productivity follows Zipf, tags
 * (archive-tags.ts), and works drawn one by one from their own seeded stream (so work i is the same whatever the
 * batch size): 1–60 chapters (median 1), log-normal chapter lengths, dates over 20 years, heavy-tailed popularity.
 */
import { Rng, Zipf, mixSeed } from './random.ts';
import { paragraphs, sentence, title } from './prose.ts';
import { buildTags, type TagSet } from './archive-tags.ts';

/** How big and how wordy. */
export interface ModelOptions {
  works: number;
  seed: number;
  /** Multiplies chapter lengths (1 = median 3,000 words). */
  wordsScale: number;
  /** 'short': chapters of about 200 words, for filter benchmarks where text size does not matter. */
  chapterText: 'full' | 'short';
}

/** One generated work, with indexes into the model's users and tags. */
export interface GeneratedWork {
  title: string;
  summary: string;
  language: string;
  creators: number[];
  tags: number[];
  chapterWords: number[];
  expectedChapters: number | null;
  publishedAt: number;
  updatedAt: number;
  hits: number;
  kudos: number;
  comments: { user: number; chapter: number; at: number; body: string }[];
  bookmarks: { user: number; at: number }[];
}

/** Generated dates fall in these 20 years (fixed, so output does not depend on today). */
export const START = Date.UTC(2006, 0, 1);
export const END = Date.UTC(2026, 0, 1);
const LANGUAGES = ['es', 'fr', 'de', 'ru', 'zh', 'pt', 'it', 'ja'];

/** A generated archive. */
export interface ArchiveModel {
  options: ModelOptions;
  users: string[];
  tags: TagSet;
  work(index: number): GeneratedWork;
  /** Paragraphs of chapter `position` (1-based) of work `index`, about `words` long. */
  chapterText(index: number, position: number, words: number): { paragraphs: string[]; words: number };
}

/** Builds the model; users, tags and samplers are made once, works on demand. */
export function archiveModel(options: ModelOptions): ArchiveModel {
  const { seed, works } = options;
  const userCount = Math.max(20, Math.round(works / 4));
  const users = Array.from({ length: userCount }, (_, i) => `bench_${i + 1}`);
  const tags = buildTags(seed, works);
  const creatorZipf = new Zipf(userCount, 1.0, 10);
  const fandomZipf = new Zipf(tags.fandoms.length, 1.1);
  const freeformZipf = new Zipf(tags.freeforms.length, 1.0);
  const castZipf = new Zipf(40, 0.8);

  function work(index: number): GeneratedWork {
    const rng = new Rng(mixSeed(seed, index + 1));
    const chapterCount = rng.chance(0.7) ? 1 : Math.min(60, 1 + Math.max(1, Math.round(rng.logNormal(3, 0.9))));
    const median = options.chapterText === 'short' ? 200 : 3000 * options.wordsScale;
    const chapterWords = Array.from({ length: chapterCount }, () => Math.max(20, Math.round(rng.logNormal(median, options.chapterText === 'short' ? 0.4 : 0.7))));
    const complete = chapterCount === 1 ? rng.chance(0.97) : rng.chance(0.6);
    const expectedChapters = complete ? chapterCount : rng.chance(0.5) ? null : chapterCount + rng.int(1, 10);
    const publishedAt = START + Math.floor(rng.next() * (END - START - 86_400_000));
    const updatedAt = chapterCount === 1 ? publishedAt : Math.min(END, publishedAt + Math.floor(rng.next() * chapterCount * 30 * 86_400_000));
    const creators = [creatorZipf.draw(rng)];
    if (rng.chance(0.04)) creators.push(creatorZipf.draw(rng));
    const fandomRanks = fandomZipf.distinct(rng, rng.chance(0.9) ? 1 : rng.int(2, 3));
    const picked: number[] = [rng.pick(tags.ratings), rng.pick(tags.warnings), rng.pick(tags.categories)];
    for (const f of fandomRanks) {
      const fandom = tags.fandoms[f]!;
      picked.push(fandom.tag);
      for (const c of castZipf.distinct(rng, rng.int(0, 5))) if (c < fandom.characters.length) picked.push(fandom.characters[c]!);
      for (let r = rng.int(0, 2); r > 0; r--) if (fandom.relationships.length) picked.push(rng.pick(fandom.relationships));
    }
    for (const f of freeformZipf.distinct(rng, rng.int(0, 10))) picked.push(tags.freeforms[f]!);
    const popularity = rng.logNormal(1, 1.4);
    const hits = Math.round(40 * popularity * (1 + chapterCount / 4) * (1 + (END - publishedAt) / (END - START)));
    const kudos = Math.min(hits, Math.round(hits * rng.logNormal(0.06, 0.5)));
    const commentCount = Math.round(kudos * rng.next() * 0.12);
    const bookmarkUsers = new Set<number>();
    const bookmarkCount = Math.min(userCount - 1, Math.round(kudos * rng.next() * 0.15));
    while (bookmarkUsers.size < bookmarkCount) bookmarkUsers.add(rng.int(0, userCount - 1));
    const later = () => publishedAt + Math.floor(rng.next() * (END - publishedAt));
    return {
      title: title(rng),
      summary: `${sentence(rng)} ${rng.chance(0.5) ? sentence(rng) : ''}`.trim(),
      language: rng.chance(0.9) ? 'en' : rng.pick(LANGUAGES),
      creators: [...new Set(creators)],
      tags: [...new Set(picked)],
      chapterWords,
      expectedChapters,
      publishedAt,
      updatedAt,
      hits,
      kudos,
      comments: Array.from({ length: commentCount }, () => ({ user: rng.int(0, userCount - 1), chapter: rng.int(1, chapterCount), at: later(), body: sentence(rng) })),
      bookmarks: [...bookmarkUsers].map((user) => ({ user, at: later() })),
    };
  }

  return {
    options,
    users,
    tags,
    work,
    chapterText: (index, position, words) => paragraphs(new Rng(mixSeed(mixSeed(seed, index + 1), position)), words),
  };
}
