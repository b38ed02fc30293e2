/**
 * Sanitized author HTML → well-formed XHTML for EPUB. Beyond XML syntax (void elements closed, boolean attributes
 * given values, only the XML escapes, no characters XML forbids), it repairs what EPUB validators reject in real
 * works: obsolete tags (center, strike) and attributes (align, name), block elements inside paragraphs and inline
 * elements, list items and table cells outside their containers, and remote images (an EPUB may not load them,
 * so they become links).
 */
import { parseHtml, VOID_TAGS, type ElementNode, type Node } from './html-tree.ts';

// Characters XML 1.0 does not allow, and lone surrogates.
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Escapes text for XML content and attribute values. */
export const escapeXml = (s: string): string =>
  s.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const PHRASING = new Set(['a', 'abbr', 'b', 'br', 'cite', 'code', 'del', 'em', 'i', 'ins', 'kbd', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'u', 'img', 'ruby', 'rb', 'rp', 'rt']);
// Elements whose content may only be phrasing content.
const PHRASING_ONLY = new Set([...PHRASING, 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'dt', 'caption']);
const FLOW = new Set(['p', 'blockquote', 'hr', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'colgroup', 'col', 'figure', 'figcaption']);
const RENAMED: Record<string, [string, string]> = { center: ['div', 'center'], strike: ['s', ''], details: ['div', 'details'], summary: ['p', 'summary'] };
// Elements valid only inside certain parents.
const PARENTS: Record<string, string[]> = {
  li: ['ul', 'ol'], dt: ['dl'], dd: ['dl'], tr: ['table', 'thead', 'tbody', 'tfoot'], td: ['tr'], th: ['tr'],
  thead: ['table'], tbody: ['table'], tfoot: ['table'], caption: ['table'], colgroup: ['table'], col: ['colgroup'],
  rt: ['ruby'], rp: ['ruby'], rb: ['ruby'], figcaption: ['figure'],
};
// Containers that hold only certain children; anything else is wrapped in the given element.
const CONTAINERS: Record<string, { allowed: string[]; wrap: (child: Node) => string }> = {
  ul: { allowed: ['li'], wrap: () => 'li' },
  ol: { allowed: ['li'], wrap: () => 'li' },
  dl: { allowed: ['dt', 'dd'], wrap: () => 'dd' },
  table: { allowed: ['caption', 'colgroup', 'thead', 'tbody', 'tfoot', 'tr'], wrap: (c) => (c.type === 'element' && c.tag === 'col' ? 'colgroup' : 'tr') },
  thead: { allowed: ['tr'], wrap: () => 'tr' },
  tbody: { allowed: ['tr'], wrap: () => 'tr' },
  tfoot: { allowed: ['tr'], wrap: () => 'tr' },
  tr: { allowed: ['td', 'th'], wrap: () => 'td' },
  colgroup: { allowed: ['col'], wrap: () => '' },
};

const INT = /^\d{1,4}$/;
const ATTRIBUTES: Record<string, (tag: string, value: string) => string | undefined> = {
  class: (_t, v) => v.split(/\s+/).filter((c) => /^[A-Za-z][\w-]*$/.test(c)).join(' ') || undefined,
  title: (_t, v) => v,
  dir: (_t, v) => (['ltr', 'rtl', 'auto'].includes(v) ? v : undefined),
  lang: (_t, v) => (/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(v) ? v : undefined),
  href: (t, v) => (t === 'a' ? validUrl(v) : undefined),
  start: (t, v) => (t === 'ol' && /^-?\d{1,6}$/.test(v) ? v : undefined),
  type: (t, v) => (t === 'ol' && ['1', 'a', 'A', 'i', 'I'].includes(v) ? v : undefined),
  colspan: (_t, v) => (INT.test(v) && Number(v) > 0 ? String(Number(v)) : undefined),
  rowspan: (_t, v) => (INT.test(v) ? String(Number(v)) : undefined),
  span: (t, v) => ((t === 'col' || t === 'colgroup') && INT.test(v) && Number(v) > 0 ? String(Number(v)) : undefined),
  scope: (t, v) => (t === 'th' && ['row', 'col', 'rowgroup', 'colgroup'].includes(v) ? v : undefined),
  // A scene break's separator role (scene-break.ts) is kept for readers that announce it.
  role: (t, v) => (t === 'p' && v === 'separator' ? v : undefined),
  rel: (t, v) => (t === 'a' ? v.split(/\s+/).filter((r) => /^[a-z-]+$/.test(r)).join(' ') || undefined : undefined),
};

