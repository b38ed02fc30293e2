/**
 * The XSS regression corpus (test/fixtures/xss-payloads.ts) through every author text field and body format, then
 * every view that shows them loaded once in Chromium with JavaScript on and the page's CSP bypassed, so that a
 * payload the sanitizer or a template let through would run. Each field holds as many payloads as its length limit
 * allows (a body or a comment holds them all, a title a few), and more works, comments and accounts carry the rest,
 * so each view of each of them is loaded once.
 *
 * Each page is checked three ways: nothing called `__xss`, opened a dialog, threw, navigated, opened a frame or a
 * window, or fetched anything but images from another site; the DOM holds no event-handler attribute, script, style,
 * base, meta refresh, frame, plugin, form control or javascript:/vbscript:/data: URL from an author, and author
 * containers hold only what the sanitizer allows; no element in an author container is fixed, or absolute or
 * sticky outside that container's box. Witness texts (`§id§`) show that the payloads reached the page. Atom feeds
 * are checked as XML and their HTML content rendered the same way; EPUB files as XHTML.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { NO_OTHER_HOSTS, browserSkip, useBrowserArchive } from '../support/browser.ts';
import { ADMIN_PASSWORD, type TestArchive } from '../support/archive.ts';
import type { Client } from '../support/client.ts';
import { workForm } from '../support/works.ts';
import { chapterForm, chapterIdOf, workIdOf } from '../support/chapters.ts';
import { xmlProblem } from '../support/xml-check.ts';
import { unzip } from '../support/unzip.ts';
import { XSS_PAYLOADS, packPayloads, tagSafe, witness, type PackedPayloads, type XssPayload } from '../fixtures/xss-payloads.ts';
import { tagPath, tagWorksPath } from '../../src/web/urls.ts';

const FORMATS = ['html', 'markdown', 'text'] as const;
/** A word only the field works' bodies hold, for search excerpts. */
const KEYWORD = 'zyxcorpus';
/** Payloads per field work body: the search excerpt shows about this many after the keyword. */
const WINDOW = 4;
const ALL = XSS_PAYLOADS;

/** Texts for a field of `limit` characters: block-separated for rich fields, inline for one-line fields. */
const blocks = (limit: number, payloads: readonly XssPayload[] = ALL) => packPayloads(payloads, limit, '\n\n', ' ');
const inline = (limit: number, payloads: readonly XssPayload[] = ALL) => packPayloads(payloads, limit, ' ', ' ');
const bodyOf = (payloads: readonly XssPayload[]) => packPayloads(payloads, Infinity, '\n\n', '\n\n')[0]!;

/** What a field received, for coverage checks and the final tally. */
class Placement {
  readonly byField = new Map<string, Set<number>>();
  add(field: string, packed: PackedPayloads | undefined): string {
    if (!packed) return '';
    let set = this.byField.get(field);
    if (!set) this.byField.set(field, (set = new Set()));
    for (const id of packed.ids) set.add(id);
    return packed.text;
  }
}

interface CorpusWork {
  id: number;
  chapterIds: number[];
  /** Payload ids placed in the work's own texts (everything its entire-work page shows). */
  ids: Set<number>;
  /**
   * Whether it holds summaries or notes. Field works holding only titles, credits and a short body are checked on the
   * entire work, print, plain and download views; the others on the work and chapter pages and the edit form too.
   */
  rich: boolean;
  /** The ids the plain version shows: all but the beta credits, which it leaves out. */
  plainIds: Set<number>;
}

/** Everything the corpus put in the archive. */
interface Corpus {
  author: Client;
  placed: Placement;
  /** One work per body format, two chapters: the whole corpus as blocks, then inline. */
  formatWorks: (CorpusWork & { format: string })[];
  /** Works carrying the short fields' chunks. */
  fieldWorks: CorpusWork[];
  /** Work holding the member comments, and work holding the guest comments. */
  commentedWork: CorpusWork;
  guestWork: CorpusWork;
  commenter: Client;
  commentIds: number[];
  fans: { login: string; client: Client }[];
  reader: Client;
  admin: Client;
  reportIds: number[];
  collections: string[];
  seriesIds: number[];
  tags: string[];
  /** Ids shown by each kind of listing, for coverage. */
  expect: Record<'blurbs' | 'comments' | 'guestNames' | 'bookmarks' | 'bios' | 'displayNames' | 'collectionTitles' | 'collectionDescriptions' | 'reports', Set<number>>;
}

const ids = (...packs: (PackedPayloads | undefined)[]) => new Set(packs.flatMap((p) => p?.ids ?? []));

