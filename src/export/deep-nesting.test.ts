import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderDownload } from './render.ts';
import { FORMATS } from './formats.ts';
import { parseHtml, MAX_DEPTH, type Node } from './html-tree.ts';
import { toXhtml } from './xhtml.ts';
import { htmlToText } from './txt.ts';
import { sampleSnapshot } from '../../test/fixtures/work-snapshot.ts';
import { xmlProblem } from '../../test/support/xml-check.ts';

// 10,000 levels of every kind the converters walk differently: blocks, quotes, lists, tables, emphasis, links.
const LEVELS = ['<div>', '<blockquote>', '<ul><li>', '<table><tr><td>', '<b>', '<i>', '<a href="https://e.org">', '<p>'];
const open = Array.from({ length: 10_000 }, (_, i) => LEVELS[i % LEVELS.length]).join('');
const close = open.replace(/<(\w+)[^>]*>/g, '</$1>').split(/(?=<\/)/).reverse().join('');
const DEEP = `<p>Surface words.</p>${open}Deepest words.${close}<p>After the deep.</p>`;

const depth = (nodes: Node[]): number => {
  let max = 0;
  const stack: Array<readonly [Node, number]> = nodes.map((n) => [n, 1] as const);
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [n, d] = item;
    if (n.type === 'element') { max = Math.max(max, d); stack.push(...n.children.map((c) => [c, d + 1] as const)); }
  }
  return max;
};

test('the tree the renderers walk is at most MAX_DEPTH deep; deeper elements keep their text, not their tags', () => {
  const tree = parseHtml(DEEP);
  assert.equal(depth(tree), MAX_DEPTH);
  assert.match(htmlToText(DEEP), /^Surface words\.\n[\s\S]*Deepest words\.[\s\S]*\n\nAfter the deep\.$/);
  const xhtml = toXhtml(DEEP);
  assert.equal(xmlProblem(`<div xmlns="http://www.w3.org/1999/xhtml">${xhtml}</div>`), undefined);
  assert.match(xhtml, /Deepest words\.[\s\S]*<p>After the deep\.<\/p>$/);
});

test('end tags of elements dropped past the bound do not close the elements kept', () => {
  const nested = `${'<div>'.repeat(MAX_DEPTH + 5)}deep${'</div>'.repeat(MAX_DEPTH + 5)}<p>after</p>`;
  const tree = parseHtml(nested);
  assert.equal(tree.length, 2, 'the outermost div closes last, then the paragraph follows it');
  assert.equal(depth(tree), MAX_DEPTH);
});

test('every format renders a chapter nested 10,000 levels deep', async () => {
  const s = sampleSnapshot();
  const snapshot = { ...s, chapters: [{ ...s.chapters[0]!, bodyHtml: DEEP }] };
  for (const format of FORMATS) {
    const file = await renderDownload(format, snapshot);
    assert.ok(file.length > 0, format);
    if (format === 'txt' || format === 'html') assert.match(file.toString('utf8'), /Surface words\.[\s\S]*Deepest words\.[\s\S]*After the deep\./, format);
  }
});

test('stray end tags and unterminated markup are read in linear time', () => {
  const started = performance.now();
  parseHtml(`${'<i>'.repeat(MAX_DEPTH)}${'</b>'.repeat(200_000)}`);
  parseHtml(`<p>x</p>${'<a '.repeat(200_000)}`);
  parseHtml(`<p>x</p>${'<style>'.repeat(50_000)}`);
  assert.ok(performance.now() - started < 5000, `${Math.round(performance.now() - started)} ms`);
});
