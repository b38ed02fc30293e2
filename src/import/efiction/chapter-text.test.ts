import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chapterText } from './chapter-text.ts';

/** A folder holding `stories/1/4.txt`, a secret `.txt` beside `stories/`, and a link inside `stories/` to it. */
function archive(): { dir: string; stories: string } {
  const dir = mkdtempSync(join(tmpdir(), 'quire-chapter-text-'));
  const stories = join(dir, 'stories');
  mkdirSync(join(stories, '1'), { recursive: true });
  writeFileSync(join(stories, '1', '4.txt'), 'The disk held everything.');
  writeFileSync(join(dir, 'secret.txt'), 'SECRET outside the stories folder');
  mkdirSync(join(dir, 'etc'));
  writeFileSync(join(dir, 'etc', 'passwd.txt'), 'SECRET two levels up');
  symlinkSync(join(dir, 'secret.txt'), join(stories, '1', '9.txt'));
  mkdirSync(join(stories, '1', '7.txt'));
  return { dir, stories };
}

const row = (uid: string | null, chapid: string | null) => ({ chapid, uid, storytext: '' });

test('a chapter file is read from <stories>/<uid>/<chapid>.txt', () => {
  const { dir, stories } = archive();
  try {
    const t = chapterText(row('1', '4'), stories, 'auto');
    assert.equal(t.problem, null);
    assert.equal(t.html, '<p>The disk held everything.</p>');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('ids that are not whole numbers never reach the file system, and are reported', () => {
  const { dir, stories } = archive();
  try {
    for (const [uid, chapid] of [['..', 'secret'], ['1', '../../secret'], ['../etc', 'passwd'], ['1/../..', 'secret'], ['/etc', 'passwd'], ['1', '4 '], ['-1', '4'], ['1', '4.5'], [null, '4'], ['1', null], ['１', '4']] as const) {
      const t = chapterText(row(uid, chapid), stories, 'auto');
      assert.equal(t.html, null, `${uid}/${chapid} must not be read`);
      assert.match(t.problem ?? '', /not a whole number/, `${uid}/${chapid}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a link leading out of the stories folder, or a folder where a file should be, is reported, not read', () => {
  const { dir, stories } = archive();
  try {
    const link = chapterText(row('1', '9'), stories, 'auto');
    assert.equal(link.html, null);
    assert.match(link.problem ?? '', /outside the stories folder/);
    const folder = chapterText(row('1', '7'), stories, 'auto');
    assert.equal(folder.html, null);
    assert.match(folder.problem ?? '', /not a file/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