function validUrl(href: string): string | undefined {
  try {
    const url = new URL(href.trim());
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function attributesOf(el: ElementNode, tag: string, extraClass: string): string {
  const out: [string, string][] = [];
  const classes = [extraClass];
  for (const [name, value] of el.attrs) {
    if (name === 'align' && /^(left|right|center|justify)$/i.test(value)) classes.push(`align-${value.toLowerCase()}`);
    const clean = ATTRIBUTES[name]?.(tag, value);
    if (clean === undefined) continue;
    if (name === 'class') classes.push(clean);
    else out.push([name, clean]);
  }
  const cls = classes.filter(Boolean).join(' ');
  if (cls) out.unshift(['class', cls]);
  return out.map(([n, v]) => ` ${n}="${escapeXml(v)}"`).join('');
}

interface Where { parent: string; phrasing: boolean; inLink: boolean }

/** Groups children a container may not hold directly into wrapper elements. */
function contained(tag: string, children: Node[]): Node[] {
  const rule = CONTAINERS[tag];
  if (!rule) return children;
  if (tag === 'table') return tableParts(wrapStrays(rule, children));
  if (tag === 'dl') return definitionGroups(wrapStrays(rule, children));
  return wrapStrays(rule, children);
}

function wrapStrays(rule: (typeof CONTAINERS)[string], children: Node[]): Node[] {
  const out: Node[] = [];
  let pending: ElementNode | undefined;
  for (const c of children) {
    if (c.type === 'text' && !c.text.trim()) continue;
    if (c.type === 'element' && rule.allowed.includes(c.tag)) { pending = undefined; out.push(c); continue; }
    const wrapper = rule.wrap(c);
    if (!wrapper) continue;
    if (!pending || pending.tag !== wrapper) { pending = { type: 'element', tag: wrapper, attrs: [], children: [] }; out.push(pending); }
    pending.children.push(c);
  }
  return out;
}

const make = (tag: string, children: Node[] = []): ElementNode => ({ type: 'element', tag, attrs: [], children });
const isEl = (n: Node, ...tags: string[]): n is ElementNode => n.type === 'element' && tags.includes(n.tag);

/** A dl as (dt+ dd+)* groups: an empty dt before a dd that has none, an empty dd after a final dt. */
function definitionGroups(children: Node[]): Node[] {
  const out: Node[] = [];
  for (const c of children) {
    if (isEl(c, 'dd') && !out.some((n) => isEl(n, 'dt'))) out.push(make('dt'));
    out.push(c);
  }
  const last = out[out.length - 1];
  if (last && isEl(last, 'dt')) out.push(make('dd'));
  return out;
}

/** A table's parts in the order XHTML requires: caption, colgroups, thead, body rows, tfoot. Repeated parts become bodies. */
function tableParts(children: Node[]): Node[] {
  const caption = children.find((c) => isEl(c, 'caption'));
  const head = children.find((c) => isEl(c, 'thead'));
  const foot = children.find((c) => isEl(c, 'tfoot'));
  const colgroups: Node[] = children.filter((c) => isEl(c, 'colgroup'));
  const bodies = children
    .filter((c) => c !== caption && c !== head && c !== foot && !colgroups.includes(c))
    .map((c): Node => (c.type === 'element' && c.tag !== 'tr' && c.tag !== 'tbody' ? { ...c, tag: 'tbody' } : c));
  // Rows may stand directly in a table only when it has no thead, tbody or tfoot: otherwise they get a tbody.
  const sections = head || foot || bodies.some((c) => isEl(c, 'tbody'));
  const body: Node[] = [];
  let loose: ElementNode | undefined;
  for (const c of bodies) {
    if (!sections || !isEl(c, 'tr')) { body.push(c); loose = undefined; continue; }
    if (!loose) body.push((loose = make('tbody')));
    loose.children.push(c);
  }
  return [caption, ...colgroups, head, ...body, foot].filter((c): c is Node => c !== undefined);
}

/** A ruby needs base text followed by an rt; anything else is shown as a plain span. */
function properRuby(children: Node[]): boolean {
  const first = children.find((c) => c.type === 'element' || c.text.trim());
  return first !== undefined && !isEl(first, 'rt', 'rp') && children.some((c) => isEl(c, 'rt'));
}

function image(el: ElementNode, where: Where): string {
  const alt = el.attrs.find(([n]) => n === 'alt')?.[1]?.trim();
  const label = `[${alt ? `Image: ${alt}` : 'Image'}]`;
  const src = validUrl(el.attrs.find(([n]) => n === 'src')?.[1] ?? '');
  return src && !where.inLink ? `<a class="image" href="${escapeXml(src)}">${escapeXml(label)}</a>` : `<span class="image">${escapeXml(label)}</span>`;
}

function element(el: ElementNode, where: Where): string {
  let [tag, extraClass] = RENAMED[el.tag] ?? [el.tag, ''];
  if (tag === 'img') return image(el, where);
  if (tag === 'ruby' && !properRuby(el.children)) tag = 'span';
  if (!PHRASING.has(tag) && !FLOW.has(tag)) return nodes(el.children, where);
  const required = PARENTS[tag];
  if (required && !required.includes(where.parent)) {
    if (tag === 'col') return '';
    [tag, extraClass] = [where.phrasing ? 'span' : 'div', extraClass || el.tag];
  }
  if (where.phrasing && !PHRASING.has(tag)) {
    if (tag === 'hr' || tag === 'col') return tag === 'hr' ? '<br />' : '';
    [tag, extraClass] = ['span', extraClass || el.tag];
  }
  // A link inside a link, or one whose address the sanitizer removed, is kept as plain text.
  if (tag === 'a' && (where.inLink || !validUrl(el.attrs.find(([n]) => n === 'href')?.[1] ?? ''))) tag = 'span';
  const attrs = attributesOf(el, tag, extraClass);
  if (VOID_TAGS.has(tag)) return `<${tag}${attrs} />`;
  const inner = nodes(contained(tag, el.children), { parent: tag, phrasing: where.phrasing || PHRASING_ONLY.has(tag), inLink: where.inLink || tag === 'a' });
  return `<${tag}${attrs}>${inner}</${tag}>`;
}

function nodes(list: readonly Node[], where: Where): string {
  return list.map((n) => (n.type === 'text' ? escapeXml(n.text) : element(n, where))).join('');
}

/** Converts an HTML fragment (sanitizer output) to an XHTML fragment that is valid inside `<body>` or a `<div>`. */
export function toXhtml(html: string): string {
  return nodes(parseHtml(html), { parent: 'div', phrasing: false, inLink: false });
}