async function buildCorpus(archive: TestArchive): Promise<Corpus> {
  const placed = new Placement();
  const expect = {
    blurbs: new Set<number>(), comments: new Set<number>(), guestNames: new Set<number>(), bookmarks: new Set<number>(), bios: new Set<number>(),
    displayNames: new Set<number>(), collectionTitles: new Set<number>(), collectionDescriptions: new Set<number>(), reports: new Set<number>(),
  };
  const ok = <R extends { statusCode: number; body: string }>(res: R, what: string): R => {
    if (res.statusCode !== 303) throw new Error(`${what}: ${res.statusCode} ${res.body.slice(0, 600)}`);
    return res;
  };

  const author = archive.visitor('203.0.113.20');
  await author.register('xss_author');
  const curator = archive.visitor('203.0.113.21');
  await curator.register('xss_curator');

  // Collections: titles and descriptions; each field work joins one.
  const collectionTitles = inline(255);
  const collectionDescriptions = blocks(5000);
  const collections: string[] = [];
  for (const [i, title] of collectionTitles.entries()) {
    const name = `xss_col_${i}`;
    const description = collectionDescriptions[i];
    ok(await curator.post('/collections', {
      'collection[name]': name, 'collection[title]': placed.add('collection title', title),
      'collection[description]': placed.add('collection description', description), 'collection[open]': '1',
    }), `collection ${i}`);
    for (const id of title.ids) expect.collectionTitles.add(id);
    for (const id of description?.ids ?? []) expect.collectionDescriptions.add(id);
    collections.push(name);
  }

  const tagNames = ALL.filter(tagSafe).map((p) => `${witness(p.id)} ${p.text}`);
  placed.add('tag name', { ids: ALL.filter(tagSafe).map((p) => p.id), text: '' });

  // One work per body format: chapter 1 has every payload as its own block, chapter 2 every payload inline.
  const formatWorks: Corpus['formatWorks'] = [];
  for (const format of FORMATS) {
    const res = ok(await author.post('/works', workForm({
      'work[title]': `Corpus in ${format}`, 'work[summary]': `Every payload, ${format}.`, 'work[wip_length]': '2',
      'work[freeform_string]': tagNames.join(', '), 'chapter[title]': 'Blocks', 'chapter[format]': format,
      'chapter[content]': placed.add(`chapter body (${format})`, bodyOf(ALL)),
    })), `format work ${format}`);
    const id = workIdOf(res.headers.location);
    const inlineBody = packPayloads(ALL, Infinity, ' ', ' ')[0]!;
    const chapter2 = chapterIdOf(ok(await author.post(`/works/${id}/chapters`, chapterForm({
      'chapter[title]': 'Inline', 'chapter[format]': format, 'chapter[content]': placed.add(`chapter body (${format}, inline)`, inlineBody),
    })), `chapter 2 of ${format}`).headers.location);
    const page = await author.get(`/works/${id}/navigate`);
    const chapterIds = [...page.body.matchAll(/\/works\/\d+\/chapters\/(\d+)/g)].map((m) => Number(m[1]));
    const all = new Set(ALL.map((p) => p.id));
    formatWorks.push({ id, format, chapterIds: [...new Set([...chapterIds, chapter2])], ids: all, plainIds: all, rich: true });
  }

  // Field works: every short field of a work and its chapter, each holding the next chunk of the corpus.
  const chunks = {
    title: inline(255), summary: blocks(1250), notes: blocks(5000), endNotes: blocks(5000), beta: inline(1000), series: inline(255),
    chapterTitle: inline(255), chapterSummary: blocks(1250), chapterNotes: blocks(5000), chapterEndNotes: blocks(5000),
  };
  const fieldWorks: CorpusWork[] = [];
  const seriesIds: number[] = [];
  const count = Math.max(chunks.title.length, Math.ceil(ALL.length / WINDOW));
  for (let i = 0; i < count; i++) {
    const window = Array.from({ length: WINDOW }, (_, k) => ALL[(i * WINDOW + k) % ALL.length]!);
    const body = bodyOf(window);
    const format = FORMATS[i % FORMATS.length]!;
    const res = ok(await author.post('/works', workForm({
      'work[title]': placed.add('work title', chunks.title[i]) || `Field work ${i}`,
      'work[summary]': placed.add('work summary', chunks.summary[i]),
      'work[notes]': placed.add('work notes', chunks.notes[i]),
      'work[endnotes]': placed.add('work end notes', chunks.endNotes[i]),
      'work[beta_credits]': placed.add('beta credits', chunks.beta[i]),
      'work[series_title]': placed.add('series title', chunks.series[i]),
      'work[collection_names]': collections[i] ?? '',
      'work[freeform_string]': tagNames[i % tagNames.length]!,
      'chapter[title]': placed.add('chapter title', chunks.chapterTitle[i]),
      'chapter[summary]': placed.add('chapter summary', chunks.chapterSummary[i]),
      'chapter[notes]': placed.add('chapter notes', chunks.chapterNotes[i]),
      'chapter[endnotes]': placed.add('chapter end notes', chunks.chapterEndNotes[i]),
      'chapter[format]': format,
      'chapter[content]': `${KEYWORD}\n\n${placed.add(`chapter body (${format})`, body)}`,
    })), `field work ${i}`);
    const id = workIdOf(res.headers.location);
    const page = await author.get(`/works/${id}`);
    const chapterIds = [...new Set([...page.body.matchAll(/\/works\/\d+\/chapters\/(\d+)/g)].map((m) => Number(m[1])))];
    const series = /\/series\/(\d+)/.exec(page.body);
    if (chunks.series[i] && series) seriesIds.push(Number(series[1]));
    const own = ids(chunks.title[i], chunks.summary[i], chunks.notes[i], chunks.endNotes[i], chunks.beta[i], chunks.series[i],
      chunks.chapterTitle[i], chunks.chapterSummary[i], chunks.chapterNotes[i], chunks.chapterEndNotes[i], body);
    for (const id of [...ids(chunks.title[i], chunks.summary[i])]) expect.blurbs.add(id);
    const plainIds = ids(chunks.title[i], chunks.summary[i], chunks.notes[i], chunks.endNotes[i], chunks.series[i],
      chunks.chapterTitle[i], chunks.chapterSummary[i], chunks.chapterNotes[i], chunks.chapterEndNotes[i], body);
    fieldWorks.push({ id, chapterIds, ids: own, plainIds, rich: chunks.summary[i] !== undefined || chunks.chapterSummary[i] !== undefined });
  }

  // Member comments: the whole corpus on a chapter and on the work, and the author's reply in the thread.
  const commentedWork = formatWorks[0]!;
  const commenter = archive.visitor('203.0.113.22');
  await commenter.register('xss_commenter');
  const commentChunks = blocks(10_000);
  const commentIds: number[] = [];
  for (const [i, chunk] of commentChunks.entries()) {
    const res = ok(await commenter.post(`/works/${commentedWork.id}/comments`, {
      'comment[content]': placed.add('comment text', chunk), ...(i === 0 ? { 'comment[chapter_id]': String(commentedWork.chapterIds[0]) } : {}),
    }), `comment ${i}`);
    for (const id of chunk.ids) expect.comments.add(id);
    const id = /comment_(\d+)/.exec(String(res.headers.location))?.[1] ?? /comments\/(\d+)/.exec(String(res.headers.location))?.[1];
    if (id) commentIds.push(Number(id));
  }
  if (commentIds.length === 0) {
    const thread = await commenter.get(`/works/${commentedWork.id}/comments`);
    commentIds.push(...new Set([...thread.body.matchAll(/id="comment_(\d+)"/g)].map((m) => Number(m[1]))));
  }
  ok(await author.post(`/works/${commentedWork.id}/comments`, { 'comment[content]': placed.add('comment text (reply)', commentChunks[0]), 'comment[parent_id]': String(commentIds[0]) }), 'reply');

  // Guest comments: each guest's name carries payloads (names hold 100 characters).
  const guestWork = formatWorks[1]!;
  ok(await author.post(`/works/${guestWork.id}/comment_settings`, { comment_permission: 'everyone' }), 'guest comments');
  for (const [i, name] of inline(100).entries()) {
    const guest = archive.visitor(`198.51.${100 + (i >> 8)}.${i & 255}`);
    ok(await guest.post(`/works/${guestWork.id}/comments`, {
      'comment[content]': `Guest comment number ${i}.`, 'comment[name]': placed.add('guest name', name), 'comment[email]': `guest${i}@example.org`,
    }), `guest comment ${i}`);
    for (const id of name.ids) expect.guestNames.add(id);
  }

  // Accounts: display names (60 characters: a spread of the short payloads), bios, a website that needs escaping.
  const names = inline(60);
  const bios = blocks(5000);
  const fans: Corpus['fans'] = [];
  const fanCount = 8;
  for (let i = 0; i < fanCount; i++) {
    const login = `xss_fan${i}`;
    const client = archive.visitor(`203.0.113.${40 + i}`);
    await client.register(login);
    const name = names[Math.floor((i * names.length) / fanCount)]!;
    const refused = await client.post('/settings/profile', { 'profile[display_name]': '', 'profile[bio]': '', 'profile[website]': `javascript:__xss('website')` });
    assert.equal(refused.statusCode, 422, 'a javascript: website is refused');
    ok(await client.post('/settings/profile', {
      'profile[display_name]': placed.add('display name', name), 'profile[bio]': placed.add('profile bio', bios[i]),
      'profile[website]': `https://fan${i}.example/?q="><script>__xss('website')</script>'onmouseover='__xss("website")`,
    }), `profile ${i}`);
    for (const id of name.ids) expect.displayNames.add(id);
    for (const id of bios[i]?.ids ?? []) expect.bios.add(id);
    fans.push({ login, client });
  }

  // Bookmarks: notes and bookmark tags.
  const reader = archive.visitor('203.0.113.30');
  await reader.register('xss_reader');
  for (const [i, notes] of blocks(5000).entries()) {
    ok(await reader.post(`/works/${formatWorks[i % formatWorks.length]!.id}/bookmarks`, {
      'bookmark[notes]': placed.add('bookmark notes', notes), 'bookmark[tag_string]': tagNames.slice(i * 5, i * 5 + 5).join(', '), 'bookmark[rec]': '1',
    }), `bookmark ${i}`);
    for (const id of notes.ids) expect.bookmarks.add(id);
  }
  placed.add('bookmark tag', { ids: ALL.filter(tagSafe).slice(0, 15).map((p) => p.id), text: '' });

  // Abuse reports: what staff read. Members report a work, a comment and a profile; a guest gives a hostile name.
  const targets = [`/works/${formatWorks[0]!.id}`, `/works/${commentedWork.id}/comments/${commentIds[0]}`, `/users/${fans[0]!.login}`];
  for (const [i, comment] of blocks(5000).entries()) {
    ok(await reader.post('/abuse_reports', { 'abuse_report[url]': targets[i % targets.length]!, 'abuse_report[reason]': 'Other', 'abuse_report[comment]': placed.add('abuse report', comment) }), `report ${i}`);
    for (const id of comment.ids) expect.reports.add(id);
  }
  const reporterName = inline(100)[0]!;
  ok(await archive.visitor('198.51.120.1').post('/abuse_reports', {
    'abuse_report[url]': `/series/${seriesIds[0]}`, 'abuse_report[reason]': 'Spam', 'abuse_report[comment]': 'A guest report.',
    'abuse_report[username]': placed.add('reporter name', reporterName), 'abuse_report[email]': 'reporter@example.org',
  }), 'guest report');
  const admin = archive.visitor('203.0.113.2');
  ok(await admin.login('admin', ADMIN_PASSWORD), 'admin login');
  const queue = await admin.get('/admin/reports');
  const reportIds = [...new Set([...queue.body.matchAll(/href="\/admin\/reports\/(\d+)"/g)].map((m) => Number(m[1])))];

  return { author, placed, formatWorks, fieldWorks, commentedWork, guestWork, commenter, commentIds, fans, reader, admin, reportIds, collections, seriesIds, tags: tagNames, expect };
}

