/**
 * A dump with one line of 100 MB is read in bounded memory. The reviewer's case was a line of 2 GB; 100 MB keeps
 * the test quick and still shows the difference: reading the whole file, then copying and decoding the value, took
 * three times its size (over 300 MB); reading it as it goes, while keeping only the tables the import maps, takes a
 * few megabytes. This file runs in its own process, so its peak memory is this test's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { efictionDump } from '../fixtures/efiction/factory.ts';
import { readEfictionFile } from '../../src/import/efiction/read.ts';

const LINE_MB = 100;
const peakMb = () => process.resourceUsage().maxRSS / 1024;

test(`a ${LINE_MB} MB line (eFiction's PHP code blocks) is read past in bounded memory`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'quire-long-line-'));
  try {
    const file = join(dir, 'archive.sql');
    const fd = openSync(file, 'w');
    writeSync(fd, efictionDump({ dates: 'datetime', prefix: 'ef_' }));
    writeSync(fd, "CREATE TABLE `ef_fanfiction_codeblocks` (`code_id` int, `code_text` text, `code_type` varchar(20), `code_module` varchar(60));\nINSERT INTO `ef_fanfiction_codeblocks` VALUES (1,'");
    // Written a megabyte at a time: the test itself never holds the line.
    const megabyte = Buffer.alloc(1 << 20, "echo 'x'; ".replace(/'/g, "\\'"));
    for (let i = 0; i < LINE_MB; i++) writeSync(fd, megabyte);
    writeSync(fd, "','browse','');\n");
    closeSync(fd);
    const before = peakMb();
    const records = readEfictionFile(file);
    const grew = peakMb() - before;
    assert.equal(records.tables.get('stories')?.length, 4);
    assert.match(records.warnings.join('\n'), /Table ef_fanfiction_codeblocks: 1 row\(s\) of eFiction's PHP code blocks, never run or kept/);
    assert.ok(grew < 48, `reading grew the peak memory by ${Math.round(grew)} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
