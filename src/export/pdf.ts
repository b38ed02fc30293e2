/**
 * The PDF download, laid out with pdfkit on A5 pages: a title page with the metadata, summary and notes; each
 * chapter on a new page (with a PDF bookmark); an afterword; page numbers. Bold, italic, monospace and links are
 * kept. Simplified: list items wrap under their marker (no hanging indent), tables are "a | b" lines, images are
 * their alt text. DejaVu Serif covers Latin, Greek, Cyrillic, Armenian and Georgian; Noto fonts cover Arabic, Hebrew,
 * Chinese, Japanese and Korean (pdf-fallback-fonts.ts). Paragraphs that need those are laid out by pdf-laid-out.ts
 * (bidirectional order, CJK line breaks), the rest by pdfkit. Works in other scripts get no PDF (pdf-scripts.ts); the
 * title page notes any symbol or emoji no font has.
 */
import PDFDocument from 'pdfkit';
import { htmlBlocks, type Block, type Run } from './blocks.ts';
import { prefaceRows, bylineText, type WorkSnapshot } from './snapshot.ts';
import { loadPdfFonts, type PdfFonts } from './pdf-fonts.ts';
import { isFallbackFont } from './pdf-fallback-fonts.ts';
import { fontPieces } from './pdf-font-runs.ts';
import { fontChoice, laidOut } from './pdf-laid-out.ts';
import { snapshotTexts } from './pdf-scripts.ts';
import { fill } from './labels.ts';

const SIZE = 10.5;
const MARGIN = 50;
const GRAY = '#444444';

type Doc = InstanceType<typeof PDFDocument>;

function fontFor(r: Pick<Run, 'bold' | 'italic' | 'mono'>): string {
  if (r.mono) return 'mono';
  return r.bold ? (r.italic ? 'boldItalic' : 'bold') : r.italic ? 'italic' : 'regular';
}

// Latin, Greek, Cyrillic and punctuation, all in DejaVu Serif: such paragraphs (most) skip the per-character font choice.
const DEJAVU_TEXT = /^[\u0000-\u052f\u2000-\u206f]*$/;

type RunsOptions = { indent?: number; size?: number; align?: 'left' | 'center' | 'justify'; color?: string };

/** Writes one paragraph of styled runs at the current position. */
function runs(doc: Doc, list: Run[], opts: RunsOptions = {}) {
  const left = doc.page.margins.left + (opts.indent ?? 0);
  const width = doc.page.width - doc.page.margins.right - left;
  doc.fontSize(opts.size ?? SIZE).fillColor(opts.color ?? '#000000');
  // pdfkit misplaces centered text after a newline inside continued runs, so each line is its own paragraph.
  const lines: Run[][] = [[]];
  for (const r of list) {
    r.text.split('\n').forEach((piece, i) => {
      if (i > 0) lines.push([]);
      if (piece) lines[lines.length - 1]!.push({ ...r, text: piece });
    });
  }
  for (const parts of lines) {
    if (parts.length === 0) { doc.font('regular').text(' ', left, doc.y, { width, lineGap: 2 }); continue; }
    if (!parts.every((r) => DEJAVU_TEXT.test(r.text))) {
      const pieces = parts.flatMap((r) => fontPieces(r.text, fontFor(r), r.bold, fontChoice(doc), r.href ? { href: r.href, underline: true } : {}));
      if (pieces.some((p) => isFallbackFont(p.font))) { laidOut(doc, pieces, left, width, opts.align === 'center'); continue; }
    }
    parts.forEach((r, i) => {
      doc.font(fontFor(r));
      const o = { continued: i < parts.length - 1, link: r.href ?? null, underline: Boolean(r.href), align: opts.align ?? 'left', lineGap: 2 } as const;
      if (i === 0) doc.text(r.text, left, doc.y, { ...o, width });
      else doc.text(r.text, o);
    });
  }
}

const plain = (text: string, style: Partial<Run> = {}): Run => ({ text, bold: false, italic: false, mono: false, ...style });

/** A label template (labels.ts) as runs: its own words in `style`, each `{name}` part as the run given for it. */
function templateRuns(template: string, parts: Record<string, Run>, style: Partial<Run> = {}): Run[] {
  return template.split(/(\{\w+\})/).filter(Boolean).map((piece) => parts[piece.slice(1, -1)] ?? plain(piece, style));
}

/** Lays out blocks of author HTML. */
function blocks(doc: Doc, list: Block[], indent = 0) {
  list.forEach((b, i) => {
    if (i > 0) doc.moveDown(b.tight ? 0.1 : 0.6);
    const charWidth = SIZE * 0.5;
    if (b.kind === 'rule') return runs(doc, [plain('* * *')], { align: 'center' });
    const marker = b.marker ? [plain(b.marker)] : [];
    const at = indent + Math.max(0, b.indent - b.marker.length) * charWidth;
    runs(doc, [...marker, ...b.runs.map((r) => (b.kind === 'heading' ? { ...r, bold: true } : b.kind === 'pre' ? { ...r, mono: true } : r))], {
      indent: at, size: b.kind === 'heading' ? SIZE + 1.5 : SIZE, align: b.center ? 'center' : 'left',
    });
  });
}

