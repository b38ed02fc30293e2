/**
 * `quire import efiction --dump FILE.sql [--stories-dir DIR] [--encoding auto|utf8|cp1252|latin1] [--warning-map FILE.json] [--rating-map FILE.json] [--as LOGIN] [--report PATH] [--dry-run]`:
 * brings an eFiction 3.x archive in. Re-running is safe (legacy_ids); the report is printed and saved as JSON.
 * Reading and mapping are in src/import/efiction/, saving in src/actions/import-efiction.ts.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { usageOf } from './usage.ts';
import { loadConfig } from '../config.ts';
import { openApp } from '../boot.ts';
import { readEfictionFile, NotAnEfictionDump, type EfRecords } from '../import/efiction/read.ts';
import { DumpError } from '../import/efiction/dump-cursor.ts';
import { planImport } from '../import/efiction/plan.ts';
import type { EncodingChoice } from '../import/decode.ts';
import { importEfiction } from '../actions/import-efiction.ts';
import { newReport, type EfictionReport } from '../actions/import-efiction-report.ts';
import { importingAccount } from '../actions/import-work.ts';
import { loadTaxonomy } from '../actions/taxonomy.ts';
import { AO3_TAXONOMY } from '../domain/taxonomy.ts';
import { NotFound } from '../domain/errors.ts';

const USAGE = usageOf('import efiction')!;
const ENCODINGS = ['auto', 'utf8', 'cp1252', 'latin1'] as const;

function print(report: EfictionReport, dryRun: boolean): void {
  console.log(dryRun ? 'eFiction import (dry run: nothing saved)' : 'eFiction import');
  for (const [kind, c] of Object.entries(report.counts)) console.log(dryRun ? `  ${kind}: ${c.imported} found` : `  ${kind}: ${c.imported} imported, ${c.existing} already there, ${c.failed} not imported`);
  const enc = Object.entries(report.encodings).map(([e, n]) => `${e} ${n}`).join(', ');
  if (enc) console.log(`  non-ASCII fields by encoding: ${enc}`);
  for (const w of report.warnings) console.log(`  warning: ${w}`);
  for (const [decision, items] of Object.entries(report.decisions)) {
    console.log(`  decision: ${decision}: ${items.length}`);
    for (const item of items) console.log(`    - ${item}`);
  }
}

/** A `{"eFiction name": "Quire name"}` JSON file (for --warning-map and --rating-map), or {} without one. */
async function jsonMap(path: string | undefined): Promise<Record<string, string>> {
  if (!path) return {};
  const value: unknown = JSON.parse(await readFile(path, 'utf8'));
  if (!value || typeof value !== 'object' || Array.isArray(value) || Object.values(value).some((v) => typeof v !== 'string')) throw new Error(`${path} must be a JSON object of names to names`);
  return value as Record<string, string>;
}

/** Runs `import efiction`. */
export async function run(args: string[]): Promise<number> {
  let flags;
  try {
    flags = parseArgs({ args, options: { dump: { type: 'string' }, 'stories-dir': { type: 'string' }, encoding: { type: 'string' }, as: { type: 'string' }, report: { type: 'string' }, 'warning-map': { type: 'string' }, 'rating-map': { type: 'string' }, 'dry-run': { type: 'boolean' } } }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const encoding = (flags.encoding ?? 'auto') as EncodingChoice;
  if (!flags.dump || !ENCODINGS.includes(encoding)) {
    console.error(USAGE);
    return 2;
  }
  let maps: { warningMap: Record<string, string>; ratingMap: Record<string, string> };
  try {
    maps = { warningMap: await jsonMap(flags['warning-map']), ratingMap: await jsonMap(flags['rating-map']) };
  } catch (error) {
    console.error(`quire import efiction: ${(error as Error).message}`);
    return 2;
  }
  if (flags['stories-dir'] && !statSync(flags['stories-dir'], { throwIfNoEntry: false })?.isDirectory()) {
    console.error(`quire import efiction: --stories-dir ${flags['stories-dir']} is not a folder`);
    return 2;
  }
  // The whole dump is read (and refused when it is not whole) before anything is written.
  let records: EfRecords;
  try {
    records = readEfictionFile(flags.dump, encoding);
  } catch (error) {
    const known = error instanceof DumpError || error instanceof NotAnEfictionDump || (error as NodeJS.ErrnoException).code !== undefined;
    if (!known) throw error;
    console.error(`quire import efiction: ${flags.dump}: ${(error as Error).message}. Nothing was imported.`);
    return 1;
  }
  const reportPath = flags.report ?? flags.dump.replace(/(\.sql)?$/i, '.import-report.json');
  const report = newReport();
  report.encodings = records.encodings;
  if (flags['dry-run']) {
    const { plan, warnings, decisions } = planImport(records, { storiesDir: flags['stories-dir'] ?? null, encoding, maps: { ...maps, ratingNames: AO3_TAXONOMY.ratings.map((r) => r.name) } });
    report.warnings.push(...warnings);
    Object.assign(report.decisions, decisions);
    for (const [kind, n] of Object.entries({ authors: plan.authors.length, stories: plan.stories.length, chapters: plan.stories.reduce((n, s) => n + s.chapters.length, 0), reviews: plan.reviews.filter((r) => r.seriesOldId === null).length, 'series-reviews': plan.reviews.filter((r) => r.seriesOldId !== null).length, challenges: plan.challenges.length, 'challenge-entries': plan.challenges.reduce((n, c) => n + c.storyOldIds.length, 0), replies: plan.reviews.filter((r) => r.reply !== null).length, favorites: plan.favorites.filter((f) => f.kind === 'story').length, 'favorite-authors': plan.favorites.filter((f) => f.kind === 'author').length, 'favorite-series': plan.favorites.filter((f) => f.kind === 'series').length, series: plan.series.length, categories: plan.categories.length })) {
      report.counts[kind] = { imported: n, existing: 0, failed: 0 };
    }
    print(report, true);
    return 0;
  }
  const app = await openApp(loadConfig(), { info: () => undefined, error: (o, m) => console.error(m, o) });
  try {
    const fallback = await importingAccount(app.ctx, flags.as);
    const taxonomy = await loadTaxonomy(app.ctx.db);
    const unknown = [...Object.values(maps.warningMap).filter((w) => !taxonomy.warnings.some((x) => x.name === w)), ...Object.values(maps.ratingMap).filter((r) => !taxonomy.ratings.some((x) => x.name === r))];
    if (unknown.length) {
      console.error(`quire import efiction: not a rating or warning of this archive: ${unknown.map((u) => `"${u}"`).join(', ')}`);
      return 2;
    }
    const { plan, warnings, decisions } = planImport(records, { storiesDir: flags['stories-dir'] ?? null, encoding, maps: { ...maps, ratingNames: taxonomy.ratings.map((r) => r.name) } });
    report.warnings.push(...warnings);
    Object.assign(report.decisions, decisions);
    await importEfiction(app.ctx, plan, fallback, report);
    print(report, false);
    await writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`  report saved to ${reportPath}`);
    return 0;
  } catch (error) {
    if (!(error instanceof NotFound)) throw error;
    console.error(error.message);
    return 1;
  } finally {
    await app.db.close();
  }
}
