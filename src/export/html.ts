/**
 * The HTML download: one self-contained HTML5 file (styles inline, no scripts, nothing fetched from the archive)
 * that opens in any browser offline: preface, chapters, afterword with a link back to the work.
 * Author HTML is inserted as stored: it is sanitizer output.
 */
import { escapeXml as esc } from './xhtml.ts';
import { prefaceRows, bylineText, type WorkSnapshot } from './snapshot.ts';
import { fill } from './labels.ts';

/** Styles of the HTML download (and, trimmed, the EPUB): readable defaults a reader's settings can override. */
export const DOWNLOAD_CSS = `body { font-family: Georgia, "Times New Roman", serif; line-height: 1.5; max-width: 40em; margin: 0 auto; padding: 1em; color: #111; background: #fff; }
h1, h2, h3 { font-family: "Lucida Grande", "Segoe UI", sans-serif; line-height: 1.2; }
h1 { font-size: 1.8em; margin-bottom: 0.2em; }
.byline { margin-top: 0; font-size: 1.2em; }
.meta dl.tags { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 0.8em; margin: 1em 0; }
.meta dt { font-weight: bold; }
.meta dd { margin: 0; }
.message { font-size: 0.9em; color: #444; }
.heading { font-weight: bold; margin-bottom: 0; }
blockquote { margin: 0.5em 0 1em 1.5em; }
hr { border: 0; text-align: center; margin: 1.5em 0; }
hr::after { content: "* * *"; }
.scene-break { text-align: center; }
.chapter { margin-top: 3em; }
.center, .align-center, p[align="center"] { text-align: center; }
.align-right, p[align="right"] { text-align: right; }
.userstuff img { max-width: 100%; height: auto; }
table { border-collapse: collapse; }
td, th { border: 1px solid #999; padding: 0.2em 0.5em; }
#afterword { margin-top: 3em; border-top: 1px solid #999; }`;

const link = (href: string, text: string) => `<a href="${esc(href)}">${esc(text)}</a>`;
const block = (heading: string, html: string, cls = 'userstuff') =>
  html ? `<p class="heading">${esc(heading)}</p>\n<blockquote class="${cls}">${html}</blockquote>\n` : '';

function preface(s: WorkSnapshot): string {
  const l = s.labels;
  const rows = prefaceRows(s).map(([label, values]) => `<dt>${esc(label)}:</dt><dd>${values.map(esc).join(', ')}</dd>`).join('\n');
  return `<div id="preface">
<p class="message">${fill(esc(l.postedOriginally), { site: link(s.siteUrl, s.siteName), url: link(s.workUrl, s.workUrl) })}</p>
<div class="meta">
<dl class="tags">
${rows}
</dl>
<h1>${esc(s.title)}</h1>
<p class="byline">${fill(esc(l.by), { creators: s.creators.map((c) => `<a rel="author" href="${esc(c.url)}">${esc(c.name)}</a>`).join(', ') || esc(l.anonymous) })}</p>
${block(l.summary, s.summaryHtml)}${s.credits ? `<p class="credits">${esc(fill(l.thanks, { credits: s.credits }))}</p>\n` : ''}${block(l.notes, s.notesHtml)}</div>
</div>`;
}

function chapters(s: WorkSnapshot): string {
  return s.chapters.map((c) => `<div class="chapter" id="chapter-${c.number}">
${c.heading ? `<h2 class="toc-heading">${esc(c.heading)}</h2>\n` : ''}${block(s.labels.chapterSummary, c.summaryHtml)}${block(s.labels.chapterNotes, c.notesHtml)}<div class="userstuff">${c.bodyHtml}</div>
${block(s.labels.chapterEndNotes, c.endNotesHtml)}</div>`).join('\n');
}

function afterword(s: WorkSnapshot): string {
  return `<div id="afterword">
${block(s.labels.endNotes, s.endNotesHtml)}${s.disclaimersHtml.map((d) => `<div class="disclaimer userstuff">${d}</div>\n`).join('')}<p class="message">${fill(esc(s.labels.leaveComments), { link: link(s.workUrl, fill(s.labels.dropBy, { site: s.siteName })) })}</p>
</div>`;
}

/** The whole download. */
export function renderHtml(s: WorkSnapshot): string {
  return `<!DOCTYPE html>
<html lang="${esc(s.language.code)}" dir="${s.language.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(s.title)} - ${esc(bylineText(s))}</title>
<meta name="author" content="${esc(bylineText(s))}">
<link rel="canonical" href="${esc(s.workUrl)}">
<style>
${DOWNLOAD_CSS}
</style>
</head>
<body>
${preface(s)}
<div id="chapters">
${chapters(s)}
</div>
${afterword(s)}
</body>
</html>
`;
}