function section(doc: Doc, heading: string, html: string) {
  if (!html) return;
  doc.moveDown(0.8);
  runs(doc, [plain(heading, { bold: true })]);
  doc.moveDown(0.3);
  blocks(doc, htmlBlocks(html), 14);
}

function titlePage(doc: Doc, s: WorkSnapshot) {
  doc.moveDown(2);
  runs(doc, [plain(s.title, { bold: true })], { size: 20, align: 'center' });
  doc.moveDown(0.5);
  const l = s.labels;
  runs(doc, [plain(fill(l.by, { creators: bylineText(s) }))], { size: 13, align: 'center' });
  doc.moveDown(1.5);
  for (const [label, values] of prefaceRows(s)) {
    runs(doc, [plain(`${label}: `, { bold: true }), plain(values.join(', '))], { size: SIZE - 1 });
    doc.moveDown(0.2);
  }
  doc.moveDown(0.5);
  runs(doc, templateRuns(l.postedOriginally, { site: plain(s.siteName), url: plain(s.workUrl, { href: s.workUrl }) }), { size: SIZE - 1.5, color: GRAY });
  section(doc, l.summary, s.summaryHtml);
  if (s.credits) { doc.moveDown(0.8); runs(doc, templateRuns(l.thanks, { credits: plain(s.credits) }, { bold: true })); }
  section(doc, l.notes, s.notesHtml);
}

/** Whether every character of the work has a glyph in DejaVu Serif or in the Noto font of its script. */
function coversAll(doc: Doc, s: WorkSnapshot): boolean {
  const fonts = fontChoice(doc);
  for (const ch of new Set(snapshotTexts(s).join(''))) {
    const cp = ch.codePointAt(0)!;
    if (cp <= 0x7f || /[\p{Cc}\p{Cf}\p{Z}]/u.test(ch) || fonts.has('regular', cp)) continue;
    const fallback = fonts.fallback(cp, false);
    if (!fallback || !fonts.has(fallback, cp)) return false;
  }
  return true;
}

function pageNumbers(doc: Doc) {
  const range = doc.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing inside the margin must not start a new page
    doc.font('regular').fontSize(SIZE - 2).fillColor(GRAY).text(String(i + 1), doc.page.margins.left, doc.page.height - bottom / 2 - 4, { width: doc.page.width - 2 * MARGIN, align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

/** The whole download. */
export function renderPdf(s: WorkSnapshot, fonts: PdfFonts = loadPdfFonts()): Promise<Buffer> {
  const modified = new Date(s.modifiedAt);
  const doc = new PDFDocument({
    size: 'A5', margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN }, bufferPages: true, lang: s.language.code, displayTitle: true,
    // Fixed dates make the file reproducible: the same work gives the same bytes.
    info: { Title: s.title, Author: bylineText(s), Subject: s.workUrl, Creator: s.siteName, Keywords: Object.values(s.tags).flat().join(', '), CreationDate: modified, ModDate: modified },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const [name, data] of Object.entries(fonts)) doc.registerFont(name, data);
  titlePage(doc, s);
  const l = s.labels;
  if (!coversAll(doc, s)) { doc.moveDown(1); runs(doc, [plain(l.missingGlyphs, { italic: true })], { size: SIZE - 1.5, color: GRAY }); }
  for (const c of s.chapters) {
    doc.addPage();
    const heading = c.heading || s.title;
    doc.outline.addItem(heading);
    runs(doc, [plain(heading, { bold: true })], { size: 15, align: 'center' });
    doc.moveDown(1);
    section(doc, l.chapterSummary, c.summaryHtml);
    section(doc, l.chapterNotes, c.notesHtml);
    if (c.summaryHtml || c.notesHtml) doc.moveDown(1.2);
    blocks(doc, htmlBlocks(c.bodyHtml));
    section(doc, l.chapterEndNotes, c.endNotesHtml);
  }
  doc.addPage();
  runs(doc, [plain(l.afterword, { bold: true })], { size: 15, align: 'center' });
  section(doc, l.endNotes, s.endNotesHtml);
  for (const d of s.disclaimersHtml) { doc.moveDown(0.8); blocks(doc, htmlBlocks(d)); }
  doc.moveDown(1);
  runs(doc, templateRuns(l.leaveCommentsAt, { site: plain(s.siteName), url: plain(s.workUrl, { href: s.workUrl }) }));
  pageNumbers(doc);
  doc.end();
  return done;
}
