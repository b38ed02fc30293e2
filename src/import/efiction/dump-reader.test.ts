import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDump, type DumpValue } from './dump-reader.ts';
import { bufferSource, DumpError } from './dump-cursor.ts';

/** Every table of a dump: its CREATE columns and its rows with their INSERT's column list. */
function tables(bytes: Buffer, chunk?: number) {
  const out = new Map<string, { columns: string[] | null; rows: Array<{ values: DumpValue[]; columns: string[] | null }> }>();
  const table = (name: string) => out.get(name) ?? out.set(name, { columns: null, rows: [] }).get(name)!;
  const source = bufferSource(bytes);
  // A small buffer makes every value, keyword and comment cross a refill somewhere.
  const read = chunk ? (into: Buffer) => source(into.subarray(0, Math.min(into.length, chunk))) : source;
  readDump(read, { keep: () => true, create: (name, columns) => { table(name).columns = columns; }, row: (name, values, columns) => table(name).rows.push({ values, columns }) });
  return out;
}

const dump = Buffer.concat([
  Buffer.from(`-- MySQL dump 10.13
/*!40101 SET NAMES latin1 */;
DROP TABLE IF EXISTS \`ef_fanfiction_stories\`;
CREATE TABLE \`ef_fanfiction_stories\` (
  \`sid\` int(11) NOT NULL auto_increment,
  \`title\` varchar(200) NOT NULL default '' COMMENT 'it''s (a) title',
  \`summary\` text,
  \`date\` datetime NOT NULL default '0000-00-00 00:00:00',
  \`rating\` varchar(25) NOT NULL default '0',
  PRIMARY KEY  (\`sid\`),
  KEY \`title\` (\`title\`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;
# a hash comment
INSERT INTO \`ef_fanfiction_stories\` VALUES (1,'It\\'s a ''test''','Line one\\nLine two; with (parens), commas','2004-07-05 12:00:00','3'),(2,'Second',NULL,'0000-00-00 00:00:00','1');
INSERT INTO ef_fanfiction_stories (\`title\`, \`sid\`) VALUES ('Reordered', 3);
INSERT INTO \`ef_fanfiction_stories\` VALUES (4,'`, 'latin1'),
  Buffer.from([0x93, 0x71, 0x75, 0x6f, 0x74, 0x65, 0x64, 0x94, 0x85]), // cp1252 “quoted”…
  Buffer.from(`',0x4869,'2005-01-01 00:00:00','2');
CREATE TABLE \`ef_fanfiction_authors\` (\`uid\` int, \`penname\` varchar(50));
INSERT INTO \`ef_fanfiction_authors\` VALUES (1,'Ann ✨');
-- Dump completed on 2024-01-01 12:00:00
`, 'utf8'),
]);

for (const chunk of [undefined, 1, 7]) {
  test(`reads CREATE TABLE columns and multi-row INSERTs with escapes${chunk ? ` (read ${chunk} byte(s) at a time)` : ''}`, () => {
    const all = tables(dump, chunk);
    const stories = all.get('ef_fanfiction_stories')!;
    assert.deepEqual(stories.columns, ['sid', 'title', 'summary', 'date', 'rating']);
    assert.equal(stories.rows.length, 4);
    const [first, second, third, fourth] = stories.rows.map((r) => r.values);
    assert.equal(first![0], '1');
    assert.equal((first![1] as Buffer).toString('utf8'), "It's a 'test'");
    assert.equal((first![2] as Buffer).toString('utf8'), 'Line one\nLine two; with (parens), commas');
    assert.equal(second![2], null);
    assert.equal((second![3] as Buffer).toString(), '0000-00-00 00:00:00');
    assert.deepEqual([(third![0] as Buffer).toString(), third![1]], ['Reordered', '3']);
    assert.deepEqual(stories.rows[2]!.columns, ['title', 'sid'], 'an INSERT column list comes with its rows');
    assert.deepEqual([...(fourth![1] as Buffer)], [0x93, 0x71, 0x75, 0x6f, 0x74, 0x65, 0x64, 0x94, 0x85], 'bytes kept as they were');
    assert.equal((fourth![2] as Buffer).toString(), 'Hi', 'hex literals');
    assert.equal((all.get('ef_fanfiction_authors')!.rows[0]!.values[1] as Buffer).toString('utf8'), 'Ann ✨');
  });
}

const fails = (text: string | Buffer, message: RegExp) => assert.throws(() => tables(Buffer.isBuffer(text) ? text : Buffer.from(text)), (e: unknown) => e instanceof DumpError && message.test(e.message), String(text).slice(0, 60));

test('a dump cut short is an error naming the line, wherever it was cut', () => {
  fails("INSERT INTO t VALUES (1,'oops);", /line 1: the string opened on line 1 never ends: the dump was cut short/);
  fails("INSERT INTO t VALUES (1,'a'),\n(2,'b')", /line 2: the dump ends inside an INSERT into t: it was cut short/);
  fails("INSERT INTO t VALUES (1,'a'),\n(2,'b'),", /the dump ends inside an INSERT into t/);
  fails("INSERT INTO t VALUES (1,'a'),\n(2,", /the dump ends inside an INSERT into t/);
  fails('CREATE TABLE t (a int,\n b text', /line 2: the dump ends inside CREATE TABLE t/);
  fails('/* a comment\nthat goes on', /the comment opened on line 1 never ends/);
  fails('-- MySQL dump 10.13\nINSERT INTO t VALUES (1);\n', /lacks mysqldump's closing "-- Dump completed" line/);
  fails('SET NAMES latin1', /the dump ends inside a SET statement/);
});

test('what is not a SQL dump says so', () => {
  fails(Buffer.from([0x1f, 0x8b, 8, 0, 0, 0]), /compressed with gzip: unpack it first/);
  fails(Buffer.from('PK\x03\x04rest', 'latin1'), /ZIP archive/);
  fails(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), /this is not a SQL dump: binary data where a statement should begin/);
  fails('<html><body>not sql</body></html>', /this is not a SQL dump: "<" where a statement should begin/);
  fails(Buffer.from('SELECT 1\x00\x01\x02;', 'latin1'), /binary data where SQL was expected/);
  fails("INSERT INTO t VALUES (1,'a' 'b');", /unexpected "'" in a row of t/);
  fails(`INSERT INTO t VALUES (${'9'.repeat(5000)});`, /binary data where SQL was expected/);
});

test('a value larger than any text Quire keeps is refused, in a kept table only', () => {
  const big = `INSERT INTO t VALUES (1,'${'x'.repeat((16 << 20) + 1)}');`;
  fails(big, /a value of table t is longer than 16 MB/);
  let skipped = 0;
  readDump(bufferSource(Buffer.from(big)), { keep: () => false, create: () => undefined, row: () => undefined, skipped: (_t, n) => { skipped += n; } });
  assert.equal(skipped, 1);
});

test('empty statements and unknown ones are stepped over', () => {
  const all = tables(Buffer.from("/*!40101 SET NAMES utf8 */;\n;\nLOCK TABLES `t` WRITE;\nINSERT INTO t VALUES ('a;b');\nUNLOCK TABLES;\n"));
  assert.equal((all.get('t')!.rows[0]!.values[0] as Buffer).toString(), 'a;b');
});
