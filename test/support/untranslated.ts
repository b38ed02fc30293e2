/**
 * The proof that a page was translated: no English catalog message appears in its text. A message counts when it
 * has at least two words and its translation differs from the English (a one-word label or "Fandom" can be the same
 * word in Spanish). A message with arguments ("{count} works in {fandom}") is looked for by its longest literal
 * chunk of two words or more. The page's visible text is searched, with the attributes a reader or screen reader
 * meets (title, aria-label, alt, placeholder, button values); scripts and styles are left out, and so is content
 * marked with another language (a work's text with lang="en" is the author's, not the interface's).
 */
import assert from 'node:assert/strict';
import { parse as parseHtml, type HTMLElement, type Node } from 'node-html-parser';
import { parse as parseMessage, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { catalogs } from '../../src/i18n/catalog.ts';
import { DEFAULT_LOCALE, type Locale } from '../../src/i18n/locales.ts';

const ATTRIBUTES = ['title', 'aria-label', 'alt', 'placeholder'];
const SKIPPED = new Set(['script', 'style', 'template']);

/** Words of a text: runs with at least one letter. */
const words = (s: string) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w));
const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The literal pieces of a parsed message, from every branch of its plurals and selects. */
function literals(elements: MessageFormatElement[], into: string[] = []): string[] {
  let run = '';
  const flush = () => { if (run.trim()) into.push(squeeze(run)); run = ''; };
  for (const el of elements) {
    if (el.type === TYPE.literal) run += el.value;
    else {
      flush();
      if (el.type === TYPE.plural || el.type === TYPE.select) for (const option of Object.values(el.options)) literals(option.value, into);
    }
  }
  flush();
  return into;
}

/** What to look for of one English message: the whole text, the longest literal chunk, or nothing (under two words). */
export function englishNeedle(english: string): string | undefined {
  const parsed = parseMessage(english, { ignoreTag: true });
  const plain = parsed.every((el) => el.type === TYPE.literal);
  const needle = plain ? squeeze(english) : literals(parsed).sort((a, b) => b.length - a.length)[0];
  return needle && words(needle).length >= 2 ? needle : undefined;
}

/** The English messages a page in `locale` must not contain, by key. */
export function englishNeedles(locale: Locale): Map<string, string> {
  const english = catalogs()[DEFAULT_LOCALE];
  const theirs = catalogs()[locale];
  const needles = new Map<string, string>();
  for (const [key, text] of english) {
    const translated = theirs.get(key);
    if (translated === undefined || squeeze(translated) === squeeze(text)) continue;
    const needle = englishNeedle(text);
    // A chunk the translation keeps too (a product name, a format) is no sign of English.
    if (needle && !squeeze(translated).includes(needle)) needles.set(key, needle);
  }
  return needles;
}

/** The text a reader meets on a page: visible text and reader-facing attributes, minus content in another language. */
export function pageText(pageHtml: string, locale: Locale): string {
  const root = parseHtml(pageHtml, { comment: false });
  const parts: string[] = [];
  // `ours`: whether the node is in the interface's language (an element inside a work's text may say it is again).
  const visit = (node: Node, ours: boolean) => {
    if (node.nodeType === 3) { if (ours) parts.push(node.text); return; }
    if (node.nodeType !== 1) return;
    const el = node as HTMLElement;
    const tag = el.tagName?.toLowerCase() ?? '';
    if (SKIPPED.has(tag)) return;
    const lang = el.getAttribute('lang');
    const inside = lang && tag !== 'html' ? lang.toLowerCase().split('-')[0] === locale : ours;
    if (inside) {
      for (const name of ATTRIBUTES) {
        const value = el.getAttribute(name);
        if (value) parts.push(value);
      }
      if (tag === 'input' && /^(submit|button|reset)$/i.test(el.getAttribute('type') ?? '')) parts.push(el.getAttribute('value') ?? '');
    }
    for (const child of el.childNodes) visit(child, inside);
    parts.push(' ');
  };
  visit(root, true);
  return squeeze(parts.join(' '));
}

/** Whether `needle` occurs in `text` as whole words. */
function containsWords(text: string, needle: string): boolean {
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** The English messages found in a page rendered in `locale`, as "key: text". */
export function englishIn(pageHtml: string, locale: Locale): string[] {
  const text = pageText(pageHtml, locale);
  return [...englishNeedles(locale)].filter(([, needle]) => containsWords(text, needle)).map(([key, needle]) => `${key}: "${needle}"`);
}

/** Fails, listing each one, when a page rendered in `locale` contains English catalog messages. */
export function assertNoEnglish(pageHtml: string, locale: Locale): void {
  const found = englishIn(pageHtml, locale);
  assert.deepEqual(found, [], `English left in a page in ${locale}:\n  ${found.join('\n  ')}`);
}
