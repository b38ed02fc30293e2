/**
 * A tiny XML well-formedness checker for tests: every tag closed in order, attributes quoted and unique, only
 * the XML escapes or numeric references, no characters XML forbids. Returns the first problem, or undefined.
 */
const NAME = '[A-Za-z_:][-A-Za-z0-9_.:]*';
const TAG = new RegExp(`^<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`);
const ATTR = new RegExp(`(${NAME})\\s*=`, 'g');
const REF = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;
const BAD_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

/** The first well-formedness problem of an XML document or fragment, or undefined. */
export function xmlProblem(xml: string): string | undefined {
  if (BAD_CHAR.test(xml)) return 'character not allowed in XML';
  const stack: string[] = [];
  let i = 0;
  while (i < xml.length) {
    const c = xml[i]!;
    if (c === '&') {
      REF.lastIndex = i;
      if (!REF.test(xml)) return `bad reference at ${i}: ${xml.slice(i, i + 12)}`;
      i = REF.lastIndex;
      continue;
    }
    if (c === '>') return `bare > at ${i}`; // allowed by XML, but our escaper never leaves one
    if (c !== '<') { i++; continue; }
    if (xml.startsWith('<?', i)) { const e = xml.indexOf('?>', i); if (e < 0) return 'unclosed <?'; i = e + 2; continue; }
    if (xml.startsWith('<!--', i)) { const e = xml.indexOf('-->', i); if (e < 0) return 'unclosed comment'; i = e + 3; continue; }
    if (xml.startsWith('<!DOCTYPE', i)) { const e = xml.indexOf('>', i); i = e + 1; continue; }
    const m = TAG.exec(xml.slice(i));
    if (!m) return `bad tag at ${i}: ${xml.slice(i, i + 30)}`;
    const [all, close, name, attrs, selfClose] = m;
    const names = [...attrs!.matchAll(ATTR)].map((a) => a[1]);
    if (new Set(names).size !== names.length) return `repeated attribute in <${name}>`;
    for (const v of attrs!.matchAll(/=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      const value = v[1] ?? v[2] ?? '';
      const bad = value.replace(/&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, '');
      if (bad.includes('&')) return `bad reference in an attribute of <${name}>`;
    }
    if (close) {
      if (attrs || selfClose) return `bad end tag ${all}`;
      const open = stack.pop();
      if (open !== name) return `</${name}> closes <${open ?? 'nothing'}>`;
    } else if (!selfClose) stack.push(name!);
    i += all!.length;
  }
  return stack.length ? `unclosed <${stack[stack.length - 1]}>` : undefined;
}
