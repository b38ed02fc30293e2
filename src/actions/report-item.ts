/**
 * The reported item as staff see it next to a report: read straight from storage whatever its state (hidden,
 * held, deleted by moderators), so the moderators judge what was reported, not what readers see now.
 * HTML fields are the stored sanitizer output; chapter text becomes plain text.
 */
import { workById, type WorkRecord } from '../storage/works.ts';
import { chapterById, chaptersOfWork, type ChapterRecord } from '../storage/chapters.ts';
import { commentById } from '../storage/comments.ts';
import { seriesById } from '../storage/series.ts';
import { collectionById } from '../storage/collections.ts';
import { userById } from '../storage/users.ts';
import { creatorsOfWorks } from '../storage/work-creators.ts';
import { tagsOfWorks, byKind } from '../storage/tags.ts';
import { plainText } from '../storage/search/document.ts';
import type { ReportRecord } from '../storage/abuse-reports.ts';
import type { Queryable } from '../storage/db.ts';
import type { Account } from '../domain/account.ts';
import { t } from '../i18n/translate.ts';

/** How much of a chapter the report page quotes. */
export const EXCERPT_CHARS = 1500;

/** A work or one of its chapters. */
export interface ReportedWork {
  kind: 'work' | 'chapter';
  workId: number;
  title: string;
  creators: string[];
  ratings: string[];
  summaryHtml: string;
  /** Whether readers can see it now, in words. */
  state: string;
  removalReason: string;
  /** Whether moderators can still hide it (readers see it now). */
  canHide: boolean;
  /** The chapter reported, or the first posted one. */
  chapter: { id: number; position: number; title: string } | undefined;
  /** The start of that chapter, as plain paragraphs. */
  excerpt: string[];
}

/** Whether moderators hid a comment, series or collection, and why. */
export interface Hiding {
  hiddenAt: number | null;
  hiddenReason: string;
}

/** What the report page shows of the item. */
export type ReportedItem =
  | ReportedWork
  | ({ kind: 'comment'; id: number; workId: number; workTitle: string; login: string | null; guestName: string; bodyHtml: string; status: string } & Hiding)
  | ({ kind: 'series'; id: number; title: string; summaryHtml: string } & Hiding)
  | ({ kind: 'collection'; name: string; title: string; descriptionHtml: string } & Hiding)
  | { kind: 'user'; account: Account }
  | { kind: 'missing' };

/** Up to `max` characters of a chapter's text, paragraph by paragraph. */
export function excerptOf(bodyHtml: string, max = EXCERPT_CHARS): string[] {
  const out: string[] = [];
  let left = max;
  for (const part of bodyHtml.split(/<\/p>|<br\s*\/?>|<\/div>|<\/h[1-6]>|<\/li>|<\/blockquote>/i)) {
    const text = plainText(part);
    if (!text) continue;
    if (text.length >= left) {
      out.push(`${text.slice(0, left).trimEnd()}…`);
      break;
    }
    out.push(text);
    left -= text.length;
  }
  return out;
}

function workState(w: WorkRecord): string {
  if (w.removal !== null) return t(`moderation.work_state.${w.removal}`);
  if (w.deletedAt !== null) return t('moderation.work_state.deleted_by_creator');
  if (w.visibility === 'draft') return t('moderation.work_state.draft');
  return t(w.visibility === 'registered' ? 'moderation.work_state.registered' : 'moderation.work_state.public');
}

async function reportedWork(db: Queryable, kind: 'work' | 'chapter', work: WorkRecord, chapter: ChapterRecord | undefined): Promise<ReportedWork> {
  const [creators, tags, shown] = await Promise.all([
    creatorsOfWorks(db, [work.id]),
    tagsOfWorks(db, [work.id]),
    chapter ? Promise.resolve(chapter) : chaptersOfWork(db, work.id).then((cs) => cs[0]),
  ]);
  return {
    kind, workId: work.id, title: work.title, summaryHtml: work.summaryHtml, state: workState(work), removalReason: work.removalReason,
    canHide: work.removal === null && work.deletedAt === null,
    creators: (creators.get(work.id) ?? []).filter((c) => c.status !== 'invited').map((c) => c.login),
    ratings: byKind(tags.get(work.id) ?? []).rating.map((t) => t.name),
    chapter: shown && { id: shown.id, position: shown.position, title: shown.title },
    excerpt: shown ? excerptOf(shown.bodyHtml) : [],
  };
}

/** The item a report is about, as it is now. */
export async function reportedItem(db: Queryable, r: Pick<ReportRecord, 'targetKind' | 'targetId'>): Promise<ReportedItem> {
  const missing = { kind: 'missing' } as const;
  if (r.targetId === null) return missing;
  switch (r.targetKind) {
    case 'work': {
      const work = await workById(db, r.targetId);
      return work ? reportedWork(db, 'work', work, undefined) : missing;
    }
    case 'chapter': {
      const chapter = await chapterById(db, r.targetId);
      const work = chapter && (await workById(db, chapter.workId));
      return chapter && work ? reportedWork(db, 'chapter', work, chapter) : missing;
    }
    case 'comment': {
      const c = await commentById(db, r.targetId);
      return c ? { kind: 'comment', id: c.id, workId: c.workId, workTitle: c.workTitle, login: c.login, guestName: c.guestName, bodyHtml: c.bodyHtml, status: c.status, hiddenAt: c.hiddenAt, hiddenReason: c.hiddenReason } : missing;
    }
    case 'series': {
      const s = await seriesById(db, r.targetId);
      return s ? { kind: 'series', id: s.id, title: s.title, summaryHtml: s.summaryHtml, hiddenAt: s.hiddenAt, hiddenReason: s.hiddenReason } : missing;
    }
    case 'collection': {
      const c = await collectionById(db, r.targetId);
      return c ? { kind: 'collection', name: c.name, title: c.title, descriptionHtml: c.descriptionHtml, hiddenAt: c.hiddenAt, hiddenReason: c.hiddenReason } : missing;
    }
    case 'user': {
      const account = await userById(db, r.targetId);
      return account ? { kind: 'user', account } : missing;
    }
  }
}