// ---------------------------------------------------------------------------------------------------------------
// What a page is checked for, inside the page.

interface ScanOptions {
  /** Author containers: only sanitizer output and the site elements named in SITE_INSIDE. */
  author: string;
  /** More tags and attributes a view's author container may hold (headings of the plain view). */
  extraTags?: string[];
  extraAttributes?: string[];
  /** The download's stylesheet in its head. */
  headStyle?: boolean;
  /** Where witnesses are counted (the whole document when not given). */
  witnessScope?: string;
}

interface ScanResult {
  problems: string[];
  containers: number;
  witnesses: number[];
}

/** Runs in the page: every problem the DOM shows, the number of author containers, and the witnesses present. */
function scanDom(opts: ScanOptions): ScanResult {
  const problems: string[] = [];
  const short = (e: Element) => {
    const s = e.outerHTML.replace(/\s+/g, ' ');
    return s.length > 200 ? `${s.slice(0, 200)}…` : s;
  };
  // The sanitizer's allowlist (src/domain/sanitize.ts) plus what the site itself puts inside author containers.
  const AUTHOR_TAGS = new Set(['a', 'abbr', 'b', 'br', 'cite', 'code', 'del', 'em', 'i', 'ins', 'kbd', 'q', 's', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'u',
    'p', 'blockquote', 'hr', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'center', 'img', 'table', 'caption', 'thead',
    'tbody', 'tfoot', 'tr', 'th', 'td', 'col', 'colgroup', 'ruby', 'rb', 'rp', 'rt', 'details', 'summary', 'figure', 'figcaption', 'mark', ...(opts.extraTags ?? [])]);
  const AUTHOR_ATTRIBUTES = new Set(['href', 'name', 'title', 'rel', 'src', 'alt', 'width', 'height', 'class', 'dir', 'lang', 'align', 'start', 'type', 'colspan',
    'rowspan', 'scope', 'span', 'open', ...(opts.extraAttributes ?? [])]);
  const SITE_INSIDE = '.userstuff.module > h3.landmark.heading, .search-snippet > p > a';
  const NEVER = new Set(['base', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'svg', 'math', 'template', 'noscript', 'xmp', 'plaintext',
    'isindex', 'marquee', 'video', 'audio', 'source', 'track', 'canvas', 'noembed', 'param', 'area', 'map', 'dialog']);
  const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'codebase', 'cite', 'ping', 'manifest',
    'longdesc', 'lowsrc', 'dynsrc', 'usemap', 'icon', 'srcset', 'to', 'values', 'from', 'by', 'itemtype', 'profile']);
  // The scheme as the browser reads it (java\u200bscript: is a relative path, \tjava\nscript: is javascript:).
  const scheme = (value: string) => {
    try {
      return new URL(value, document.baseURI).protocol.slice(0, -1).toLowerCase();
    } catch {
      return undefined;
    }
  };
  const authorRoots = [...document.querySelectorAll(opts.author)];
  // Everything inside an author container (not the container itself), gathered once rather than asking each root per element.
  const authored = new Set<Element>(authorRoots.flatMap((r) => [...r.querySelectorAll('*')]));
  const inAuthor = (e: Element) => authored.has(e);

  for (const e of document.querySelectorAll('*')) {
    const tag = e.localName;
    const where = inAuthor(e) ? 'author ' : '';
    if (NEVER.has(tag)) problems.push(`${where}<${tag}>: ${short(e)}`);
    if (tag === 'script' && (!(e.getAttribute('src') ?? '').startsWith('/assets/') || e.textContent!.trim() !== '')) problems.push(`script: ${short(e)}`);
    if (tag === 'style' && !(opts.headStyle && e.parentElement === document.head)) problems.push(`<style>: ${short(e)}`);
    if (tag === 'link' && (e.parentElement !== document.head || !['stylesheet', 'search', 'alternate', 'canonical', 'icon'].includes(e.getAttribute('rel') ?? '')
      || (e.getAttribute('rel') === 'stylesheet' && !(e.getAttribute('href') ?? '').startsWith('/assets/')))) problems.push(`<link>: ${short(e)}`);
    if (tag === 'meta' && (e.hasAttribute('http-equiv') || e.parentElement !== document.head)) problems.push(`<meta>: ${short(e)}`);
    for (const a of e.attributes) {
      const name = a.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`${where}event handler ${name}: ${short(e)}`);
      if (name === 'style' || name === 'formaction' || name === 'srcdoc') problems.push(`${where}${name} attribute: ${short(e)}`);
      const s = URL_ATTRIBUTES.has(name) ? scheme(a.value) : undefined;
      if (s && ['javascript', 'vbscript', 'data', 'livescript', 'mocha', 'jar', 'blob', 'filesystem'].includes(s)) problems.push(`${where}${s}: URL in ${name}: ${short(e)}`);
    }
    if (where) {
      if (e.matches(SITE_INSIDE)) continue;
      if (!AUTHOR_TAGS.has(tag)) problems.push(`author <${tag}> outside the sanitizer's allowlist: ${short(e)}`);
      for (const a of e.attributes) if (!AUTHOR_ATTRIBUTES.has(a.name.toLowerCase())) problems.push(`author attribute ${a.name} outside the allowlist: ${short(e)}`);
      const url = tag === 'a' ? e.getAttribute('href') : tag === 'img' ? e.getAttribute('src') : null;
      const s = url === null ? undefined : scheme(url);
      if (s && !(tag === 'a' ? ['http', 'https', 'mailto'] : ['http', 'https']).includes(s)) problems.push(`author ${s}: URL: ${short(e)}`);
    }
  }

  // Nothing is fixed; nothing absolute or sticky in an author container lies outside that container's box.
  for (const e of document.querySelectorAll('body *')) {
    const position = getComputedStyle(e).position;
    if (position === 'fixed') problems.push(`position: fixed: ${short(e)}`);
    if (position !== 'absolute' && position !== 'sticky') continue;
    const box = authorRoots.find((r) => r !== e && r.contains(e));
    if (!box || e.getClientRects().length === 0) continue;
    const r = e.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.left < b.left - 1 || r.top < b.top - 1 || r.right > b.right + 1 || r.bottom > b.bottom + 1) {
      problems.push(`position: ${position} outside its author container (${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)} vs ${Math.round(b.left)},${Math.round(b.top)} ${Math.round(b.width)}×${Math.round(b.height)}): ${short(e)}`);
    }
  }

  const text = opts.witnessScope
    ? [...document.querySelectorAll(opts.witnessScope)].map((e) => e.textContent).join('\n')
    : `${document.title}\n${document.documentElement.textContent ?? ''}`;
  const witnesses = [...new Set([...text.matchAll(/§(\d+)§/g)].map((m) => Number(m[1])))];
  return { problems, containers: authorRoots.length, witnesses };
}

