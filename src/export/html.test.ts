import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderHtml } from './html.ts';
import { sampleSnapshot } from '../../test/fixtures/work-snapshot.ts';

test('one self-contained file: preface, chapters in order, afterword linking back; no script, nothing fetched from the archive', () => {
  const html = renderHtml(sampleSnapshot());
  assert.match(html, /^<!DOCTYPE html>\n<html lang="en" dir="ltr">/);
  assert.match(html, /<style>[\s\S]*<\/style>/);
  assert.doesNotMatch(html, /<script|<link rel="stylesheet"|src="\//);
  assert.match(html, /<h1>The Long Way Home<\/h1>/);
  assert.match(html, /by <a rel="author" href="http:\/\/archive.test\/users\/writer\/pseuds\/writer">writer<\/a>, <a rel="author" href="http:\/\/archive.test\/users\/cowriter\/pseuds\/Quill">Quill \(cowriter\)<\/a>/);
  assert.match(html, /<dt>Additional Tags:<\/dt><dd>Snow, Enemies to Lovers<\/dd>/);
  assert.match(html, /<blockquote class="userstuff"><p>Two rivals, one <em>snowstorm<\/em>.<\/p><\/blockquote>/);
  const order = ['id="chapter-1"', 'Chapter 1: Dusk', 'id="chapter-2"', 'By midnight', 'id="chapter-3"', 'id="afterword"', 'Thanks for reading!'];
  const at = order.map((s) => html.indexOf(s));
  assert.ok(at.every((i) => i >= 0));
  assert.deepEqual([...at].sort((a, b) => a - b), at);
  assert.match(html, /Please <a href="http:\/\/archive.test\/works\/12">drop by Test Archive<\/a> to leave comments/);
});

test('titles and tags are escaped', () => {
  const html = renderHtml(sampleSnapshot({ title: '<b>Bold</b> & "quoted"', tags: { ...sampleSnapshot().tags, freeform: ['<script>x</script>'] } }));
  assert.match(html, /<h1>&lt;b&gt;Bold&lt;\/b&gt; &amp; &quot;quoted&quot;<\/h1>/);
  assert.doesNotMatch(html, /<script>/);
});
