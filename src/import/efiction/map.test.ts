import { test } from 'node:test';
import assert from 'node:assert/strict';
import { efictionDump, CP1252_SUMMARY_TEXT } from '../../../test/fixtures/efiction/factory.ts';
import { readEfiction } from './read.ts';
import { planImport } from './plan.ts';
import { loginFromPenname } from './map-authors.ts';
import { decodeText } from '../decode.ts';
import { paragraphs } from './chapter-text.ts';
import { stripSlashes } from './display.ts';
import { DECISIONS } from '../../actions/import-efiction-report.ts';

const RATINGS = ['Not Rated', 'General Audiences', 'Teen And Up Audiences', 'Mature', 'Explicit'];
const plan = (maps = {}, dates: 'datetime' | 'unix' = 'datetime') =>
  planImport(readEfiction(efictionDump({ dates, prefix: 'site1_' })), { storiesDir: null, encoding: 'auto', maps: { ratingNames: RATINGS, ...maps } });

test('both date styles and both dump styles give the same plan', () => {
  const a = plan().plan;
  const b = planImport(readEfiction(efictionDump({ dates: 'unix', createTables: false })), { storiesDir: null, encoding: 'auto', maps: { ratingNames: RATINGS } }).plan;
  assert.deepEqual(b, a);
});

test('stories: cp1252 summary, ratings and warnings by name, tags, co-authors, hits, completion', () => {
  const [lantern, second] = plan().plan.stories;
  assert.equal(lantern!.work.summary, CP1252_SUMMARY_TEXT);
  assert.equal(lantern!.work.rating, 'Teen And Up Audiences');
  assert.deepEqual(lantern!.work.warnings, ['Graphic Depictions Of Violence']);
  assert.deepEqual(lantern!.work.tags.freeform, ['Angst']);
  assert.equal(lantern!.work.expectedChapters, 2);
  assert.equal(lantern!.work.publishedOn, '2004-03-14');
  assert.equal(lantern!.hits, 57);
  assert.equal(second!.work.rating, 'Explicit');
  assert.deepEqual(second!.work.warnings, ['Choose Not To Use Archive Warnings'], 'an unmapped warning class is not an archive warning');
  assert.deepEqual(second!.work.tags.freeform, ['Humor', 'Spoilers']);
  assert.deepEqual(second!.coAuthorOldIds, ['1']);
  assert.equal(second!.work.expectedChapters, null);
});

test('the warning and rating mappings can be configured', () => {
  const [lantern, second] = plan({ warningMap: { SPOILERS: 'No Archive Warnings Apply' }, ratingMap: { 'pg-13': 'Mature' } }).plan.stories;
  assert.equal(lantern!.work.rating, 'Mature');
  assert.deepEqual(second!.work.warnings, ['No Archive Warnings Apply']);
});

test('reviews lose the appended response to a separate reply; series keep their order', () => {
  const p = plan().plan;
  assert.deepEqual(p.reviews.map((r) => [r.body, r.reply, r.reviewerOldId, r.guestName]), [
    ['Loved it!', 'Thank you, Reader!', '3', 'Reader Three'],
    ['A guest was here.', null, null, 'Passerby'],
    ['Nice teamwork.', 'We had fun.', '1', 'Ada Quill'],
    ['Series review.', null, '3', 'Reader Three'],
    ['Sparks!', 'Thanks for reading the series.', null, 'Passerby'],
    ['I miss the old chapter two.', null, '3', 'Reader Three'],
  ]);
  assert.deepEqual(p.reviews.map((r) => r.seriesOldId), [null, null, null, '1', '2', null]);
  // Story 2 has two authors: its reply is "the author"'s; the deleted chapter's review stays on the work.
  assert.deepEqual(p.reviews.map((r) => [r.replyBy, r.chapterOldId, r.chapterDeleted]), [['owner', '1', false], ['owner', '2', false], ['the author', '3', false], ['owner', null, false], ['owner', null, false], ['owner', null, true]]);
  // A sub-series' stories take its place in the parent; it stays a series of its own.
  assert.deepEqual(p.series.map((s) => [s.storyOldIds, s.subSeriesOldIds]), [[['3', '2', '1'], ['2']], [['2'], []]]);
  assert.deepEqual(p.favorites.map((f) => [f.userOldId, f.kind, f.itemOldId]), [['3', 'story', '1'], ['3', 'author', '1'], ['2', 'story', '1'], ['3', 'series', '1'], ['2', 'author', '1']]);
});

