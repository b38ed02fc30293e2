import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bounds, page, paragraphs } from './fixture.ts';

test('eFiction viewstory page: info box, three kinds of notes, chrome removed, one chapter of three', () => {
  const s = page('efiction-viewstory.html');
  assert.equal(s.title, 'The Lantern Keeper');
  assert.deepEqual(s.creators, ['Marisol Vey']);
  assert.equal(s.summary, 'A keeper of the last lighthouse on the Grey Coast finds a letter that should not exist.');
  assert.deepEqual([s.rating, s.fandoms, s.characters, s.genres, s.contentWarnings], ['PG-13', ['Starfall Academy'], ['Wren Alder', 'Tomas Reyes'], ['Drama', 'Mystery'], 'None']);
  assert.deepEqual([s.complete, s.published, s.updated, s.totalChapters], [false, '2003-07-05', '2003-08-01', 3]);
  assert.equal(s.notes, 'Written for the 2003 Lighthouse Challenge. Thanks to Perrin for the beta!');
  assert.equal(s.chapters.length, 1);
  const [c] = s.chapters;
  assert.equal(c!.title, 'The Letter');
  assert.equal(c!.notes, 'This chapter was rewritten twice — I hope it holds together.');
  assert.equal(c!.endNotes, 'Next time: the tide goes out and does not come back.');
  assert.deepEqual(bounds(s.chapters), [['Wren had kept the lamp for nine winters before the letter came.', 'Tomas found her at dawn, still holding it.']]);
  assert.equal(paragraphs(c)[1], 'It arrived on a Tuesday, tucked under the door like an apology, the envelope soft with salt. “Keeper,” it began, and nothing else on the first line… just that word, pressed so hard the nib had torn the paper.');
  assert.equal(paragraphs(c)[2], 'She read it by the lamp’s own light – which felt, she thought later, like asking the accused to read the verdict.', '&#146; and &#150; are shown as a browser shows them');
  assert.match(c!.html, /<p><i>Come to the Grey Coast before the equinox\.<\/i> That was all/);
  for (const line of ['You must login (register) to review.', 'Home · Most Recent · Authors · Categories · Titles · Series · Search · Top Tens · Login', '[Reviews - 16]', '- Text Size +', 'Add Story to Favorites', 'Powered by eFiction 3.5.3 | Skin by Lumen Designs', 'Next']) {
    assert.ok(s.removed.includes(line), `removed: ${line}`);
  }
  assert.match(s.disclaimer!, /^Disclaimer: All publicly recognizable characters, settings, etc\. are the property of their respective owners\./);
  assert.doesNotMatch(c!.text, /Disclaimer|review|Printer|Text Size/);
  assert.match(s.warnings[0]!, /chapter 1 of 3/);
});

test('eFiction viewstory page of chapter 2: the chapter select names it; a page declaring latin1 but holding UTF-8', () => {
  const s = page('efiction-viewstory-ch2.html');
  assert.deepEqual([s.title, s.creators, s.chapterNumber, s.totalChapters, s.notes], ['The Lantern Keeper', ['Marisol Vey'], 2, 3, null]);
  assert.equal(s.chapters[0]!.title, 'Low Tide');
  assert.deepEqual(bounds(s.chapters), [['The tide went out on the morning of the equinox and kept going.', 'Wren said nothing. She was already lacing her boots.']]);
  assert.equal(paragraphs(s.chapters[0])[2], '“It’s the letter,” Tomas said. “It has to be.”');
  assert.ok(s.removed.includes('Previous') && s.removed.includes('Next'));
  assert.match(s.warnings.join(' '), /declares iso-8859-1, but its bytes are valid UTF-8/);
});

