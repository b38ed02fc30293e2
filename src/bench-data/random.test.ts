import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Rng, Zipf, mixSeed } from './random.ts';
import { paragraphs, sentence, VOCABULARY_SIZE } from './prose.ts';
import { progressLine, duration } from './progress.ts';

describe('seeded randomness', () => {
  it('gives the same stream for the same seed and another for another seed', () => {
    const a = new Rng(42), b = new Rng(42), c = new Rng(43);
    const draw = (r: Rng) => Array.from({ length: 20 }, () => r.next());
    const first = draw(a);
    assert.deepEqual(first, draw(b));
    assert.notDeepEqual(first, draw(c));
    assert.ok(first.every((x) => x >= 0 && x < 1));
    assert.notEqual(mixSeed(1, 2), mixSeed(2, 1));
  });

  it('draws Zipf ranks with rank 0 the most common and a long tail', () => {
    const rng = new Rng(7);
    const zipf = new Zipf(1000, 1.1);
    const counts = new Array<number>(1000).fill(0);
    for (let i = 0; i < 50_000; i++) counts[zipf.draw(rng)]!++;
    assert.ok(counts[0]! > counts[1]! && counts[1]! > counts[10]!);
    assert.ok(counts[0]! > 50_000 * 0.1, `rank 0 has ${counts[0]}`);
    assert.ok(counts.slice(100).reduce((s, n) => s + n, 0) > 0, 'the tail is reached');
    assert.equal(new Set(zipf.distinct(rng, 5)).size, 5);
  });

  it('draws log-normal values around the median', () => {
    const rng = new Rng(3);
    const xs = Array.from({ length: 20_001 }, () => rng.logNormal(3000, 0.7)).sort((a, b) => a - b);
    const median = xs[10_000]!;
    assert.ok(median > 2800 && median < 3200, `median ${median}`);
    assert.ok(xs[20_000]! > 3 * median, 'heavy right tail');
  });
});

describe('prose', () => {
  it('has a varied vocabulary and is deterministic', () => {
    assert.ok(VOCABULARY_SIZE >= 300, `${VOCABULARY_SIZE} words`);
    assert.equal(sentence(new Rng(5)), sentence(new Rng(5)));
    const text = paragraphs(new Rng(9), 3000);
    assert.ok(text.words >= 3000 && text.words < 3100);
    assert.ok(text.paragraphs.length > 10);
    const distinct = new Set(text.paragraphs.join(' ').toLowerCase().match(/[a-z]+/g));
    assert.ok(distinct.size > 250, `${distinct.size} distinct words in 3,000`);
    assert.ok(text.paragraphs.every((p) => !/[<>&]/.test(p)), 'needs no HTML escaping');
  });
});

describe('progress', () => {
  it('shows done, total, rate and ETA', () => {
    assert.equal(duration(3725), '1h02m05s');
    const line = progressLine(250, 1000, 5);
    assert.match(line, /250\/1,000 works/);
    assert.match(line, /50\/s/);
    assert.match(line, /ETA 15s/);
  });
});