test('access is never widened, and each decision is listed with the records it applied to', () => {
  const { plan: p, decisions, warnings } = plan();
  const night = p.stories[3]!;
  assert.equal(night.work.visibility, 'registered', 'a members-only rating makes a registered-only work');
  assert.equal(night.work.rating, 'Not Rated');
  assert.deepEqual(night.chapters.map((c) => c.draft), [false, false, false, true], 'the chapter awaiting validation is a draft');
  assert.deepEqual(p.series[0]!.storyOldIds, ['3', '2', '1'], 'the story awaiting approval is not in the series');
  assert.match(warnings.join('\n'), /the rating "Adult Only" has no mapping: 1 story\(ies\) imported as Not Rated/);
  assert.deepEqual(decisions, {
    [DECISIONS.draftChapter]: ['story 4 "Quill\'s Night": chapter 9 "Not Yet Validated"'],
    [DECISIONS.membersOnly]: ['story 4 "Quill\'s Night": rated Adult Only'],
    [DECISIONS.unmappedRating]: ['story 4 "Quill\'s Night": rated "Adult Only"'],
    [DECISIONS.pendingSeries]: ['story 4 "Quill\'s Night" in series 1'],
    [DECISIONS.coAuthorReply]: ['review 3 of story 2 "Second Story"'],
    [DECISIONS.deletedChapterReview]: ['review 6 of story 4 "Quill\'s Night"'],
  });
  assert.equal(plan({ ratingMap: { 'Adult Only': 'Explicit' } }).plan.stories[3]!.work.rating, 'Explicit', 'a mapped name is no longer a warning');
});

test('fields stored through addslashes read as eFiction showed them; scene breaks keep their characters', () => {
  const { plan: p } = plan();
  const night = p.stories[3]!;
  assert.deepEqual([night.work.title, night.work.summary, night.work.notes, night.chapters[0]!.input.notes], ["Quill's Night", 'Mary\'s "night" story.', "Mary's story notes.", "Mary's chapter notes."]);
  assert.deepEqual([p.series[0]!.title, p.series[0]!.summary], ["Quill's Lantern Cycle", "All the <i>lanterns</i>, Quill's too.<script>steal()</script>"]);
  assert.match(p.stories[0]!.chapters[1]!.input.body, /It's late\./);
  assert.equal(p.authors[3]!.bioHtml, "Mary's bio");
  const breaks = [...night.chapters[0]!.input.body.matchAll(/<p class="scene-break" role="separator">([^<]*)<\/p>/g)].map((m) => m[1]);
  assert.deepEqual(breaks, ['* * *', '~*~*~', 'oOo', '-x-x-x-', '§']);
});

test('every chapter without text is reported and kept with a placeholder', () => {
  const { plan: p, warnings } = plan();
  assert.equal(p.stories[2]!.chapters.length, 2);
  assert.equal(warnings.filter((w) => /chapter [45] has no text/.test(w)).length, 2);
});

test('over-long summaries move into chapter 1 instead of being cut', () => {
  const long = 'x'.repeat(2000);
  const dump = efictionDump({ dates: 'datetime' }).toString('latin1').replace("'Two authors.'", `'${long}'`);
  const p = planImport(readEfiction(Buffer.from(dump, 'latin1')), { storiesDir: null, encoding: 'auto', maps: { ratingNames: RATINGS } }).plan;
  assert.equal(p.stories[1]!.work.summary, '');
  assert.ok(p.stories[1]!.chapters[0]!.input.body.includes(long));
  assert.match(p.stories[1]!.warnings.join(), /moved to the top of chapter 1/);
});

test('logins from pennames', () => {
  assert.equal(loginFromPenname('Bébé Writer', '2'), 'Bebe_Writer');
  assert.equal(loginFromPenname('★', '9'), 'author_9');
});

test('decoding: UTF-8, cp1252, true latin1, BOM, mixed lines', () => {
  assert.deepEqual(decodeText(Buffer.from('caf\u00e9', 'utf8')), { text: 'café', encoding: 'utf-8' });
  assert.deepEqual(decodeText(Buffer.from([0x93, 0x41, 0x94])), { text: '“A”', encoding: 'windows-1252' });
  assert.equal(decodeText(Buffer.from([0x93]), 'latin1').text, '\u0093');
  assert.equal(decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0x41])).text, 'A');
  assert.equal(decodeText(Buffer.concat([Buffer.from('é\n', 'utf8'), Buffer.from([0xe9])])).encoding, 'mixed');
});

test('plain text gets paragraphs; HTML is left alone', () => {
  assert.equal(paragraphs('One\ntwo\n\nThree'), '<p>One<br>\ntwo</p>\n<p>Three</p>');
  assert.equal(paragraphs('<p>Kept</p>\n\nas is'), '<p>Kept</p>\n\nas is');
});

test('chapter text is unslashed as eFiction showed it', () => {
  assert.equal(stripSlashes("It\\'s \\\"quoted\\\" and a \\\\ backslash"), 'It\'s "quoted" and a \\ backslash');
});

test('challenges become collections with their fandoms and characters noted, and the stories that answered them', () => {
  const p = plan().plan;
  assert.deepEqual(p.challenges.map((c) => [c.oldId, c.ownerOldId, c.title, c.storyOldIds]), [['1', '1', 'Winter Lanterns', ['1', '2']], ['2', '99', 'Winter Lanterns', ['2']]]);
  assert.match(p.challenges[0]!.description, /^Write about <b>lanterns<\/b> in winter\./);
  assert.match(p.challenges[0]!.description, /Issued by Ada Quill\. Fandom: Harry Potter\. Characters: Harry Potter, Hermione Granger\./);
});

