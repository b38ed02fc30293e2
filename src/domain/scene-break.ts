/**
 * Whether a line of a story is a scene break (`* * *`, `~*~`, `oOo`, `❧`…), whatever markup it is wrapped in, and the
 * markup a break is kept as: the characters the author typed, marked up as a separator, never replaced by a rule.
 */
import { ForwardFinder, isWordChar } from './html-tokens.ts';

// Markup an author may wrap a scene break in; it says nothing about whether the line is a break.
const WRAPPER_NAMES = new Set(['p', 'center', 'div', 'b', 'strong', 'em', 'i', 'u', 'span', 'font']);
const LONGEST_WRAPPER = 6;
// Ornaments that are a scene break on their own, even as a single character.
const ORNAMENTS = new Set([...'§❧☙❦⁂※◇◆❖✿❀❁✾✽★☆✦✧✶✷✻✼❋✥✤♦♢❈❉❊✢✣⸎⁕']);
// Symbols that make a break only when there are three or more of them.
const BREAK_SYMBOLS = new Set([...'*~-_=#+/\\|•·°∞○●♥♡♠♣—–']);

/**
 * The line without wrapper tags: what `line.replace(/<\/?(?:p|center|div|b|strong|em|i|u|span|font)\b[^>]*>/gi, '')`
 * gives, in one pass (that regex reads to the end of the line from every `<p ` that has no `>` after it).
 */
function withoutWrapperTags(line: string): string {
  let at = line.indexOf('<');
  if (at < 0) return line;
  const gt = new ForwardFinder(line, '>');
  let out = '';
  let kept = 0;
  while (at >= 0) {
    let resume = at + 1;
    const nameStart = at + (line.charCodeAt(at + 1) === 47 ? 2 : 1);
    let nameEnd = nameStart;
    while (nameEnd - nameStart <= LONGEST_WRAPPER && isWordChar(line.charCodeAt(nameEnd))) nameEnd++;
    // A wrapper name must end where the word does (`\b`): `<bold>` is not `<b>`.
    if (nameEnd > nameStart && !isWordChar(line.charCodeAt(nameEnd)) && WRAPPER_NAMES.has(line.slice(nameStart, nameEnd).toLowerCase())) {
      const close = gt.next(nameEnd);
      if (close >= 0) {
        out += line.slice(kept, at);
        kept = resume = close + 1;
      }
    }
    at = line.indexOf('<', resume);
  }
  return out + line.slice(kept);
}

const classChar = (c: string): string => (/[\\\]^-]/.test(c) ? `\\${c}` : c);
// A character no break can hold, even before `&nbsp;` and friends are read: most lines are prose and stop here.
const NEVER_IN_BREAK = new RegExp(`[^\\s${[...ORNAMENTS, ...BREAK_SYMBOLS, ...'oO0xX&#;nbspaNBSPA16'].map(classChar).join('')}]`, 'u');

/** True when a line (optionally wrapped in p/center/div/b/strong) is only a scene-break ornament like `* * *`, `~*~` or `oOo`. */
export function isSceneBreak(line: string): boolean {
  const stripped = withoutWrapperTags(line);
  if (NEVER_IN_BREAK.test(stripped)) return false;
  const s = stripped
    .replace(/&nbsp;|&#160;|&#xa0;/gi, ' ')
    .replace(/\s+/g, '');
  if (s === '') return false;
  const chars = [...s];
  if (chars.every((c) => ORNAMENTS.has(c))) return true;
  if (chars.length < 3) return false;
  // `o0o`, `oOo`, `xXx`: all-same runs like `xxx` (kisses) or `ooo` are prose, so demand a mix.
  if (/^(?:[o0]+|x+)$/i.test(s)) return new Set(chars).size > 1;
  const isLetter = (c: string): boolean => /[oO0xX]/.test(c);
  if (!chars.every((c) => BREAK_SYMBOLS.has(c) || ORNAMENTS.has(c) || isLetter(c))) return false;
  if (chars.every((c) => isLetter(c))) return false;
  // Short mixes with `_` in them are emoticons (`-_-`, `=_=`, `*_*`), not breaks.
  if (chars.length < 5 && s.includes('_') && new Set(chars).size > 1) return false;
  // A break repeats something; `:-)`-like one-offs never get this far, but `*-+` should not either.
  return new Set(chars).size < chars.length;
}

/** A break's own characters: the line without its wrapper tags (`<center><b>* * *</b></center>` → `* * *`). */
export const breakCharacters = (line: string): string => withoutWrapperTags(line).trim();

/** The class of a scene break; site.css, print.css and every download centre it. */
export const SCENE_BREAK_CLASS = 'scene-break';

/**
 * A scene break as stored and shown: the author's characters (already HTML) in a paragraph that says it separates
 * scenes, so screen readers announce it and nothing the author typed disappears. Shared by both importers.
 */
export const sceneBreakHtml = (charactersHtml: string): string => `<p class="${SCENE_BREAK_CLASS}" role="separator">${charactersHtml}</p>`;
