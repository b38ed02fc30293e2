import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAssets, PACKAGE_ASSETS } from './assets.ts';

test('package files are served content-hashed, and stylesheets point at their hashed names', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quire-assets-'));
  try {
    writeFileSync(join(dir, 'a.css'), '@font-face { src: url(opendyslexic-latin-400-normal.woff2) format("woff2"); } .x { background: url("missing.png"); }');
    const assets = loadAssets(dir, PACKAGE_ASSETS);
    const font = assets.url('opendyslexic-latin-400-normal.woff2');
    assert.match(font, /^\/assets\/opendyslexic-latin-400-normal\.[0-9a-f]{10}\.woff2$/);
    assert.equal(assets.byHashedName.get(font.slice('/assets/'.length))?.type, 'font/woff2');
    const css = assets.byHashedName.get(assets.url('a.css').slice('/assets/'.length))!.body.toString();
    assert.ok(css.includes(`url(${font})`), css);
    assert.ok(css.includes('url("missing.png")'), 'unknown names are left alone');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