test('eFiction printable "all chapters" page: chapter titles, notes and end notes per chapter', () => {
  const s = page('efiction-printable.html');
  assert.deepEqual([s.title, s.creators, s.complete, s.published, s.updated, s.rating], ["The Ferryman's Daughter", ['Ada Quill'], true, '2004-03-14', '2004-04-02', 'G']);
  assert.equal(s.summary, 'Three crossings, three bargains, and a river that keeps count.');
  assert.equal(s.notes, 'A/N: This began as a drabble and got away from me.\nBeta: Linnet, who caught every stray comma.');
  assert.deepEqual(s.characters, [], '"None" is not a character');
  assert.deepEqual(s.chapters.map((c) => [c.title, c.notes, c.endNotes]), [
    ['The First Crossing', 'Short chapter, longer ones to come.', 'Thank you for reading!'],
    ['What the River Kept', null, null],
    ['Epilogue', 'Set twenty years later.', null],
  ]);
  assert.deepEqual(bounds(s.chapters), [
    ['The river was wider in the dark, or Maren believed it was.', 'She touched the water.'],
    ['In the morning there was a second coin on the bank, green with age.', 'Maren did not tell her father. She put it in her shoe and walked on it all day, as if that would make it hers.'],
    ['The ferry is hers now, and the coins come every spring.', 'She has stopped counting them. The river has not.'],
  ]);
  assert.equal(paragraphs(s.chapters[0])[1], 'Her father took the coin without looking at it. "One crossing," he said. "Don\'t touch the water."');
  assert.deepEqual(s.removed.filter((l) => l === 'Back to index').length, 3);
  assert.ok(s.removed.includes('This story archived at http://ferry.example.net/archive/viewstory.php?sid=12'));
});

test('FanFiction.Net-style page: profile box, reader controls, chapter select and review box removed', () => {
  const s = page('ffn-style.html');
  assert.deepEqual([s.title, s.creators, s.fandoms, s.rating, s.published, s.updated, s.totalChapters], ['Salt and Iron', ['Corwin Hale'], ['Starfall Academy'], 'Fiction T', '2003-07-05', '2004-08-14', 2]);
  assert.equal(s.summary, "The academy's smith has never forged a blade that could not be broken. Until now. Friendship, iron, and one very bad idea.");
  const [c] = s.chapters;
  assert.equal(c!.title, 'The Forge');
  assert.equal(c!.notes, "A/N: My first fic in this fandom, so be gentle. Disclaimer: I don't own Starfall Academy.");
  assert.deepEqual(bounds(s.chapters), [['The forge had been cold for three days when Ilse decided to light it herself.', 'By nightfall the whole yard smelled of iron.']]);
  assert.equal(paragraphs(c)[3], '<hr>');
  for (const line of ['Font size: A A A', 'Width: Full 3/4 1/2', 'Follow/Fav', 'Review this story', 'Post Review', 'Please review!', '1. The Forge', '2. Quenching']) assert.ok(s.removed.includes(line), line);
});

test('LiveJournal-style post: header labels, A/N, cut, comments below', () => {
  const s = page('livejournal-post.html');
  assert.deepEqual([s.title, s.creators, s.rating, s.fandoms, s.relationships, s.published, s.complete], ['Paper Boats', ['Quill Ember'], 'PG', ['Harbour Lights'], ['Nell/Oskar'], '2003-07-05', true]);
  assert.equal(s.summary, "Every boat Nell folds says something she can't.");
  assert.equal(s.notes, 'For the summer ficathon. Thanks to marrowjay for the beta!');
  assert.equal(s.disclaimer, 'Disclaimer: Not mine, no profit.');
  assert.deepEqual(bounds(s.chapters), [['Nell folded the first boat out of a bus ticket.', 'She folded the third one while he watched.']]);
  assert.equal(paragraphs(s.chapters[0])[3], '“You could just talk to me,” he said.');
  assert.match(s.chapters[0]!.html, /“You could just <i>talk<\/i> to me,” he said\./);
  for (const line of ['Tags: fic, harbour lights', 'Current Mood: hopeful', 'Leave a comment', 'Oh, the crab net! I love these two so much.', 'Reply | Thread | Link']) assert.ok(s.removed.includes(line), line);
  assert.doesNotMatch(s.chapters[0]!.text, /crab net! I love|Current Mood|Title:/);
});

