import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { parse } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { chapterForm, workIdOf } from '../support/chapters.ts';
import type { Client } from '../support/client.ts';
import { assertNoEnglish } from '../support/untranslated.ts';

// A title and a sentence in each script the PDF fonts cover; the sentences carry no vowel marks, whose place in
// extracted text differs between PDF readers.
const SHOWN = [
  { script: 'Arabic', language: 'ar', title: 'الطريق الطويل إلى البيت', sentence: 'بدأ الثلج يتساقط عند الغسق ولم يتوقف' },
  { script: 'Hebrew', language: 'he', title: 'הדרך הארוכה הביתה', sentence: 'השלג התחיל לרדת עם רדת החשכה ולא הפסיק' },
  { script: 'Chinese', language: 'zh', title: '回家的漫长道路', sentence: '黄昏时分开始下雪，一直没有停。' },
  { script: 'Japanese', language: 'ja', title: '長い帰り道', sentence: '夕暮れに雪が降り始め、止まなかった。' },
  { script: 'Korean', language: 'ko', title: '집으로 가는 먼 길', sentence: '해질녘에 눈이 내리기 시작했고 멈추지 않았다.' },
  { script: 'Cyrillic', language: 'ru', title: 'Долгая дорога домой', sentence: 'Снег пошёл в сумерках и не переставал.' },
  { script: 'Greek', language: 'el', title: 'Ο μακρύς δρόμος', sentence: 'Το χιόνι άρχισε να πέφτει το σούρουπο.' },
];

// pdftotext marks right-to-left runs with embedding controls; the words between them are what a reader copies.
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const pdfText = (pdf: Buffer) => execFileSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' }).replace(BIDI_CONTROLS, '');
const noPdftotext = !existsSync('/usr/bin/pdftotext') && 'pdftotext is not installed';

for (const engine of engines()) {
  describe(`PDF downloads by script (${engine.name})`, () => {
    let archive: TestArchive;
    let author: Client;
    const post = async (overrides: Record<string, string>) => {
      const res = await author.post('/works', workForm(overrides));
      assert.equal(res.statusCode, 303, res.body.slice(0, 1000));
      return workIdOf(res.headers.location);
    };
    const menu = async (id: number) => parse((await archive.visitor().get(`/works/${id}`)).body).querySelector('li.download')!;

    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      author = archive.visitor();
      await author.register('writer');
    });
    after(() => archive.close());

    for (const s of SHOWN) {
      test(`${s.script}: the work page offers the PDF, and its text reads back in logical order`, { skip: noPdftotext }, async () => {
        const id = await post({ 'work[title]': s.title, 'work[language]': s.language, 'work[summary]': s.sentence, 'chapter[content]': `${s.sentence}\n\n${s.title}` });
        const pdfLink = (await menu(id)).querySelectorAll('ul li a').find((a) => a.text === 'PDF');
        assert.ok(pdfLink, 'PDF link offered');
        const res = await archive.visitor().get(pdfLink.getAttribute('href')!);
        assert.equal(res.statusCode, 200, res.body.slice(0, 300));
        assert.equal(res.headers['content-type'], 'application/pdf');
        const text = pdfText(res.rawPayload);
        assert.ok(text.includes(s.title), `title in:\n${text.slice(0, 400)}`);
        assert.ok(text.includes(s.sentence), `sentence in:\n${text}`);
        assert.doesNotMatch(text, /Some characters of this work/);
      });
    }

    test('a work in a script the fonts cannot show has no PDF link; the menu and the PDF address say why', async () => {
      const id = await post({ 'work[title]': 'Thai', 'work[language]': 'th', 'chapter[content]': 'หิมะเริ่มตกตอนพลบค่ำ' });
      const m = await menu(id);
      assert.deepEqual(m.querySelectorAll('ul li a').map((a) => a.text), ['EPUB', 'HTML', 'TXT']);
      assert.match(m.querySelector('.download-note')!.text, /No PDF for this work: it uses Thai script that the PDF’s fonts cannot show/);
      const res = await archive.visitor().get(`/downloads/${id}/Thai.pdf`);
      assert.equal(res.statusCode, 404);
      assert.match(res.headers['content-type'] as string, /^text\/html/);
      assert.match(res.body, /it uses Thai script that the PDF’s fonts cannot show/);
      assert.equal((await archive.visitor().get(`/downloads/${id}/Thai.epub`)).statusCode, 200);
    });

    test('a Spanish reader\'s PDF has its fixed words in Spanish, an English reader\'s in English', { skip: noPdftotext }, async () => {
      const id = await post({ 'work[title]': 'Camino', 'work[summary]': 'Nieve al anochecer.', 'work[notes]': 'Para ti.', 'chapter[content]': 'La nieve empezó a caer.' });
      const text = async (locale: string) => pdfText((await archive.visitor().get(`/downloads/${id}/Camino.pdf`, { 'accept-language': locale })).rawPayload).replace(/\s+/g, ' ');
      const spanish = await text('es');
      for (const words of ['de writer', 'Publicado originalmente en', 'Resumen', 'Notas', 'Epílogo', 'para dejar comentarios']) assert.ok(spanish.includes(words), `${words} in:\n${spanish}`);
      assert.doesNotMatch(spanish, /Posted originally|Summary|Afterword|to leave comments/);
      const english = await text('en');
      for (const words of ['by writer', 'Posted originally on', 'Summary', 'Notes', 'Afterword', 'to leave comments']) assert.ok(english.includes(words), `${words} in:\n${english}`);
    });

    test('a Thai work read in Spanish or Arabic says why there is no PDF in that language', async () => {
      const id = await post({ 'work[title]': 'Thai', 'work[language]': 'th', 'chapter[content]': 'หิมะเริ่มตกตอนพลบค่ำ' });
      const page = await archive.visitor().get(`/works/${id}`, { 'accept-language': 'es' });
      assert.match(parse(page.body).querySelector('li.download .download-note')!.text, /^No hay PDF de esta obra: usa el sistema de escritura tailandés, que/);
      assertNoEnglish(page.body, 'es');
      const res = await archive.visitor().get(`/downloads/${id}/Thai.pdf`, { 'accept-language': 'es' });
      assert.equal(res.statusCode, 404);
      assert.match(res.body, /usa el sistema de escritura tailandés/);
      assertNoEnglish(res.body, 'es');
      const arabic = await archive.visitor().get(`/works/${id}`, { 'accept-language': 'ar' });
      assert.match(parse(arabic.body).querySelector('li.download .download-note')!.text, /التايلاندية/);
      assertNoEnglish(arabic.body, 'ar');
    });

    test('a Latin-script work whose later chapter is in Devanagari has no PDF either', async () => {
      const id = await post({ 'work[title]': 'Mostly English', 'chapter[content]': 'Snow.' });
      const res = await author.post(`/works/${id}/chapters`, chapterForm({ 'chapter[title]': 'हिम', 'chapter[content]': 'बर्फ़ गिरने लगी।' }));
      assert.equal(res.statusCode, 303, res.body.slice(0, 500));
      assert.match((await menu(id)).querySelector('.download-note')!.text, /Devanagari script/);
      assert.equal((await archive.visitor().get(`/downloads/${id}/x.pdf`)).statusCode, 404);
    });
  });
}