// ---------------------------------------------------------------------------------------------------------------
// Pages in Chromium, watched.

/** Pages loaded in Chromium, for the tally. */
let chromiumLoads = 0;

/** One page of a viewer, with what happened on it since its last load began. */
interface Tab {
  page: Page;
  events: string[];
}

/** The settle, the scan, the main frame's __xss calls and the rel=next link, in one round trip to the page. */
const settleAndScan = (opts: ScanOptions) => `(async () => {
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const result = (${scanDom.toString()})(${JSON.stringify(opts)});
  const hits = window.__xssHits ?? [];
  const next = document.querySelector('a[rel="next"]')?.getAttribute('href') ?? null;
  return { result, hits, next };
})()`;

/**
 * A browser context (one reader), whose pages report script, dialogs, errors, navigation and foreign requests. It has
 * `tabs` pages, each loading one path at a time, so that several checks run at once (Chromium renders each page in its
 * own process); each event is recorded against the page it happened on.
 */
class Viewer {
  readonly context: BrowserContext;
  private readonly tabs: Tab[] = [];
  private readonly idle: Tab[] = [];
  private readonly waiting: ((tab: Tab) => void)[] = [];
  private readonly base: string;
  private constructor(context: BrowserContext, base: string) {
    this.context = context;
    this.base = base;
  }