test('another archive script: "Title by Author" heading, label lines, donation appeal and review pleas removed', () => {
  const s = page('donation-review.html');
  assert.deepEqual([s.title, s.creators, s.rating, s.genres, s.complete, s.published], ['A Bargain with Crows', ['Tamsin Reed'], 'PG', ['Fantasy', 'Humour'], true, '2005-03-12']);
  assert.deepEqual(bounds(s.chapters), [['The crows came for their favour on a Thursday, which Pip felt was unsporting.', 'By sunset she had polished forty-two buttons, returned a stolen thimble, and been declared an honorary crow, which came with no benefits whatsoever.']]);
  for (const line of ['Print version | Plain version', 'Please R&R!', 'Please review! Reviews are love and they keep me writing.', 'Send feedback to tamsin@example.org', 'Like this site? Help keep the archive online with a donation!', 'Home | New Stories | Authors | Search | FAQ | Log In']) {
    assert.ok(s.removed.includes(line), line);
  }
  assert.ok(s.removed.some((l) => l.startsWith('Moonlit Meadows runs on donations.')));
  assert.ok(s.removed.some((l) => l.startsWith('Site design by Hollyhock Webworks.')));
});

test('a table-layout archive page with its header in the first cell', () => {
  const s = page('generic-archive.html');
  assert.deepEqual([s.title, s.creators, s.fandoms, s.characters, s.rating, s.published], ['The Quiet Hours', ['Ines Calloway'], ['Lantern Hollow'], ['Bea', 'Marguerite'], 'K+', '2006-02-11']);
  assert.equal(s.summary, 'Two night-shift nurses, one broken vending machine.');
  assert.equal(s.notes, 'Thank you to everyone on the forum who answered my questions about hospital night shifts.');
  assert.deepEqual(bounds(s.chapters), [["At three in the morning the ward belonged to the machines: the soft beep of monitors, the sigh of the radiators, the vending machine in the corridor that had eaten Bea's last coin.", 'Some nights, that was enough.']]);
  for (const line of ['Home :: Browse :: Authors :: Search :: Contact', 'Reviews (4) | Leave a review', 'Willow Lane Archive © 2006. All rights reserved.']) assert.ok(s.removed.includes(line), line);
});

test('scene breaks of several kinds keep the characters the author typed; a rule the page drew stays a rule', () => {
  const s = page('scene-breaks.html');
  assert.deepEqual([s.title, s.creators], ['Five Winters', ['Juniper Kell']]);
  const paras = paragraphs(s.chapters[0]);
  assert.deepEqual([1, 3, 5, 7, 9, 11].map((i) => paras[i]), ['*****', '~ ~ ~', 'o0o', '§', '<hr>', '#']);
  assert.deepEqual(bounds(s.chapters), [['The first winter, the well froze and Anya learned to melt snow in the big copper pot.', '"I was too busy reading."']]);
  assert.equal(paras[6], 'The fourth winter, Anya wrote to him instead — forty pages, every one of them beginning “Dear Tomas…”');
  const html = s.chapters[0]!.html;
  assert.deepEqual([...html.matchAll(/<p class="scene-break" role="separator">([^<]*)<\/p>/g)].map((m) => m[1]), ['*****', '~ ~ ~', 'o0o', '§', '#']);
  assert.equal(html.match(/<hr>/g)?.length, 1);
});

test('a page without title or author leaves them null', () => {
  const s = page('missing-title-author.html');
  assert.equal(s.title, null);
  assert.equal(s.creators, null);
  assert.deepEqual(bounds(s.chapters), [['The lighthouse keeper’s cat had opinions about the fog.', 'On the night the fog did not leave, the cat went out to have a word with it — and came back three days later with a fish nobody could name.']]);
  assert.deepEqual(s.removed, ['Home | Stories | About', 'Hosted by Tidewater Hosting']);
});
