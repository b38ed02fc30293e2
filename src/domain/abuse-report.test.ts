import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localPath, parseReportTarget, reportFilter, reportProblems, closingNote } from './abuse-report.ts';
import { Invalid } from './errors.ts';

const BASE = 'https://archive.example';

test('a reported address must be a page of this archive', () => {
  assert.equal(localPath('/works/1', BASE), '/works/1');
  assert.equal(localPath(' https://archive.example/works/1/chapters/2?view_adult=true#workskin ', BASE), '/works/1/chapters/2#workskin');
  assert.equal(localPath('https://elsewhere.example/works/1', BASE), undefined);
  assert.equal(localPath('//elsewhere.example/works/1', BASE), undefined);
  assert.equal(localPath('/\\elsewhere.example/works/1', BASE), undefined);
  assert.equal(localPath('works/1', BASE), undefined);
  assert.equal(localPath('javascript:alert(1)', BASE), undefined);
  assert.equal(localPath('/works/1 2', BASE), undefined);
  assert.equal(localPath('', BASE), undefined);
});

test('local paths name works, chapters, comments, series, collections and accounts', () => {
  assert.deepEqual(parseReportTarget('/works/12'), { kind: 'work', workId: 12 });
  assert.deepEqual(parseReportTarget('/works/12/navigate'), { kind: 'work', workId: 12 });
  assert.deepEqual(parseReportTarget('/downloads/12/story.epub'), { kind: 'work', workId: 12 });
  assert.deepEqual(parseReportTarget('/works/12/chapters/34'), { kind: 'chapter', workId: 12, chapterId: 34 });
  assert.deepEqual(parseReportTarget('/works/12/comments/56'), { kind: 'comment', commentId: 56 });
  assert.deepEqual(parseReportTarget('/works/12/chapters/34#comment_56'), { kind: 'comment', commentId: 56 });
  assert.deepEqual(parseReportTarget('/comments/56/edit'), { kind: 'comment', commentId: 56 });
  assert.deepEqual(parseReportTarget('/series/7'), { kind: 'series', seriesId: 7 });
  assert.deepEqual(parseReportTarget('/collections/Winter_Fest/works'), { kind: 'collection', name: 'Winter_Fest' });
  assert.deepEqual(parseReportTarget('/users/ann/pseuds/ann'), { kind: 'user', login: 'ann' });
  for (const path of ['/', '/works', '/works/0', '/works/abc', '/users/login', '/users/new', '/collections/new', '/tags/Snow', '/admin/reports/1', '/works12']) {
    assert.equal(parseReportTarget(path), undefined, path);
  }
});

test('a report needs a known reason and a bounded text; guests an email, and a name of at most 100 characters', () => {
  const ok = { url: '/works/1', reason: 'Spam', body: 'Look', name: '', email: 'a@example.org' };
  assert.deepEqual(reportProblems(ok, ['Spam'], true), {});
  assert.deepEqual(Object.keys(reportProblems({ ...ok, reason: 'Other' }, ['Spam'], false)), ['reason']);
  assert.deepEqual(Object.keys(reportProblems({ ...ok, body: ' ', email: '' }, ['Spam'], true)).sort(), ['comment', 'email']);
  assert.deepEqual(Object.keys(reportProblems({ ...ok, body: 'x'.repeat(5001), name: 'n'.repeat(101) }, ['Spam'], true)).sort(), ['comment', 'username']);
  assert.deepEqual(reportProblems({ ...ok, email: '' }, ['Spam'], false), {}, 'members give no email');
});

test('queue filters default to open reports of any reason; a closing note is required', () => {
  assert.deepEqual(reportFilter('', ''), { status: 'open', reason: '' });
  assert.deepEqual(reportFilter('bogus', ' Spam '), { status: 'open', reason: 'Spam' });
  assert.deepEqual(reportFilter('all', ''), { status: 'all', reason: '' });
  assert.equal(closingNote('  done  '), 'done');
  assert.throws(() => closingNote(' '), Invalid);
});