  static async open(env: { browser: import('playwright-core').Browser; base: string }, as?: Client, tabs = 1): Promise<Viewer> {
    const context = await env.browser.newContext({ javaScriptEnabled: true, bypassCSP: true });
    if (as) await context.addCookies([...as.cookies].map(([name, value]) => ({ name, value, url: env.base })));
    const viewer = new Viewer(context, env.base);
    const origin = new URL(env.base).origin;
    /** The tabs an event belongs to: the one whose page it happened on, or every tab when that is not known. */
    const on = (page: Page | null | undefined) => {
      const tab = viewer.tabs.find((t) => t.page === page);
      return tab ? [tab] : viewer.tabs;
    };
    await context.exposeBinding('__xssReport', (source, id: unknown) => {
      for (const tab of on(source.page)) tab.events.push(`script ran: __xss(${String(id)}) in ${source.frame.url()}`);
    });
    await context.addInitScript(() => {
      const w = window as unknown as { __xss: (id: unknown) => void; __xssHits: unknown[]; __xssReport?: (id: unknown) => void };
      w.__xssHits = [];
      w.__xss = (id) => {
        w.__xssHits.push(id);
        w.__xssReport?.(id);
      };
    });
    // The browser runs with NO_OTHER_HOSTS, so a request to another site fails by itself; it is only recorded here.
    context.on('request', (request) => {
      if (request.resourceType() === 'image' || new URL(request.url()).origin === origin) return;
      let page: Page | undefined;
      try {
        page = request.frame().page();
      } catch {
        page = undefined;
      }
      for (const tab of on(page)) tab.events.push(`request to another site: ${request.resourceType()} ${request.url()}`);
    });
    for (let i = 0; i < tabs; i++) {
      const page = await context.newPage();
      const tab: Tab = { page, events: [] };
      page.on('dialog', (dialog) => {
        tab.events.push(`dialog: ${dialog.type()} ${dialog.message()}`);
        void dialog.dismiss();
      });
      page.on('pageerror', (error) => tab.events.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (/xss/i.test(message.text())) tab.events.push(`console: ${message.text()}`);
      });
      page.on('popup', (popup) => tab.events.push(`popup: ${popup.url()}`));
      page.on('frameattached', (frame) => tab.events.push(`frame attached: ${frame.url()}`));
      viewer.tabs.push(tab);
      viewer.idle.push(tab);
    }
    context.on('page', (p) => {
      if (!viewer.tabs.some((t) => t.page === p)) for (const tab of viewer.tabs) tab.events.push(`new page: ${p.url()}`);
    });
    return viewer;
  }

  /** Loads a path (or serves `body` at it) in an idle tab, waits for it to settle, and returns what the page shows. */
  async check(path: string, opts: ScanOptions, body?: string): Promise<ScanResult & { events: string[]; next: string | null }> {
    const tab = this.idle.pop() ?? (await new Promise<Tab>((resolve) => this.waiting.push(resolve)));
    try {
      return await this.checkIn(tab, path, opts, body);
    } finally {
      const next = this.waiting.shift();
      if (next) next(tab);
      else this.idle.push(tab);
    }
  }

  private async checkIn(tab: Tab, path: string, opts: ScanOptions, body?: string): Promise<ScanResult & { events: string[]; next: string | null }> {
    const { page } = tab;
    tab.events.length = 0;
    const url = `${this.base}${path}`;
    if (body !== undefined) await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
    const navigations: string[] = [];
    const onNavigate = (frame: import('playwright-core').Frame) => { if (frame === page.mainFrame()) navigations.push(frame.url()); };
    page.on('framenavigated', onNavigate);
    const response = await page.goto(url, { waitUntil: 'load' });
    chromiumLoads++;
    if (!response || response.status() >= 400) tab.events.push(`HTTP ${response?.status()} for ${path}`);
    // Autofocus and animation events fire in the next rendering update, before its animation frame callbacks; a task
    // after that, events queued meanwhile have run too. Then the scan, and the calls to __xss the page recorded.
    const { result, hits, next } = await page.evaluate(settleAndScan(opts)) as { result: ScanResult; hits: unknown[]; next: string | null };
    for (const hit of hits) tab.events.push(`script ran: __xss(${String(hit)}) in ${page.mainFrame().url()}`);
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const frameHits = await frame.evaluate(() => (window as unknown as { __xssHits?: unknown[] }).__xssHits ?? []).catch(() => []);
      for (const hit of frameHits) tab.events.push(`script ran: __xss(${String(hit)}) in ${frame.url()}`);
    }
    page.off('framenavigated', onNavigate);
    if (body !== undefined) await page.unroute(url);
    const moved = navigations.filter((u) => u !== url && u !== page.url());
    if (moved.length || page.url() !== url) tab.events.push(`navigated to ${[...moved, page.url()].join(', ')}`);
    return { ...result, events: [...new Set(tab.events)], next };
  }

  close() {
    return this.context.close();
  }
}

/** Collects findings over many pages and asserts once, so one run lists every hole. */
class Findings {
  readonly list: string[] = [];
  readonly views = new Map<string, number>();
  /** Records a page's problems; `authored` says it must show author content (so a changed selector cannot make the checks vacuous). */
  add(view: string, path: string, result: { problems: string[]; events: string[]; containers?: number }, authored = false) {
    this.views.set(view, (this.views.get(view) ?? 0) + 1);
    for (const p of [...result.events, ...result.problems]) this.list.push(`${view} ${path}: ${p}`);
    if (authored && result.containers === 0) this.list.push(`${view} ${path}: no author container on the page`);
  }
  assertNone() {
    const shown = this.list.slice(0, 60).join('\n');
    assert.equal(this.list.length, 0, `${this.list.length} findings:\n${shown}${this.list.length > 60 ? '\n…' : ''}`);
  }
}

const USERSTUFF: ScanOptions = { author: '.userstuff' };
const PLAIN: ScanOptions = { author: 'main > div[lang]', extraTags: ['h2', 'h3', 'hr'], extraAttributes: ['id'] };
const DOWNLOAD: ScanOptions = { author: '.userstuff', headStyle: true };

const missing = (expected: Iterable<number>, seen: Iterable<number>) => {
  const have = new Set(seen);
  return [...expected].filter((id) => !have.has(id));
};

/** Pages a big viewer loads at once: Chromium renders each in its own process while this process serves the next. */
const TABS = 3;

/** Runs `f` on every item at once; the viewers' tabs bound how many pages load together. */
const each = async <T>(items: Iterable<T>, f: (item: T, i: number) => Promise<unknown>) => { await Promise.all([...items].map(f)); };

/** Every page of a paginated listing, following rel=next. */
async function eachPage(viewer: Viewer, first: string, view: string, findings: Findings, opts = USERSTUFF, authored = true): Promise<{ witnesses: Set<number>; containers: number; pages: number }> {
  const witnesses = new Set<number>();
  let containers = 0;
  let path: string | null = first;
  let pages = 0;
  while (path && pages < 20) {
    const result = await viewer.check(path, opts);
    findings.add(view, path, result);
    for (const w of result.witnesses) witnesses.add(w);
    containers += result.containers;
    pages++;
    path = result.next && result.next.startsWith('/') ? result.next : null;
  }
  if (authored && containers === 0) findings.list.push(`${view} ${first}: no author container on any page`);
  return { witnesses, containers, pages };
}

// ---------------------------------------------------------------------------------------------------------------

