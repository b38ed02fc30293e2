/**
 * Saved pages in the styles real archives produced, each with its exact expected result in
 * `test/fixtures/pages/<fixture>.expected.json` (title, creators, notes, completion, dates, each chapter's
 * bounds, every removed line and warning). All prose in the fixtures is written for them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expected, page, paragraphs, shape } from './fixture.ts';

const STYLES: Array<[string, string]> = [
  ['archive-page-save.txt', 'a whole archive page saved as text: site name, nav bar, "By Author", a numeric date, review, feedback, print and credit lines, "End", a donation appeal and the fandom disclaimer'],
  ['title-by-author-controls.txt', '"Title by Author", a line of reader controls, the title again, and "~*~ END ~*~"'],
  ['chapter-notes-label.txt', '"Author\'s Chapter Notes:" and "Chapter End Notes:" label lines with their notes under them, and "~ fin ~"'],
  ['an-before-story.txt', 'an "A/N:" paragraph between the byline and the story, and "The End"'],
  ['dates-day-first.txt', 'a day over 12 makes every date on the page day first; "fin"'],
  ['dates-ambiguous.txt', 'dates that read either way are read month first, with a warning naming them'],
  ['dates-reversed.txt', 'a published date after the updated date: the earlier one is the published date, with a warning'],
  ['label-line-multi.txt', '"Categories: … Characters: …" on one line, and "Rated: … Genres: …"'],
  ['efiction-printable-all.html', 'eFiction\'s printable "all chapters" page as its template writes it: each chapter\'s Author\'s Notes and End Notes, the index lines removed'],
  ['efiction-printable-skin.html', 'a printable page from a skin that prints notes as "<b>Author\'s Notes:</b>" outside the notes boxes'],
];

for (const [name, what] of STYLES) {
  test(`${name}: ${what}`, () => {
    const s = page(name);
    assert.deepEqual(shape(s), expected(name));
    // The HTML of each chapter holds the same paragraphs as its text: what leaves one leaves the other.
    for (const c of s.chapters) {
      assert.equal(c.html.split(/\n(?=<p[\s>]|<hr>)/).length, paragraphs(c).length, `${name}: ${c.title}`);
      for (const line of s.removed) assert.ok(!c.text.split('\n').includes(line), `${name}: "${line}" is removed and not in the text`);
    }
  });
}
