import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sanitizeWorkHtml, SITE_POSITIONED_CLASSES } from './sanitize.ts';

/** Classes of the last compound of every selector whose rule positions an element outside the normal flow. */
function positionedClasses(css: string): Set<string> {
  const out = new Set<string>();
  for (const rule of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (!/position\s*:\s*(?:absolute|fixed|sticky)/i.test(rule[2]!)) continue;
    for (const selector of rule[1]!.split(',')) {
      const last = selector.trim().split(/\s*[\s>+~]\s*/).pop() ?? '';
      for (const c of last.matchAll(/\.([\w-]+)/g)) out.add(c[1]!);
    }
  }
  return out;
}

test('author HTML cannot borrow a class the site positions, so it stays inside the work', () => {
  const sheets = ['site.css', 'print.css'].map((f) => readFileSync(new URL(`../web/assets/${f}`, import.meta.url), 'utf8')).join('\n');
  const positioned = positionedClasses(sheets);
  assert.ok(positioned.has('skip') && positioned.has('required-tags'), 'the stylesheet check still finds the positioned classes');
  for (const c of positioned) {
    assert.ok(SITE_POSITIONED_CLASSES.includes(c), `site CSS positions .${c}: add it to SITE_POSITIONED_CLASSES`);
    assert.equal(sanitizeWorkHtml(`<div class="${c}">x</div>`), '<div>x</div>', `.${c} is dropped`);
  }
  // The corpus' two escapes: the skip link's class (top-left of the page) and a blurb's rating box (top-right).
  assert.equal(sanitizeWorkHtml('<div class="skip">s</div><div class="blurb"><div class="required-tags"><span class="text rating">G</span></div></div>'),
    '<div>s</div><div class="blurb"><div><span class="rating">G</span></div></div>');
  // Other classes are kept, including ones that merely start like a reserved name.
  assert.equal(sanitizeWorkHtml('<p class="skipped text-message note">x</p>'), '<p class="skipped text-message note">x</p>');
});