describe('the XSS corpus in every author field, rendered in Chromium on every view', { skip: browserSkip }, () => {
  const corpus = {} as Corpus;
  const env = useBrowserArchive({ browserArgs: NO_OTHER_HOSTS, prepare: async (archive) => { Object.assign(corpus, await buildCorpus(archive)); } });
  const tally = new Map<string, number>();
  let excerpts = 0;
  const count = (findings: Findings) => { for (const [view, n] of findings.views) tally.set(view, (tally.get(view) ?? 0) + n); };

  test('the checks themselves find a script that ran, each kind of hostile markup and an element outside its box', async () => {
    const viewer = await Viewer.open(env);
    const canary = `<!DOCTYPE html><html><head><title>canary</title><base href="/x/"><meta http-equiv="refresh" content="600"></head><body><main>
<blockquote class="userstuff"><p>§1§ <img src="/nothing" onerror="__xss('canary')"><a href=" javascript:void 0">j</a><a href="data:text/html,x">d</a></p>
<img src="/nothing/2" onerror="alert('canary')"><img src="/nothing/3" onerror="notAFunction()"><link rel="stylesheet" href="https://evil.example/x.css">
<div class="skip">out of the box</div><p style="position:fixed;top:0">fixed</p><form action="/x"><input name="p"></form><iframe src="about:blank"></iframe>
<svg><a xlink:href="javascript:void 0"><text>s</text></a></svg></blockquote><style>.skip{position:absolute;left:-999px;top:0}</style></main></body></html>`;
    const result = await viewer.check('/__xss-canary', USERSTUFF, canary);
    await viewer.close();
    const all = [...result.events, ...result.problems].join('\n');
    for (const expected of [/script ran: __xss\(canary\)/, /dialog: alert canary/, /page error: .*notAFunction/, /request to another site: stylesheet https:\/\/evil\.example/, /frame attached/, /author <iframe>/, /author <svg>/, /<base>/, /<meta>/, /<style>/, /event handler onerror/, /javascript: URL in href/,
      /data: URL in href/, /javascript: URL in xlink:href/, /author <form> outside/, /author <input> outside/, /style attribute/, /position: fixed/, /position: absolute outside its author container/]) {
      assert.match(all, expected, `the checks missed ${expected} in:\n${all}`);
    }
    assert.deepEqual(result.witnesses, [1]);
    assert.equal(result.containers, 1);
  });

  test('entire work, work and chapter pages, and the edit forms', async () => {
    const findings = new Findings();
    const guest = await Viewer.open(env, undefined, TABS);
    const author = await Viewer.open(env, corpus.author);
    await each([...corpus.formatWorks, ...corpus.fieldWorks], async (w) => {
      const full = await guest.check(`/works/${w.id}?view_full_work=true`, USERSTUFF);
      findings.add('entire work', `/works/${w.id}?view_full_work=true`, full, true);
      const lost = missing(w.ids, full.witnesses);
      if (lost.length) findings.list.push(`entire work /works/${w.id}: payloads ${lost.join(', ')} never reached the page (an earlier payload swallowed them?)`);
      if (!w.rich) return;
      await each([`/works/${w.id}`, ...w.chapterIds.slice(1).map((c) => `/works/${w.id}/chapters/${c}`)], async (path) => {
        const result = await guest.check(path, USERSTUFF);
        findings.add(path.includes('/chapters/') ? 'chapter' : 'work', path, result, true);
      });
      findings.add('edit work', `/works/${w.id}/edit`, await author.check(`/works/${w.id}/edit`, USERSTUFF));
    });
    await each(corpus.formatWorks.flatMap((w) => w.chapterIds.map((c) => `/works/${w.id}/chapters/${c}/edit`)), async (path) => {
      findings.add('edit chapter', path, await author.check(path, USERSTUFF));
    });
    await guest.close();
    await author.close();
    count(findings);
    findings.assertNone();
  });

  for (const [view, opts] of [['print', USERSTUFF], ['plain', PLAIN]] as const) {
    test(`${view} versions`, async () => {
      const findings = new Findings();
      const guest = await Viewer.open(env, undefined, TABS);
      await each([...corpus.formatWorks, ...corpus.fieldWorks], async (w) => {
        const path = `/works/${w.id}/${view}`;
        const result = await guest.check(path, opts);
        findings.add(view, path, result, true);
        const lost = missing(view === 'plain' ? w.plainIds : w.ids, result.witnesses);
        if (lost.length) findings.list.push(`${view} ${path}: payloads ${lost.join(', ')} missing`);
      });
      await guest.close();
      count(findings);
      findings.assertNone();
    });
  }

  test('downloads: the HTML file in Chromium, the EPUB as XHTML', async () => {
    const findings = new Findings();
    const guest = await Viewer.open(env, undefined, TABS);
    await each([...corpus.formatWorks, ...corpus.fieldWorks], async (w) => {
      const client = env.archive.visitor();
      const file = await client.get(`/downloads/${w.id}/work.html`);
      assert.equal(file.statusCode, 200);
      const result = await guest.check(`/__download/${w.id}.html`, DOWNLOAD, file.body);
      findings.add('download html', `/downloads/${w.id}/work.html`, result, true);
      const lost = missing(w.ids, result.witnesses);
      if (lost.length) findings.list.push(`download html ${w.id}: payloads ${lost.join(', ')} missing`);

      const epub = await client.get(`/downloads/${w.id}/work.epub`);
      assert.equal(epub.statusCode, 200);
      for (const entry of unzip(epub.rawPayload)) {
        if (!/\.(x?html|opf|ncx|xml)$/.test(entry.name)) continue;
        for (const p of xhtmlProblems(entry.data.toString('utf8'))) findings.list.push(`epub ${w.id} ${entry.name}: ${p}`);
      }
      findings.views.set('epub', (findings.views.get('epub') ?? 0) + 1);
    });
    await guest.close();
    count(findings);
    findings.assertNone();
  });

  test('comments, threads, the inbox and reviews pages', async () => {
    const findings = new Findings();
    const w = corpus.commentedWork;
    // A guest, the author and the commenter at once, each on its own pages.
    const asGuest = async () => {
      const guest = await Viewer.open(env, undefined, 2);
      const seen = new Set<number>();
      await each([`/works/${w.id}/comments`, `/works/${w.id}/chapters/${w.chapterIds[0]}/comments`], async (path) => {
        for (const id of (await eachPage(guest, path, 'comments', findings)).witnesses) seen.add(id);
      });
      await each(corpus.commentIds, async (id) => findings.add('thread', `/works/${w.id}/comments/${id}`, await guest.check(`/works/${w.id}/comments/${id}`, USERSTUFF), true));
      const lost = missing(corpus.expect.comments, seen);
      if (lost.length) findings.list.push(`comments: payloads ${lost.join(', ')} missing`);
      const [, guestNames] = await Promise.all([
        eachPage(guest, '/users/xss_commenter/comments', 'reviews by a user', findings),
        eachPage(guest, `/works/${corpus.guestWork.id}/comments`, 'comments (guest names)', findings),
      ]);
      const lostNames = missing(corpus.expect.guestNames, guestNames.witnesses);
      if (lostNames.length) findings.list.push(`guest names: payloads ${lostNames.join(', ')} missing`);
      await guest.close();
    };
    const asAuthor = async () => {
      const author = await Viewer.open(env, corpus.author);
      const inbox = await eachPage(author, '/inbox', 'inbox', findings);
      const lostInbox = missing([...corpus.expect.comments], inbox.witnesses);
      if (lostInbox.length) findings.list.push(`inbox: payloads ${lostInbox.join(', ')} missing`);
      await author.close();
    };
    const asCommenter = async () => {
      const commenter = await Viewer.open(env, corpus.commenter);
      await eachPage(commenter, '/inbox', 'inbox', findings);
      for (const id of corpus.commentIds) findings.add('edit comment', `/comments/${id}/edit`, await commenter.check(`/comments/${id}/edit`, USERSTUFF), false);
      await commenter.close();
    };
    await Promise.all([asGuest(), asAuthor(), asCommenter()]);
    count(findings);
    findings.assertNone();
  });

  test('listings: blurbs on the front page, /works and tag pages, tag pages, search excerpts', async () => {
    const findings = new Findings();
    const guest = await Viewer.open(env, undefined, TABS);
    const [, blurbs, , search] = await Promise.all([
      guest.check('/', USERSTUFF).then((result) => findings.add('home', '/', result)),
      eachPage(guest, '/works', 'works index', findings),
      eachPage(guest, tagWorksPath('Original Work'), 'tag works', findings),
      eachPage(guest, `/works/search?work_search%5Bquery%5D=${KEYWORD}`, 'search', findings, { ...USERSTUFF, witnessScope: '.search-snippet' }),
      each(corpus.tags, async (name, i) => {
        findings.add('tag', tagPath(name), await guest.check(tagPath(name), USERSTUFF), false);
        if (i < 3) await eachPage(guest, tagWorksPath(name), 'tag works', findings);
      }),
    ]);
    const lostBlurbs = missing(corpus.expect.blurbs, blurbs.witnesses);
    if (lostBlurbs.length) findings.list.push(`/works blurbs: payloads ${lostBlurbs.join(', ')} missing`);
    if (search.containers === 0) findings.list.push('search: no excerpts');
    excerpts = search.witnesses.size;
    await guest.close();
    count(findings);
    findings.assertNone();
  });

  test('users, bookmarks, series and collections pages, and the forms that show their texts', async () => {
    const findings = new Findings();
    const guest = await Viewer.open(env, undefined, TABS);
    const people = new Set<number>();
    const collectionSeen = new Set<number>();
    const [, , bookmarks, index] = await Promise.all([
      eachPage(guest, '/users/xss_author', 'user', findings),
      eachPage(guest, '/users/xss_author/works', 'user works', findings),
      eachPage(guest, '/users/xss_reader/bookmarks', 'bookmarks', findings),
      eachPage(guest, '/collections', 'collections index', findings, USERSTUFF, false),
      each(corpus.fans, async (fan) => {
        const result = await guest.check(`/users/${fan.login}`, USERSTUFF);
        findings.add('user (display name, bio, website)', `/users/${fan.login}`, result, fan === corpus.fans[0]);
        for (const id of result.witnesses) people.add(id);
      }),
      // Every series title also shows on its work's pages (checked there); here the series page itself, for a few.
      each(corpus.seriesIds.slice(0, 5), (id) => eachPage(guest, `/series/${id}`, 'series', findings)),
      // Every title shows on the index; each collection's own page for those with descriptions and a few more.
      each(corpus.collections.slice(0, 5), async (name) => {
        const result = await guest.check(`/collections/${name}`, USERSTUFF);
        findings.add('collection', `/collections/${name}`, result, corpus.collections.indexOf(name) < 3);
        for (const id of result.witnesses) collectionSeen.add(id);
      }),
      each(corpus.collections.slice(0, 3), (name) => eachPage(guest, `/collections/${name}/works`, 'collection works', findings)),
    ]);
    const lostPeople = missing([...corpus.expect.bios, ...corpus.expect.displayNames], people);
    if (lostPeople.length) findings.list.push(`user pages: payloads ${lostPeople.join(', ')} missing`);
    const lostBookmarks = missing(corpus.expect.bookmarks, bookmarks.witnesses);
    if (lostBookmarks.length) findings.list.push(`bookmarks: payloads ${lostBookmarks.join(', ')} missing`);
    for (const id of index.witnesses) collectionSeen.add(id);
    const lostCollections = missing([...corpus.expect.collectionTitles, ...corpus.expect.collectionDescriptions], collectionSeen);
    if (index.pages < 2) findings.list.push('collections index: expected several pages');
    if (lostCollections.length) findings.list.push(`collections: payloads ${lostCollections.join(', ')} missing`);
    await guest.close();

    const owners = [[corpus.fans[0]!.client, '/settings/profile'], [corpus.author, '/works/new']] as const;
    await each(owners, async ([client, path]) => {
      const viewer = await Viewer.open(env, client);
      findings.add('settings form', path, await viewer.check(path, USERSTUFF));
      await viewer.close();
    });
    count(findings);
    findings.assertNone();
  });

  test('staff pages: reports, the reported items, accounts, moderation and wrangling forms', async () => {
    const findings = new Findings();
    const admin = await Viewer.open(env, corpus.admin, TABS);
    if (corpus.reportIds.length < 4) findings.list.push(`only ${corpus.reportIds.length} reports in the queue`);
    const queue = await eachPage(admin, '/admin/reports', 'report queue', findings, USERSTUFF, false);
    const seen = new Set(queue.witnesses);
    await each(corpus.reportIds, async (id) => {
      const result = await admin.check(`/admin/reports/${id}`, USERSTUFF);
      // The last report, the guest's about a series, shows no author HTML.
      findings.add('report', `/admin/reports/${id}`, result, id !== Math.max(...corpus.reportIds));
      for (const w of result.witnesses) seen.add(w);
    });
    const lost = missing(corpus.expect.reports, seen);
    if (lost.length) findings.list.push(`reports: payloads ${lost.join(', ')} missing`);
    const w = corpus.formatWorks[0]!;
    await each([
      ['dashboard', '/admin'], ['account (staff)', `/admin/users/${corpus.fans[0]!.login}`], ['account (staff)', '/admin/users/xss_commenter'],
      ['moderate work', `/admin/works/${w.id}/moderate`], ['retag work', `/admin/works/${w.id}/tags`], ['moderate comment', `/admin/comments/${corpus.commentIds[0]}/moderate`],
      ['moderate series', `/admin/series/${corpus.seriesIds[0]}/moderate`], ['moderate collection', `/admin/collections/${corpus.collections[0]}/moderate`],
      ['moderate user', `/admin/users/${corpus.fans[0]!.login}/moderate`], ['wrangle tag', `${tagPath(corpus.tags[0]!)}/edit`], ['wrangle tag', `${tagPath(corpus.tags[4]!)}/edit`],
      ['audit log', '/admin/audit'],
    ] as const, async ([view, path]) => findings.add(view, path, await admin.check(path, USERSTUFF)));
    await admin.close();
    count(findings);
    findings.assertNone();
  });

  test('Atom feeds are well-formed, carry no markup outside escaped content, and their content renders inert', async () => {
    const findings = new Findings();
    const client = env.archive.visitor();
    const feeds = [
      '/users/xss_author/works.atom', `/works/search.atom?work_search%5Bquery%5D=${KEYWORD}`, '/tags/Original%20Work/feed.atom',
      ...corpus.tags.slice(0, 5).map((t) => `${tagPath(t)}/feed.atom`),
      ...corpus.seriesIds.map((id) => `/series/${id}.atom`),
      ...[...corpus.formatWorks, ...corpus.fieldWorks].map((w) => `/works/${w.id}/chapters.atom`),
    ];
    const contents: string[] = [];
    const seen = new Set<number>();
    for (const path of feeds) {
      const res = await client.get(path);
      if (res.statusCode !== 200) { findings.list.push(`feed ${path}: HTTP ${res.statusCode}`); continue; }
      const xml = res.body;
      const problem = xmlProblem(xml.replace(/^<\?xml[^>]*\?>/, ''));
      if (problem) findings.list.push(`feed ${path}: not well-formed: ${problem}`);
      for (const tag of xml.match(/<[^>]*>/g) ?? []) {
        if (/^<\/?script\b/i.test(tag) || /\son[a-z]+\s*=/i.test(tag) || /^<\/?(?:style|iframe|object|embed|base|meta|svg|math|form)\b/i.test(tag)) findings.list.push(`feed ${path}: markup in the XML: ${tag.slice(0, 120)}`);
      }
      for (const m of xml.matchAll(/<content type="html">([^<]*)<\/content>/g)) contents.push(`<div class="userstuff">${unescapeXml(m[1]!)}</div>`);
      for (const m of xml.matchAll(/<title type="text">([^<]*)<\/title>/g)) for (const w of unescapeXml(m[1]!).matchAll(/§(\d+)§/g)) seen.add(Number(w[1]));
      findings.views.set('atom', (findings.views.get('atom') ?? 0) + 1);
    }
    const titles = corpus.placed.byField.get('work title')!;
    const lostTitles = missing(titles, seen);
    if (lostTitles.length) findings.list.push(`feed titles: payloads ${lostTitles.join(', ')} missing`);
    // A feed reader shows the entries' HTML: render it all at the archive's origin, as the pages are.
    const guest = await Viewer.open(env);
    const result = await guest.check('/__feed-contents', USERSTUFF, `<!DOCTYPE html><html><head><title>feeds</title></head><body><main>${contents.join('\n')}</main></body></html>`);
    findings.add('atom content in Chromium', '/__feed-contents', result, true);
    await guest.close();
    count(findings);
    findings.assertNone();
  });

  test('tally', (t) => {
    const fields = [...corpus.placed.byField].map(([field, set]) => `${field}: ${set.size}`);
    const loads = [...tally].reduce((n, [, v]) => n + v, 0);
    t.diagnostic(`${ALL.length} payloads; ${corpus.placed.byField.size} fields (${fields.join('; ')})`);
    t.diagnostic(`search excerpts showed ${excerpts} of the payloads`);
    t.diagnostic(`${tally.size} views, ${loads} pages and files checked (${chromiumLoads} loaded in Chromium): ${[...tally].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  });
});

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string) => s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) =>
  e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : XML_ENTITIES[e.toLowerCase()]!);

/** A URL's scheme as WHATWG URL parsing (browsers, reading systems built on them) reads it, relative to a page of the archive. */
function urlScheme(value: string): string {
  try {
    return new URL(value, 'http://archive.test/works/1').protocol;
  } catch {
    return 'unparsable:';
  }
}

/** Problems of an EPUB XHTML (or package) file: well-formedness, then any element or attribute that could run or navigate. */
function xhtmlProblems(xml: string): string[] {
  const out: string[] = [];
  const problem = xmlProblem(xml.replace(/^<\?xml[^>]*\?>\s*/, ''));
  if (problem) out.push(`not well-formed: ${problem}`);
  // Well-formed XML has no bare `<` in text, so every `<` starts markup.
  for (const m of xml.matchAll(/<([A-Za-z][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/g)) {
    const name = m[1]!.toLowerCase().replace(/^.*:/, '');
    if (['script', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'base', 'svg', 'math', 'style', 'frame', 'frameset', 'applet', 'textarea', 'select'].includes(name)) out.push(`<${name}>: ${m[0].slice(0, 120)}`);
    if (name === 'meta' && /http-equiv/i.test(m[2]!)) out.push(`meta http-equiv: ${m[0].slice(0, 120)}`);
    for (const a of m[2]!.matchAll(/([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      const attribute = a[1]!.toLowerCase();
      const value = unescapeXml(a[2] ?? a[3] ?? '');
      if (attribute.startsWith('on')) out.push(`event handler ${attribute}: ${m[0].slice(0, 120)}`);
      if (attribute === 'style') out.push(`style attribute: ${m[0].slice(0, 120)}`);
      if (/(^|:)(href|src|action|formaction|data)$/.test(attribute) && !/^(http|https|mailto):$/.test(urlScheme(value))) out.push(`${attribute}=${value.slice(0, 40)}: ${m[0].slice(0, 120)}`);
    }
  }
  return out;
}
