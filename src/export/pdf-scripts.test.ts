import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scriptsPdfCannotShow, snapshotTexts } from './pdf-scripts.ts';
import { noPdfReason } from '../actions/no-pdf-reason.ts';
import { withLocale } from '../i18n/translate.ts';
import { sampleSnapshot } from '../../test/fixtures/work-snapshot.ts';

test('the scripts the fonts cover, with punctuation, digits, symbols and combining marks, need nothing more', () => {
  assert.deepEqual(scriptsPdfCannotShow(['Snow — «снег» χιόνι', 'שָׁלוֹם', 'مرحبًا', '雪が降る。', '눈', 'Ünïcödé ½ → ★ 🙂']), []);
});

test('other scripts are named, each once, wherever they appear', () => {
  assert.deepEqual(scriptsPdfCannotShow(['Snow', 'หิมะ', 'बर्फ़', 'หิมะตก']), ['Devanagari', 'Thai']);
  assert.deepEqual(scriptsPdfCannotShow(['ᐊᐃᐅ']), ['Canadian Aboriginal']);
  assert.deepEqual(scriptsPdfCannotShow(['𐌰𐌱']), ['Gothic']);
});

test('Arabic and Persian letters are covered, Urdu\'s heh goal and yeh barree are not', () => {
  assert.deepEqual(scriptsPdfCannotShow(['کتاب گل پژوهش چی ژ']), []);
  assert.deepEqual(scriptsPdfCannotShow(['ٹھیک ہے']), ['extended Arabic']);
  assert.match(noPdfReason(['extended Arabic']), /it uses Arabic-script letters beyond those of Arabic and Persian \(as in Urdu\) that/);
});

test('a snapshot is checked in every text its PDF shows, tags and chapter bodies included', () => {
  const s = sampleSnapshot();
  assert.deepEqual(scriptsPdfCannotShow(snapshotTexts(s)), []);
  assert.deepEqual(scriptsPdfCannotShow(snapshotTexts({ ...s, tags: { ...s.tags, freeform: ['ทะเล'] } })), ['Thai']);
  const chapters = [...s.chapters, { ...s.chapters[0]!, bodyHtml: '<p>ಹಿಮ</p>' }];
  assert.deepEqual(scriptsPdfCannotShow(snapshotTexts({ ...s, chapters })), ['Kannada']);
});

test('the reason names the scripts', () => {
  assert.equal(noPdfReason([]), '');
  assert.match(noPdfReason(['Thai']), /^No PDF for this work: it uses Thai script that the PDF’s fonts cannot show\. The EPUB and HTML downloads/);
  assert.match(noPdfReason(['Devanagari', 'Tamil', 'Thai']), /uses Devanagari, Tamil and Thai scripts that/);
  assert.match(noPdfReason(['other']), /uses a script that/);
  assert.match(noPdfReason(['Thai', 'other']), /uses Thai script and other scripts that/);
  assert.match(noPdfReason(['Thai', 'extended Arabic', 'other']), /uses Thai script, Arabic-script letters .* \(as in Urdu\) and other scripts that/);
});

test('the reason is in the reader\'s language, scripts named as that language names them', () => {
  assert.match(withLocale('es', () => noPdfReason(['Devanagari', 'Thai'])), /^No hay PDF de esta obra: usa los sistemas de escritura devanagari y tailandés, que/);
  assert.match(withLocale('es', () => noPdfReason(['Thai', 'extended Arabic', 'other'])), /usa el sistema de escritura tailandés, letras de escritura árabe .* \(como en urdu\) y otros sistemas de escritura, que/);
  assert.match(withLocale('ar', () => noPdfReason(['Thai'])), /^لا يتوفر ملف PDF لهذا العمل: فهو يستخدم الكتابة التايلاندية /);
});