test('sub-series that loop are cut where the loop closes', () => {
  const dump = `INSERT INTO fanfiction_series VALUES (1,'A','',1,0,'',0,'','',0,0,''),(2,'B','',1,0,'',0,'','',0,0,'');
INSERT INTO fanfiction_inseries VALUES (1,5,0,1,1),(1,0,2,1,2),(2,0,1,1,1),(2,6,0,1,2);`;
  const p = planImport(readEfiction(Buffer.from(dump, 'latin1')), { storiesDir: null, encoding: 'auto', maps: { ratingNames: RATINGS } }).plan;
  assert.deepEqual(p.series.map((s) => s.storyOldIds), [['5', '6'], ['5', '6']]);
});

/** A plan of a dump written from rows (no CREATE TABLE: the installer's column order). */
const planOf = (tables: Record<string, string>) =>
  planImport(readEfiction(Buffer.from(Object.entries(tables).map(([t, rows]) => `INSERT INTO fanfiction_${t} VALUES ${rows};`).join('\n'))), { storiesDir: null, encoding: 'auto', maps: { ratingNames: RATINGS } });
const rows = (n: number, row: (i: number) => string) => Array.from({ length: n }, (_, i) => row(i + 1)).join(',');
/** Generous bounds: each of these shapes took minutes to forever before (quadratic or exponential). */
const quickly = <T>(what: string, fn: () => T): T => {
  const started = performance.now();
  const out = fn();
  assert.ok(performance.now() - started < 30_000, `${what} took ${Math.round(performance.now() - started)} ms`);
  return out;
};

test('hostile shapes map in linear time: one penname for 20,000 authors, 20,000 chapters of one story, one challenge for 20,000 stories', () => {
  const { plan: p } = quickly('mapping', () => planOf({
    authors: rows(20_000, (i) => `(${i},'Anonymous','','','','',0,'0','')`),
    stories: rows(20_000, (i) => `(${i},'S${i}','','','','','','','2004-01-01','2004-01-01',1,0,'0','1','0','0',0,0,0,0,'7')`),
    chapters: rows(20_000, (i) => `(${i},'C',${i},'','<p>t</p>','','1',1,0,0,1,1,0)`),
    challenges: "(7,'A',1,'Big','','','','')",
  }));
  assert.equal(new Set(p.authors.map((a) => a.login.toLowerCase())).size, 20_000);
  assert.equal(p.authors.at(-1)!.login, 'Anonymous_20000');
  assert.equal(p.stories[0]!.chapters.length, 20_000);
  assert.equal(p.challenges[0]!.storyOldIds.length, 20_000);
});

test('sub-series nested without end are walked without recursion, each once per series, and cut past a bound', () => {
  // A chain 2,000 deep, and a diamond doubling 40 times (2^40 paths to its last story).
  const chain = rows(2_000, (i) => `(${i},0,${i + 1},1,1),(${i},${i},0,1,2)`);
  const diamond = rows(40, (i) => `(${10_000 + i},0,${10_001 + i},1,1),(${10_000 + i},0,${10_001 + i},1,2),(${10_000 + i},${100_000 + i},0,1,3)`);
  const { plan: p, warnings } = quickly('series', () => planOf({
    series: `${rows(2_000, (i) => `(${i},'Chain ${i}','',1,0,'',0,'','',0,0,'')`)},${rows(40, (i) => `(${10_000 + i},'Diamond','',1,0,'',0,'','',0,0,'')`)}`,
    inseries: `${chain},${diamond}`,
  }));
  const first = p.series.find((s) => s.oldId === '1')!;
  assert.equal(first.storyOldIds.length, 1_001, 'its own story and those of the first 1,000 sub-series, then cut');
  assert.deepEqual([...first.storyOldIds.slice(0, 2), first.storyOldIds.at(-1)], ['1001', '1000', '1'], 'a sub-series first, its story after');
  assert.match(warnings.join('\n'), /series 1: its sub-series nest more than 1000 deep or wide/);
  assert.deepEqual(p.series.find((s) => s.oldId === '10001')!.storyOldIds, Array.from({ length: 40 }, (_, i) => String(100_040 - i)), 'each sub-series once, deepest first');
});

test('a date beyond the year 9999 is no date, not an error', () => {
  const { plan: p } = planOf({
    stories: "(1,'S','','','','','','','99999999999999999999','253402300800',1,0,'0','1','0','0',0,0,0,0,'')",
    chapters: "(1,'C',1,'','<p>t</p>','','1',1,0,0,1,1,0)",
  });
  assert.deepEqual([p.stories[0]!.publishedAt, p.stories[0]!.updatedAt, p.stories[0]!.work.publishedOn], [null, null, '']);
});
