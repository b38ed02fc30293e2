/** What the search index holds for one work, read from the current rows, and the plain text of stored HTML. */
import { workById } from '../works.ts';
import { chaptersOfWork } from '../chapters.ts';
import { creatorsOfWorks } from '../work-creators.ts';
import { tagsOfWorks } from '../tags.ts';
import { wrangledNamesOfWorks } from '../tag-graph.ts';
import type { Queryable } from '../db.ts';

/** One work's searchable text. */
export interface SearchDocument {
  workId: number;
  title: string;
  creators: string;
  /** The work's tags, then the canonicals and meta tags above them (wrangling actions re-index when those change). */
  tags: string;
  /** Work summary and notes. */
  summary: string;
  /** Posted chapters in order: title, summary, notes and body as plain text. */
  chapters: { id: number; text: string }[];
}

const MARKERS = /[\ue000\ue001]/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Visible text of sanitized HTML: tags become spaces (inline ones nothing), entities decoded, snippet markers removed. */
export function plainText(html: string): string {
  return html
    .replace(/<\/?(?:em|strong|i|b|u|s|span|a|abbr|sup|sub|small|big|cite|code|del|ins|q|strike|tt|kbd|var|dfn)\b[^>]*>/gi, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]+);/gi, (all, body: string) => {
      if (body[0] !== '#') return ENTITIES[body.toLowerCase()] ?? ' ';
      const cp = /^#x/i.test(body) ? parseInt(body.slice(2), 16) : Number(body.slice(1));
      return cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : ' ';
    })
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ue000\ue001]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A work's own tag names, then each name wrangling adds that is not already there, one per line. */
export function tagText(own: readonly string[], wrangled: readonly string[]): string {
  const names = [...own];
  const seen = new Set(own);
  for (const name of wrangled) {
    if (seen.has(name)) continue;
    seen.add(name);
    names.push(name);
  }
  return names.join(' \n ');
}

/** The searchable text of a work, or undefined when it is gone (deleted works leave the index). */
export async function loadSearchDocument(tx: Queryable, workId: number): Promise<SearchDocument | undefined> {
  const work = await workById(tx, workId);
  if (!work || work.deletedAt !== null) return undefined;
  // One after another: a PostgreSQL transaction is one connection, which runs one query at a time.
  const chapters = await chaptersOfWork(tx, workId);
  const creators = await creatorsOfWorks(tx, [workId]);
  const tags = await tagsOfWorks(tx, [workId]);
  const wrangled = await wrangledNamesOfWorks(tx, [workId]);
  return {
    workId,
    title: work.title.replace(MARKERS, ' '),
    // A search by creator finds a work by the account's login and by the pseud it was posted as.
    creators: (creators.get(workId) ?? []).filter((c) => c.status !== 'invited').map((c) => (c.pseud === c.login ? c.login : `${c.login} ${c.pseud}`)).join(' '),
    tags: tagText((tags.get(workId) ?? []).map((t) => t.name), wrangled.get(workId) ?? []),
    summary: plainText(`${work.summaryHtml} ${work.notesHtml} ${work.endNotesHtml}`),
    chapters: chapters.map((c) => ({ id: c.id, text: `${c.title.replace(MARKERS, ' ')} ${plainText(`${c.summaryHtml} <p> ${c.notesHtml} <p> ${c.bodyHtml} <p> ${c.endNotesHtml}`)}` })),
  };
}
