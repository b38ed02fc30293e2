/**
 * A small HTML reader for the export renderers. Its input is our sanitizer's output (quoted attributes, escaped
 * text, balanced tags), but it never trusts that: stray end tags are dropped and open elements are closed at the
 * end, so every renderer walks a proper tree. Nor does it trust the depth: the renderers walk the tree by
 * recursion, and a chapter stored with 10,000 nested elements (before the sanitizer bounded nesting) overflowed
 * their stack, a 500 for every EPUB, PDF and TXT download. Elements deeper than MAX_DEPTH lose their tags and keep
 * their content, as the sanitizer now does; and reading stays linear in the text whatever the tags.
 */

/** A node of the tree: text (entities decoded) or an element (lower-case name, attributes in source order). */
export type Node = TextNode | ElementNode;
/** Decoded text. */
export interface TextNode { type: 'text'; text: string }
/** An element; an attribute written without a value has the value ''. */
export interface ElementNode { type: 'element'; tag: string; attrs: [string, string][]; children: Node[] }

/** Elements that never have content. */
export const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
// Their content is text up to the matching end tag.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

// The XML five, the Latin-1 range and the typographic entities authors actually type. Anything rarer is
// already a character in sanitizer output (sanitize-html decodes entities); an unknown name stays literal text.
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  shy: '\u00ad', zwnj: '\u200c', zwj: '\u200d', lrm: '\u200e', rlm: '\u200f', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’',
  sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', dagger: '†', Dagger: '‡', bull: '•', hellip: '…', permil: '‰', prime: '′',
  Prime: '″', lsaquo: '‹', rsaquo: '›', oline: '‾', euro: '€', trade: '™', larr: '←', uarr: '↑', rarr: '→', darr: '↓',
  harr: '↔', hearts: '♥', spades: '♠', clubs: '♣', diams: '♦', loz: '◊', minus: '−', times: '×', divide: '÷', infin: '∞',
  ne: '≠', le: '≤', ge: '≥', asymp: '≈', deg: '°', micro: 'µ', middot: '·', para: '¶', sect: '§', copy: '©', reg: '®',
  laquo: '«', raquo: '»', iexcl: '¡', iquest: '¿', cent: '¢', pound: '£', yen: '¥', curren: '¤', brvbar: '¦', uml: '¨',
  ordf: 'ª', ordm: 'º', not: '¬', macr: '¯', plusmn: '±', sup1: '¹', sup2: '²', sup3: '³', acute: '´', cedil: '¸',
  frac14: '¼', frac12: '½', frac34: '¾', szlig: 'ß', fnof: 'ƒ', circ: 'ˆ', tilde: '˜', OElig: 'Œ', oelig: 'œ', Scaron: 'Š',
  scaron: 'š', Yuml: 'Ÿ', alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', pi: 'π', sigma: 'σ', omega: 'ω', Omega: 'Ω',
};
// Latin-1 letters follow a pattern: base letter + accent name, at fixed code points.
const LATIN1 = 'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml - Oslash Ugrave Uacute Ucirc Uuml Yacute THORN';
LATIN1.split(' ').forEach((name, i) => {
  if (name === '-') return;
  NAMED[name] = String.fromCodePoint(0xc0 + i);
  const lower = name === 'ETH' ? 'eth' : name === 'THORN' ? 'thorn' : name === 'AElig' ? 'aelig' : name[0]!.toLowerCase() + name.slice(1);
  NAMED[lower] = String.fromCodePoint(0xe0 + i);
});
NAMED.yuml = 'ÿ';

/** Decodes character references: named ones from the table above, decimal and hex ones. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/g, (all, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED[name] ?? all;
    const cp = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
    return String.fromCodePoint(cp);
  });
}

/** The deepest element kept (the sanitizer's bound too): the renderers' recursion is a few frames per level. */
export const MAX_DEPTH = 100;

const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/y;
const ATTR = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;

function attributes(source: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of source.matchAll(ATTR)) {
    const name = m[1]!.toLowerCase();
    if (out.some(([n]) => n === name)) continue;
    out.push([name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? '')]);
  }
  return out;
}

/** Parses an HTML fragment into a tree at most MAX_DEPTH elements deep. */
export function parseHtml(source: string): Node[] {
  const root: ElementNode = { type: 'element', tag: '#root', attrs: [], children: [] };
  const stack: ElementNode[] = [root];
  // Open elements by name, so an end tag with none open costs nothing (a search of the stack cost its depth);
  // and start tags dropped past MAX_DEPTH by name, so their end tags are dropped with them.
  const open = new Map<string, number>();
  const dropped = new Map<string, number>();
  const top = () => stack[stack.length - 1]!;
  const text = (s: string) => {
    if (!s) return;
    const kids = top().children;
    const last = kids[kids.length - 1];
    if (last?.type === 'text') last.text += s;
    else kids.push({ type: 'text', text: s });
  };
  // Where the next `>` is, found once for each stretch of the text: without one, no tag can end.
  let gt = -1;
  let i = 0;
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    if (lt < 0) { text(decodeEntities(source.slice(i))); break; }
    text(decodeEntities(source.slice(i, lt)));
    i = lt;
    if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i + 4);
      i = end < 0 ? source.length : end + 3;
      continue;
    }
    if (gt < i) gt = source.indexOf('>', i);
    if (gt < 0) { text(decodeEntities(source.slice(i))); break; }
    if (source.startsWith('<!', i) || source.startsWith('<?', i)) {
      i = gt + 1;
      continue;
    }
    TAG.lastIndex = i;
    const m = TAG.exec(source);
    if (!m) { text('<'); i += 1; continue; }
    i = TAG.lastIndex;
    const tag = m[2]!.toLowerCase();
    if (m[1]) {
      if (dropped.get(tag)) dropped.set(tag, dropped.get(tag)! - 1);
      else if (open.get(tag)) {
        for (let closed = stack.pop()!; closed.tag !== tag; closed = stack.pop()!) open.set(closed.tag, open.get(closed.tag)! - 1);
        open.set(tag, open.get(tag)! - 1);
      }
      continue;
    }
    const isVoid = VOID_TAGS.has(tag) || /\/\s*$/.test(m[3] ?? '');
    if (!isVoid && !RAW_TEXT.has(tag) && stack.length > MAX_DEPTH) {
      dropped.set(tag, (dropped.get(tag) ?? 0) + 1);
      continue;
    }
    const el: ElementNode = { type: 'element', tag, attrs: attributes(m[3] ?? ''), children: [] };
    top().children.push(el);
    if (isVoid) continue;
    if (RAW_TEXT.has(tag)) {
      const close = new RegExp(`</${tag}`, 'gi');
      close.lastIndex = i;
      const found = close.exec(source);
      const end = found ? found.index : source.length;
      el.children.push({ type: 'text', text: source.slice(i, end) });
      const after = found ? source.indexOf('>', end) : -1;
      i = after < 0 ? source.length : after + 1;
      continue;
    }
    stack.push(el);
    open.set(tag, (open.get(tag) ?? 0) + 1);
  }
  return root.children;
}

/** An attribute's value, or undefined when absent. */
export const attr = (el: ElementNode, name: string): string | undefined => el.attrs.find(([n]) => n === name)?.[1];
