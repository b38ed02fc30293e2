/**
 * AO3-style word counts for rendered chapter HTML. Counting works on the visible text only: tags,
 * entities and ruby annotations are not words, and scripts written without spaces are handled apart.
 */

// Inline tags can sit inside a word (`<b>wo</b>rd`), so they vanish; every other tag separates words.
const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'mark',
  'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'u', 'var', 'ruby', 'rb',
]);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ',
  mdash: '—', ndash: '–', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
};

// Han, kana and Hangul syllables count one word per character, as AO3 does. `ー` (U+30FC) is
// Script=Common but lengthens a kana word, so it counts like kana; CJK punctuation (。、「」) is
// Script=Common and is therefore not a word.
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\uAC00-\uD7A3\u30FC]/gu;

// Thai, Lao, Khmer and Myanmar are written without spaces between words. Counting characters would
// inflate counts several times over, so runs of them go through ICU's dictionary word segmentation
// (Intl.Segmenter), which is the closest to what a reader would call a word.
const SPACELESS_RUN = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]+/gu;
const segmenter = new Intl.Segmenter('und', { granularity: 'word' });

// Letters, digits and combining marks (so Devanagari vowel signs stay inside their word); an
// apostrophe or hyphen between two such runs joins them ("don't", "well-known"), and so does a
// decimal or thousands separator between digits ("3.14", "1,000").
const WORD =
  /[\p{L}\p{N}\p{M}]+(?:(?:['’\-\u2010\u2011]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}\p{M}]+)*/gu;

const decodeEntity = (_whole: string, body: string): string => {
  const named = NAMED_ENTITIES[body.toLowerCase()];
  if (named !== undefined) return named;
  // Other named entities are mostly accented letters (`caf&eacute;`): dropping them keeps the word whole.
  if (body[0] !== '#') return '';
  const code = /^#x/i.test(body) ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  // Out-of-range and surrogate code points would make fromCodePoint throw or produce junk; drop them.
  if (!Number.isInteger(code) || code < 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
    return ' ';
  }
  return String.fromCodePoint(code);
};

/** The visible text of an HTML fragment, with entities decoded and block boundaries as spaces. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style|rt|rp)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<\/?([a-zA-Z][\w:-]*)\b[^>]*>/g, (_tag, name: string) => (INLINE_TAGS.has(name.toLowerCase()) ? '' : ' '))
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, decodeEntity);
}

/** The number of words in a chapter's HTML, counting each CJK character as one word. */
export function countWords(html: string): number {
  let count = 0;
  const text = visibleText(html)
    .replace(CJK_CHAR, () => {
      count++;
      return ' ';
    })
    .replace(SPACELESS_RUN, (run) => {
      for (const part of segmenter.segment(run)) if (part.isWordLike) count++;
      return ' ';
    });
  for (const _ of text.matchAll(WORD)) count++;
  return count;
}
