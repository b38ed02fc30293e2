/**
 * Site chrome: the text an archive put around a story (navigation, reader controls, review prompts, credits,
 * donation appeals). Two strengths: `site` lines are never prose and go wherever they are; `edge` lines
 * ("Please review!", "Next") could be a character's words, so they go only at the edges of a chapter or page.
 */
import type { Block } from './types.ts';

/** How sure we are that a line is chrome. */
export type ChromeKind = 'site' | 'edge';

const MUST_LOG_IN = /\byou must (?:be )?(?:log ?in|logged in|login|sign in|signed in)\b/i;
const TO_REVIEW = /\bto (?:review|comment|leave)/i;

const SITE: Array<{ test(line: string): boolean }> = [
  // "You must log in … to review": the first such opening, then the rest after it (`.*` between them was retried
  // from every opening, the square of a line that repeats it).
  { test: (s) => { const m = MUST_LOG_IN.exec(s); return m !== null && TO_REVIEW.test(s.slice(m.index + m[0].length)); } },
  /^\(?\s*(?:printer[ -]friendly|print(?:able)? version|print this|plain(?: text)? version|text[ -]only version)\b/i,
  /^(?:printer\s+)?chapter or story$/i,
  /^(?:proudly\s+)?powered by\b.{0,80}$/i,
  /^(?:skin|theme|layout|site design|design|graphics?|banner|web ?site|site|web design|web ?site design|hosting)\s+(?:(?:created|designed|made|built|maintained|hosted|run)\s+)?by\b.{0,80}$/i,
  /^this (?:story|fic|work) (?:is )?archived at\b/i,
  /^(?:add (?:story|author|series) to favou?rites|report this|submit a review|table of contents|back to (?:index|top|story)|go to top|jump to chapter|options|story text|author'?s? profile|follow\/fav|story info)$/i,
  /^[-–\s]*text size[+\s]*$/i,
  /^[-–\s]*(?:font(?:\s+size)?|text size|width|line spacing|spacing|reading width)\s*:?\s*(?:[-+−]|a\s+a|full|small|medium|large|\d|$)/i,
  /\bfull\s+3\/4\s+1\/2\b/i,
  /^\[?\s*reviews?\s*[-–:]\s*\d+\s*\]?/i,
  /^(?:type your review|review as (?:a )?guest|post review as|review this (?:story|chapter)|leave a review|post a (?:new )?comment|leave a comment|add (?:a )?comment)\b/i,
  /^(?:\d+|no) (?:comments?|reviews?|replies)$/i,
  /^(?:reply|thread|link|flag|share|expand|parent|track this|edit entry|edit tags|tell a friend|add to memories|memories)(?:\s*[|·•]\s*(?:reply|thread|link|flag|share|expand|parent|track|edit|collapse|freeze|delete|screen))+$/i,
  /^(?:current )?(?:mood|music|location)\s*:/i,
  /^(?:please\s+)?(?:consider\s+)?(?:donat\w*|paypal|ko-?fi|patreon|buy (?:me|us) a coffee)\b.*\b(?:archive|site|server|hosting|bills?|costs?|running|online)\b/i,
  /^(?:age consent required|registered users only)$/i,
  /^(?:\d+|no) words?\s*(?:\|\s*)?$/i,
];

const EDGE: RegExp[] = [
  /^(?:please\s+)?(?:r\s*(?:&|and|\/)\s*r|read\s*(?:&|and)\s*review)\b/i,
  /^(?:please\s+(?:please\s+)?(?:review|r\s*&\s*r|comment|leave (?:a )?(?:review|comment|feedback)|let me know)|reviews?\s*(?:please|plz|pls)|(?:reviews?|feedback|comments?|concrit|crit)\s+(?:are|is|would be)\s+(?:love|loved|appreciated|welcome|lovely))\b.{0,100}$/i,
  /^(?:send |leave |email )?feedback\b/i,
  /^(?:«|<|‹)*\s*(?:prev(?:ious)?|next|first|last)(?:\s+(?:chapter|page|entry|story))?\s*(?:»|>|›)*$/i,
  /^(?:©|\(c\)|copyright\b)/i,
  /\b(?:all rights reserved|site (?:designed|created|maintained|hosted|run) by|hosted by|webmaster|site owner)\b/i,
  /^(?:donat\w*|paypal|ko-?fi|patreon|buy (?:me|us) a coffee)\b/i,
  /^(?:\d+\s+)?(?:reviews?|comments?)$/i,
  /^(?:tags?|filed under)\s*:/i,
  /\b(?:archive|site|server|hosting)\b.*\b(?:donat\w*|paypal|ko-?fi|patreon)\b/i,
  /^(?:chapter \d+ of \d+|\d+\/\d+)$/i,
  /^(?:read\s+)?reviews?\s*[([]\s*\d+\s*[)\]]$/i,
  /^read (?:the )?reviews$/i,
  /^(?:visit (?:the )?)?(?:author['’]?s?|writer['’]?s?) (?:web ?site|site|home ?page|profile|journal|livejournal)$/i,
  /^(?:all|more|other) (?:stories|fics?|fiction|works) (?:by|from)\b.{0,60}$/i,
];

const NAV_WORDS = new Set(('home|main|most recent|recent|new|authors|author|categories|category|titles|series|search|top tens|top 10|' +
  'challenges|help|contact|contact us|login|log in|logout|log out|register|sign up|browse|just in|members|news|rules|faq|links|' +
  'stories|fiction|archive|index|about|user panel|account|profile|submit|submission guidelines|tos|terms of service|' +
  'privacy|forum|forums|community|communities|blogs|tags|random|featured|favorites|favourites|communities|journal|friends|' +
  'userinfo|memories|calendar|archive|entries|previous|next|prev|reviews|print|back|top').split('|'));

const items = (line: string): string[] => line.split(/\s*(?:\||·|•|::|»|«|\s[-–]\s|\]\s*\[|\s{2,})\s*/).map((s) => s.replace(/^[[\]()\s]+|[[\]()\s]+$/g, '')).filter(Boolean);

/** Whether a line is a navigation bar: three or more menu words in a row. */
export function isNavLine(line: string): boolean {
  const parts = items(line);
  if (parts.length < 3) return false;
  return parts.filter((p) => NAV_WORDS.has(p.toLowerCase())).length >= Math.ceil(parts.length * 0.6);
}

// The words of a reader's controls (text width, font, colour scheme) as a page saved as text shows them.
const CONTROL_KINDS: Record<string, 'width' | 'font' | 'skin' | 'any'> = Object.fromEntries([
  ...'width|narrow|wide|wider|medium|full|margins'.split('|').map((w) => [w, 'width']),
  ...'font|fonts|serif|sans|sans-serif|monospace|size|a+|a-|a−|+|-|−|larger|smaller|spacing'.split('|').map((w) => [w, 'font']),
  ...'skin|skins|theme|colours|colors|light|dark|sepia|night|day|contrast|parchment'.split('|').map((w) => [w, 'skin']),
  ...'default|reset|auto|small|large|normal|text|a'.split('|').map((w) => [w, 'any']),
]);
// Words no sentence is made of: one of them must be there ("a dark, dark night" is prose).
const CONTROL_NAMES = new Set('width|narrow|wide|font|serif|sans|sans-serif|monospace|a+|a-|a−|skin|theme|sepia'.split('|'));

/**
 * A line of reader controls (`Width: narrow wide | Font: serif sans | Skin: light dark`): four or more words,
 * all of them control words, naming at least two of width, font and colour scheme.
 */
export function isReaderControls(line: string): boolean {
  const words = line.toLowerCase().split(/[\s|·•:,/]+/).filter(Boolean).map((w) => w.replace(/^[([]+|[)\]]+$/g, ''));
  if (words.length < 4 || words.length > 40 || !words.some((w) => CONTROL_NAMES.has(w))) return false;
  const kinds = new Set<string>();
  for (const w of words) {
    const kind = CONTROL_KINDS[w] ?? (/^\d{1,3}(?:%|px|em)?$/.test(w) ? 'width' : undefined);
    if (!kind) return false;
    if (kind !== 'any') kinds.add(kind);
  }
  return kinds.size >= 2;
}

// The separators of a line of links saved as text ("Feedback | Author's website | All stories by Ann"); the
// parts are trimmed after the split (`\s*` around the mark would be retried from every space of a long run).
const LINK_SEPARATOR = /[|·•]/;

/** How a single line counts as chrome, or null when it may be the story's own. */
export function chromeKind(line: string): ChromeKind | null {
  const s = line.trim();
  if (!s) return null;
  if (isNavLine(s) || isReaderControls(s) || SITE.some((r) => r.test(s)) || isLinkRow(s)) return 'site';
  if (s.length <= 160 && EDGE.some((r) => r.test(s))) return 'edge';
  return null;
}

/** Links in a row, each of them chrome on its own: a bar of the site's links, never prose. */
function isLinkRow(s: string): boolean {
  if (s.length > 300 || !LINK_SEPARATOR.test(s)) return false;
  const parts = s.split(LINK_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  return parts.length >= 2 && parts.every((p) => p.length <= 80 && chromeKind(p) !== null);
}

/** A block of links only (a menu, a chapter list, "Reply | Thread"): chrome wherever it is. */
export const isLinkBar = (b: Block): boolean => b.linkShare >= 0.9 && b.text.length < 400;

/**
 * How a whole block counts as chrome: the weakest of its lines, so a paragraph that merely mentions
 * "review" is not taken out; a block of all-chrome lines is.
 */
export function blockChrome(b: Block): ChromeKind | null {
  if (b.kind === 'break') return null;
  if (isLinkBar(b)) return 'site';
  let kind: ChromeKind = 'site';
  for (const line of b.lines) {
    const k = chromeKind(line);
    if (k === null) return null;
    if (k === 'edge') kind = 'edge';
  }
  return b.lines.length ? kind : null;
}

const DISCLAIMER = [
  /^\W*(?:standard\s+)?disclaimers?\b\s*(?:[:\-–—.]|apply|applies|\bapply\b)/i,
  /^\W*(?:i|we)\s+(?:still\s+|sadly\s+|unfortunately\s+)?(?:don['’]?t|do not|never did|didn['’]?t|did not)\s+own\b/i,
  /^\W*(?:not mine|none of (?:this|these|them|it) (?:is|are|belongs?) (?:mine|to me))\b/i,
  /\bare the property of their respective owners\b/i,
  /\bno (?:copyright )?infringement (?:is )?intended\b/i,
  // A fandom's owners named, with the fan's "no profit": the site-wide disclaimer of a fan archive.
  /\bbelongs?\s+to\b.{0,200}\b(?:no (?:money|profit)|not (?:mine|me|us)|fan ?(?:site|fiction|fic|archive)|for fun)\b/i,
  /\bno (?:money|profit)\s+(?:is|are|was|will be)\s+(?:being\s+)?(?:made|earned|received|gained|intended)\b/i,
];

/** Whether a paragraph is a disclaimer (kept as the work's disclaimer, not in its text). */
export const isDisclaimer = (text: string): boolean => DISCLAIMER.some((r) => r.test(text.trim()));
