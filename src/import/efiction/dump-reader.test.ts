import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDump } from './dump-reader.ts';

const dump = Buffer.concat([
  Buffer.from(`-- MySQL dump 10.13
/*!40101 SET NAMES latin1 */;
DROP TABLE IF EXISTS \`ef_fanfiction_stories\`;
CREATE TABLE \`ef_fanfiction_stories\` (
  \`sid\` int(11) NOT NULL auto_increment,
  \`title\` varchar(200) NOT NULL default '',
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
`, 'utf8'),
]);

test('reads CREATE TABLE columns and multi-row INSERTs with escapes', () => {
  const tables = readDump(dump);
  const stories = tables.get('ef_fanfiction_stories')!;
  assert.deepEqual(stories.columns, ['sid', 'title', 'summary', 'date', 'rating']);
  assert.equal(stories.rows.length, 4);
  const [first, second, third, fourth] = stories.rows;
  assert.equal(first![0], '1');
  assert.equal((first![1] as Buffer).toString('utf8'), "It's a 'test'");
  assert.equal((first![2] as Buffer).toString('utf8'), 'Line one\nLine two; with (parens), commas');
  assert.equal(second![2], null);
  assert.equal((second![3] as Buffer).toString(), '0000-00-00 00:00:00');
  assert.deepEqual([third![0], (third![1] as Buffer).toString()], ['3', 'Reordered'], 'an INSERT column list is mapped to the table columns');
  assert.equal(third![2], null);
  assert.deepEqual([...(fourth![1] as Buffer)], [0x93, 0x71, 0x75, 0x6f, 0x74, 0x65, 0x64, 0x94, 0x85], 'bytes kept as they were');
  assert.equal((fourth![2] as Buffer).toString(), 'Hi', 'hex literals');
  assert.equal((tables.get('ef_fanfiction_authors')!.rows[0]![1] as Buffer).toString('utf8'), 'Ann ✨');
});

test('an unterminated string is an error, not silent loss', () => {
  assert.throws(() => readDump(Buffer.from("INSERT INTO t VALUES (1,'oops);")), /unterminated/);
});
