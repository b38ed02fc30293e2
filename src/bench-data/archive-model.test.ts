import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { archiveModel, START, END } from './archive-model.ts';
import { tagKey } from '../domain/tag-list.ts';

const options = { works: 20_000, seed: 11, wordsScale: 1, chapterText: 'full' as const };

describe('archive model', () => {
  const model = archiveModel(options);
  const works = Array.from({ length: 5000 }, (_, i) => model.work(i));

  it('is deterministic: the same seed gives the same archive', () => {
    const again = archiveModel(options);
    assert.deepEqual(again.tags, model.tags);
    assert.deepEqual(again.work(123), works[123]);
    assert.deepEqual(again.chapterText(123, 1, 500), model.chapterText(123, 1, 500));
    assert.notDeepEqual(archiveModel({ ...options, seed: 12 }).work(123), works[123]);
  });

  it('has chapters 1–60 with median 1 and chapter lengths around 3,000 words', () => {
    const counts = works.map((w) => w.chapterWords.length).sort((a, b) => a - b);
    assert.equal(counts[counts.length >> 1], 1);
    assert.ok(counts[counts.length - 1]! <= 60 && counts[counts.length - 1]! > 10);
    const lengths = works.flatMap((w) => w.chapterWords).sort((a, b) => a - b);
    const median = lengths[lengths.length >> 1]!;
    assert.ok(median > 2700 && median < 3300, `median chapter ${median}`);
    const short = archiveModel({ ...options, chapterText: 'short' }).work(1).chapterWords;
    assert.ok(short.every((n) => n < 1000));
  });

  it('spreads dates over 20 years and makes popularity heavy-tailed', () => {
    assert.ok(works.every((w) => w.publishedAt >= START && w.updatedAt <= END && w.updatedAt >= w.publishedAt));
    const years = new Set(works.map((w) => new Date(w.publishedAt).getUTCFullYear()));
    assert.equal(years.size, 20);
    const kudos = works.map((w) => w.kudos).sort((a, b) => a - b);
    assert.ok(kudos[kudos.length - 1]! > 20 * kudos[kudos.length >> 1]!, 'the most loved work far above the median');
    assert.ok(works.every((w) => w.kudos <= w.hits && new Set(w.bookmarks.map((b) => b.user)).size === w.bookmarks.length));
  });

  it('has a few huge fandoms and a long tail, unique tag names, and Zipf-productive creators', () => {
    const fandomTags = new Map(model.tags.fandoms.map((f) => [f.tag, 0]));
    for (const w of works) for (const t of w.tags) if (fandomTags.has(t)) fandomTags.set(t, fandomTags.get(t)! + 1);
    const sizes = [...fandomTags.values()].sort((a, b) => b - a);
    assert.ok(sizes[0]! > 10 * sizes[Math.floor(sizes.length / 2)]!, `fandom sizes ${sizes.slice(0, 5)}…`);
    const keys = model.tags.tags.map((t) => `${t.kind}:${tagKey(t.name)}`);
    assert.equal(new Set(keys).size, keys.length);
    assert.ok(model.tags.tags.filter((t) => t.kind === 'fandom').every((t) => t.media));
    const perUser = new Map<number, number>();
    for (const w of works) for (const u of w.creators) perUser.set(u, (perUser.get(u) ?? 0) + 1);
    const productivity = [...perUser.values()].sort((a, b) => b - a);
    assert.ok(productivity[0]! > 5 * productivity[productivity.length >> 1]!);
    assert.ok(works.every((w) => w.tags.length >= 4 && w.creators.length >= 1));
  });
});
