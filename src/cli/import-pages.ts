/**
 * `quire import pages FILE... [--dry-run] [--json] [--author NAME] [--fandom NAME] [--title TITLE] [--as LOGIN] [--publish] [--merge]`:
 * reads pages saved from old archives and creates a work from each (a draft unless --publish); with --merge,
 * pages that each show one chapter of the same story become one work. Every file is read and every work checked
 * before the first is created: when one cannot be imported, none is.
 * This file only reads files and prints; parsing is in src/import/pages/, creating in src/actions/import-work.ts.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { usageOf } from './usage.ts';
import { loadConfig } from '../config.ts';
import { openApp } from '../boot.ts';
import { parseSavedPage } from '../import/pages/parse.ts';
import { toWork } from '../import/pages/to-work.ts';
import { mergeChapterPages, type PageStory } from '../import/pages/merge.ts';
import type { SavedStory } from '../import/pages/types.ts';
import { importWork, importingAccount, importProblems, type ImportWorkInput } from '../actions/import-work.ts';
import { MAX_PAGE_BYTES, NotAPage } from '../import/pages/read.ts';
import { NotFound } from '../domain/errors.ts';
import { isoDay } from '../domain/work.ts';
import { shownName } from '../domain/account.ts';
import { isSceneBreak } from '../domain/scene-break.ts';

const USAGE = usageOf('import pages')!;

/** One file's story as printed by --json. */
export type PageReport = ReturnType<typeof report>;

/** The flags win over the page (and fill what it lacks); a replaced value is noted. */
function applyFlags(story: SavedStory, flags: { author?: string; fandom?: string; title?: string }): void {
  if (flags.title) {
    if (story.title && story.title !== flags.title) story.warnings.push(`The page's title "${story.title}" was replaced by --title.`);
    story.title = flags.title;
  }
  if (flags.author) {
    if (story.creators && story.creators.join(', ') !== flags.author) story.warnings.push(`The page names ${story.creators.join(', ')} as the author; --author replaced it.`);
    story.creators = [flags.author];
  }
  if (flags.fandom) story.fandoms = [flags.fandom];
}

function report(files: string[], s: SavedStory & { encoding: string }) {
  return {
    file: files[0]!, ...(files.length > 1 ? { files } : {}), title: s.title, creators: s.creators, summary: s.summary, notes: s.notes, disclaimer: s.disclaimer, complete: s.complete,
    published: s.published, updated: s.updated, fandoms: s.fandoms, characters: s.characters, relationships: s.relationships,
    genres: s.genres, rating: s.rating, contentWarnings: s.contentWarnings, totalChapters: s.totalChapters, encoding: s.encoding,
    chapters: s.chapters.map((c) => ({ title: c.title, notes: c.notes, endNotes: c.endNotes, text: c.text })),
    removed: s.removed, warnings: s.warnings,
  };
}

// Scene breaks (`<hr>`, `* * *`) are no words.
const words = (s: SavedStory): number =>
  s.chapters.reduce((n, c) => n + c.text.split('\n\n').filter((p) => p !== '<hr>' && !isSceneBreak(p)).reduce((m, p) => m + (p.match(/\S+/g)?.length ?? 0), 0), 0);

function describe(files: string[], s: SavedStory): string {
  const file = files.join(' + ');
  const who = s.creators?.length ? ` by ${s.creators.join(', ')}` : ' (no author found)';
  const state = s.complete === true ? 'complete' : s.complete === false ? 'in progress' : 'completion unknown';
  const lines = [`${file}: ${s.title === null ? '(no title found)' : `"${s.title}"`}${who}: ${s.chapters.length} chapter(s), ${words(s).toLocaleString('en')} words, ${state}${s.published ? `, published ${s.published}` : ''}; ${s.removed.length} line(s) removed around the story (site chrome, end markers)`];
  for (const w of s.warnings) lines.push(`  warning: ${w}`);
  return lines.join('\n');
}

/** Runs `import pages`. */
export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args, allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean' }, json: { type: 'boolean' }, author: { type: 'string' }, fandom: { type: 'string' }, title: { type: 'string' },
        as: { type: 'string' }, publish: { type: 'boolean' }, merge: { type: 'boolean' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values: flags, positionals: files } = parsed;
  if (files.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const problems: string[] = [];
  let stories: Array<PageStory<SavedStory & { encoding: string }>> = [];
  for (const file of files) {
    try {
      // Measured before reading: a file too large for a page is never held in memory.
      const { size } = await stat(file);
      if (size > MAX_PAGE_BYTES) throw new NotAPage(`it is ${Math.round(size / 2 ** 20)} MB, more than a saved page holds (at most ${MAX_PAGE_BYTES >> 20} MB)`);
      const story = parseSavedPage(await readFile(file), file);
      applyFlags(story, flags);
      stories.push({ files: [file], story });
    } catch (error) {
      if (!(error instanceof NotAPage) && (error as NodeJS.ErrnoException).code === undefined) throw error;
      problems.push(`${file}: ${(error as Error).message}`);
    }
  }
  if (flags.merge) stories = mergeChapterPages(stories);
  if (flags['dry-run']) {
    for (const { files, story } of stories) {
      console.log(flags.json ? JSON.stringify(report(files, story)) : describe(files, story));
      if (story.chapters.length === 0) problems.push(`${files.join(' + ')}: no story text was found`);
    }
    for (const p of problems) console.error(p);
    return problems.length ? 1 : 0;
  }
  if (problems.length) return refuse(problems);
  const app = await openApp(loadConfig(), { info: () => undefined, error: (o, m) => console.error(m, o) });
  try {
    const account = await importingAccount(app.ctx, flags.as);
    const today = isoDay(app.ctx.now());
    const works: Array<{ files: string[]; story: SavedStory & { encoding: string }; input: ImportWorkInput }> = [];
    for (const { files, story } of stories) {
      const mapped = toWork(story, { poster: { login: account.login, displayName: shownName(account) }, fandom: flags.fandom, fallbackTitle: basename(files[0]!, extname(files[0]!)), today });
      story.warnings.push(...mapped.warnings);
      const input = { work: mapped.work, chapters: mapped.chapters, publish: Boolean(flags.publish), updatedOn: mapped.updatedOn };
      const errors = await importProblems(app.ctx, input);
      if (Object.keys(errors).length) problems.push(`${files.join(' + ')}: not importable: ${Object.values(errors).join(' ')}`);
      works.push({ files, story, input });
    }
    if (problems.length) return refuse(problems);
    for (const { files, story, input } of works) {
      const { workId } = await importWork(app.ctx, account, input);
      const where = `${app.ctx.baseUrl}/works/${workId}`;
      if (flags.json) console.log(JSON.stringify({ ...report(files, story), workId, url: where, draft: !flags.publish }));
      else console.log(`${describe(files, story)}\n  created ${flags.publish ? 'work' : 'draft'} ${where} as ${account.login}`);
    }
    return 0;
  } catch (error) {
    if (!(error instanceof NotFound)) throw error;
    console.error(error.message);
    return 1;
  } finally {
    await app.db.close();
  }
}

/** Says why, and that nothing was imported: one bad page stops the whole run before anything is written. */
function refuse(problems: string[]): number {
  for (const p of problems) console.error(p);
  console.error('Nothing was imported: fix or leave out the files above and run the command again.');
  return 1;
}
