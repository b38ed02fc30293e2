import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderEpub, uuidV5 } from './epub.ts';
import { unzip } from '../../test/support/unzip.ts';
import { xmlProblem } from '../../test/support/xml-check.ts';
import { sampleSnapshot } from '../../test/fixtures/work-snapshot.ts';

const files = (epub: Buffer) => new Map(unzip(epub).map((e) => [e.name, e.data.toString('utf8')]));

test('name-based UUIDs follow RFC 4122 version 5', () => {
  const dns = Buffer.from('6ba7b8109dad11d180b400c04fd430c8', 'hex');
  assert.equal(uuidV5('www.example.com', dns), '2ed6657d-e927-568b-95e1-2665a8aea6a2');
  assert.match(uuidV5('http://archive.test/works/12'), /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.notEqual(uuidV5('http://archive.test/works/12'), uuidV5('http://other.test/works/12'));
});

test('the package: mimetype first and stored, container, OPF metadata, nav and NCX listing every chapter', () => {
  const epub = renderEpub(sampleSnapshot());
  const entries = unzip(epub);
  assert.equal(entries[0]!.name, 'mimetype');
  assert.equal(entries[0]!.method, 0);
  assert.equal(entries[0]!.data.toString(), 'application/epub+zip');
  const f = files(epub);
  assert.match(f.get('META-INF/container.xml')!, /full-path="OEBPS\/content.opf"/);
  const opf = f.get('OEBPS/content.opf')!;
  assert.match(opf, new RegExp(`<dc:identifier id="uid">urn:uuid:${uuidV5('http://archive.test/works/12')}</dc:identifier>`));
  assert.match(opf, /<dc:title>The Long Way Home<\/dc:title>/);
  assert.match(opf, /<dc:creator id="creator-1">writer<\/dc:creator>[\s\S]*<dc:creator id="creator-2">Quill \(cowriter\)<\/dc:creator>/);
  assert.match(opf, /<dc:language>en<\/dc:language>/);
  assert.match(opf, /<dc:date>2023-11-14T12:00:00Z<\/dc:date>/);
  assert.match(opf, /<meta property="dcterms:modified">2023-11-20T08:30:15Z<\/meta>/);
  assert.match(opf, /<dc:subject>Enemies to Lovers<\/dc:subject>/);
  assert.match(opf, /<spine toc="ncx">\s*<itemref idref="title" \/>\s*<itemref idref="chapter-1" \/>\s*<itemref idref="chapter-2" \/>\s*<itemref idref="chapter-3" \/>\s*<itemref idref="afterword" \/>/);
  for (const label of ['Chapter 1: Dusk', 'Chapter 2', 'Chapter 3: Морозко']) {
    assert.ok(f.get('OEBPS/nav.xhtml')!.includes(`>${label}</a>`), label);
    assert.ok(f.get('OEBPS/toc.ncx')!.includes(`<text>${label}</text>`), label);
  }
  assert.match(f.get('OEBPS/title.xhtml')!, /<dt>Relationship:<\/dt><dd>Ann\/Bea<\/dd>/);
  assert.match(f.get('OEBPS/chapter-001.xhtml')!, /<p class="align-center">Centered — “quoted” text<br \/>on two lines<\/p>/);
  assert.match(f.get('OEBPS/afterword.xhtml')!, /href="http:\/\/archive.test\/works\/12"/);
});

test('every XML file is well-formed', () => {
  for (const [name, text] of files(renderEpub(sampleSnapshot()))) {
    if (name === 'mimetype' || name.endsWith('.css')) continue;
    assert.equal(xmlProblem(text), undefined, name);
  }
});

test('the same work gives the same bytes', () => {
  assert.deepEqual(renderEpub(sampleSnapshot()), renderEpub(sampleSnapshot()));
});

const EPUBCHECK = '/usr/bin/epubcheck';
test('epubcheck finds no errors', { skip: !existsSync(EPUBCHECK) && 'epubcheck is not installed', timeout: 180_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'quire-epub-'));
  try {
    const path = join(dir, 'work.epub');
    const s = sampleSnapshot();
    writeFileSync(path, renderEpub({ ...s, language: { code: 'ru', name: 'Русский', dir: 'ltr' }, chapters: [...s.chapters, { ...s.chapters[0]!, number: 4, heading: 'Chapter 4' }] }));
    // Debian's /usr/bin/epubcheck is the jar itself; running it through java does not need binfmt support.
    const out = execFileSync('java', ['-jar', EPUBCHECK, path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    assert.match(out, /No errors or warnings detected/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
