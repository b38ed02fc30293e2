/**
 * The EPUB download: EPUB 3 with an EPUB 2 `toc.ncx` for older readers. A title page with the preface, one XHTML
 * file per chapter, an afterword; author HTML converted to XHTML (xhtml.ts). Reproducible: the identifier is a
 * name-based UUID of the work's address and every ZIP entry carries the work's last-modified time.
 */
import { createHash } from 'node:crypto';
import { zip } from './zip.ts';
import { toXhtml, escapeXml as esc } from './xhtml.ts';
import { htmlToText } from './txt.ts';
import { prefaceRows, bylineText, type WorkSnapshot } from './snapshot.ts';
import { fill } from './labels.ts';
import { TAG_KINDS } from '../domain/tag-list.ts';

// RFC 4122 namespace for URLs.
const URL_NAMESPACE = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');

/** A version 5 (SHA-1, name-based) UUID: the same work on the same archive always gets the same identifier. */
export function uuidV5(name: string, namespace: Buffer = URL_NAMESPACE): string {
  const h = createHash('sha1').update(namespace).update(name, 'utf8').digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

const CSS = `body { font-family: serif; line-height: 1.4; }
h1, h2 { text-align: center; }
.byline { text-align: center; }
dl.tags dt { font-weight: bold; }
dl.tags dd { margin: 0 0 0.3em 1.5em; }
blockquote { margin: 0.5em 1.5em; }
hr { border: 0; margin: 1.2em 0; text-align: center; }
hr::after { content: "* * *"; }
.scene-break { text-align: center; }
.center, .align-center { text-align: center; }
.align-right { text-align: right; }
.align-justify { text-align: justify; }
.heading { font-weight: bold; margin-bottom: 0.2em; }
.message { font-size: 0.9em; }
table { border-collapse: collapse; }
td, th { border: 1px solid #999; padding: 0.2em 0.4em; }
`;

function page(s: WorkSnapshot, title: string, body: string): string {
  const lang = esc(s.language.code);
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${lang}" lang="${lang}" dir="${s.language.dir}">
<head>
<title>${esc(title)}</title>
<link rel="stylesheet" type="text/css" href="style.css" />
</head>
<body>
${body}
</body>
</html>
`;
}

const block = (heading: string, html: string) => (html ? `<p class="heading">${esc(heading)}</p>\n<blockquote>${toXhtml(html)}</blockquote>\n` : '');
const a = (href: string, text: string) => `<a href="${esc(href)}">${esc(text)}</a>`;

function titlePage(s: WorkSnapshot): string {
  const l = s.labels;
  const rows = prefaceRows(s).map(([label, values]) => `<dt>${esc(label)}:</dt><dd>${values.map(esc).join(', ')}</dd>`).join('\n');
  return page(s, s.title, `<section epub:type="titlepage">
<h1>${esc(s.title)}</h1>
<p class="byline">${fill(esc(l.by), { creators: s.creators.map((c) => a(c.url, c.name)).join(', ') || esc(l.anonymous) })}</p>
<dl class="tags">
${rows}
</dl>
<p class="message">${fill(esc(l.postedOriginally), { site: a(s.siteUrl, s.siteName), url: a(s.workUrl, s.workUrl) })}</p>
${block(l.summary, s.summaryHtml)}${s.credits ? `<p>${esc(fill(l.thanks, { credits: s.credits }))}</p>\n` : ''}${block(l.notes, s.notesHtml)}</section>`);
}

const chapterLabel = (s: WorkSnapshot, c: WorkSnapshot['chapters'][number]) => c.heading || s.title;

function chapterPage(s: WorkSnapshot, c: WorkSnapshot['chapters'][number]): string {
  return page(s, chapterLabel(s, c), `<section epub:type="chapter">
<h2>${esc(chapterLabel(s, c))}</h2>
${block(s.labels.chapterSummary, c.summaryHtml)}${block(s.labels.chapterNotes, c.notesHtml)}<div class="userstuff">
${toXhtml(c.bodyHtml)}
</div>
${block(s.labels.chapterEndNotes, c.endNotesHtml)}</section>`);
}

function afterwordPage(s: WorkSnapshot): string {
  const l = s.labels;
  return page(s, l.afterword, `<section epub:type="afterword">
<h2>${esc(l.afterword)}</h2>
${block(l.endNotes, s.endNotesHtml)}${s.disclaimersHtml.map((d) => `<div class="disclaimer">${toXhtml(d)}</div>\n`).join('')}<p class="message">${fill(esc(l.leaveComments), { link: a(s.workUrl, fill(l.dropBy, { site: s.siteName })) })}</p>
</section>`);
}

interface Item { id: string; file: string; label: string }

function spineItems(s: WorkSnapshot): Item[] {
  return [
    { id: 'title', file: 'title.xhtml', label: s.labels.preface },
    ...s.chapters.map((c) => ({ id: `chapter-${c.number}`, file: `chapter-${String(c.number).padStart(3, '0')}.xhtml`, label: chapterLabel(s, c) })),
    { id: 'afterword', file: 'afterword.xhtml', label: s.labels.afterword },
  ];
}

const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function opf(s: WorkSnapshot, uid: string, items: Item[]): string {
  const subjects = TAG_KINDS.flatMap((k) => s.tags[k]).map((t) => `<dc:subject>${esc(t)}</dc:subject>`).join('\n');
  const summary = htmlToText(s.summaryHtml);
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="${esc(s.language.code)}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="uid">urn:uuid:${uid}</dc:identifier>
<dc:title>${esc(s.title)}</dc:title>
${s.creators.map((c, i) => `<dc:creator id="creator-${i + 1}">${esc(c.name)}</dc:creator>\n<meta refines="#creator-${i + 1}" property="role" scheme="marc:relators">aut</meta>`).join('\n')}
<dc:language>${esc(s.language.code)}</dc:language>
<dc:date>${isoSeconds(s.publishedAt)}</dc:date>
<meta property="dcterms:modified">${isoSeconds(s.modifiedAt)}</meta>
<dc:publisher>${esc(s.siteName)}</dc:publisher>
<dc:source>${esc(s.workUrl)}</dc:source>
${summary ? `<dc:description>${esc(summary)}</dc:description>\n` : ''}${subjects}
</metadata>
<manifest>
<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav" />
<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml" />
<item id="css" href="style.css" media-type="text/css" />
${items.map((i) => `<item id="${i.id}" href="${i.file}" media-type="application/xhtml+xml" />`).join('\n')}
</manifest>
<spine toc="ncx">
${items.map((i) => `<itemref idref="${i.id}" />`).join('\n')}
</spine>
</package>
`;
}

function nav(s: WorkSnapshot, items: Item[]): string {
  return page(s, s.labels.contents, `<nav epub:type="toc" id="toc">
<h1>${esc(s.labels.contents)}</h1>
<ol>
${items.map((i) => `<li><a href="${i.file}">${esc(i.label)}</a></li>`).join('\n')}
</ol>
</nav>`);
}

function ncx(s: WorkSnapshot, uid: string, items: Item[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="${esc(s.language.code)}">
<head>
<meta name="dtb:uid" content="urn:uuid:${uid}" />
<meta name="dtb:depth" content="1" />
<meta name="dtb:totalPageCount" content="0" />
<meta name="dtb:maxPageNumber" content="0" />
</head>
<docTitle><text>${esc(s.title)}</text></docTitle>
<docAuthor><text>${esc(bylineText(s))}</text></docAuthor>
<navMap>
${items.map((i, n) => `<navPoint id="nav-${i.id}" playOrder="${n + 1}"><navLabel><text>${esc(i.label)}</text></navLabel><content src="${i.file}" /></navPoint>`).join('\n')}
</navMap>
</ncx>
`;
}

const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles>
<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml" />
</rootfiles>
</container>
`;

/** The whole download. */
export function renderEpub(s: WorkSnapshot): Buffer {
  const uid = uuidV5(s.workUrl);
  const items = spineItems(s);
  const pages = [titlePage(s), ...s.chapters.map((c) => chapterPage(s, c)), afterwordPage(s)];
  return zip([
    { name: 'mimetype', data: 'application/epub+zip', store: true },
    { name: 'META-INF/container.xml', data: CONTAINER },
    { name: 'OEBPS/content.opf', data: opf(s, uid, items) },
    { name: 'OEBPS/nav.xhtml', data: nav(s, items) },
    { name: 'OEBPS/toc.ncx', data: ncx(s, uid, items) },
    { name: 'OEBPS/style.css', data: CSS },
    ...items.map((item, i) => ({ name: `OEBPS/${item.file}`, data: pages[i]! })),
  ], s.modifiedAt);
}
