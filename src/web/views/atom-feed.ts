/** Feed data from actions as Atom feeds: absolute URLs from the base URL, entry content built with the escaping template. */
import { html, raw } from './html.ts';
import { chapterPath, tagWorksPath, workPath } from '../urls.ts';
import { creditName, pseudPagePath } from '../../domain/pseud.ts';
import { chapterCountLabel } from '../../domain/work.ts';
import type { AtomEntry, AtomFeed } from '../../export/atom.ts';
import type { WorkBlurb } from '../../actions/list-works.ts';
import type { FeedSource } from '../../actions/feeds.ts';
import { chapterTitleAfterNumber } from '../../domain/chapter-heading.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';

/** Entries per feed. */
export const FEED_SIZE = 20;

/** A creator as a feed author: the byline's name, the pseud's page. */
const feedAuthor = (base: string, c: { login: string; pseud: string }) => ({ name: creditName(c), uri: base + pseudPagePath(c.login, c.pseud) });

export const updatedOf = (b: WorkBlurb) => b.work.updatedAt ?? b.work.publishedAt ?? b.work.createdAt;

/** A work blurb as an entry: the summary, then AO3's feed facts (words, chapters, fandoms, rating, tags). */
export function workEntry(base: string, b: WorkBlurb): AtomEntry {
  const w = b.work;
  const url = base + workPath(w.id);
  const tagLinks = (kind: keyof WorkBlurb['tags']) => html`${b.tags[kind].map((tag, i) => html`${i ? ', ' : ''}<a href="${base + tagWorksPath(tag.name)}">${tag.name}</a>`)}`;
  const content = html`${raw(w.summaryHtml)}
<p>${t('feeds.entry.facts', { words: w.wordCount, chapters: chapterCountLabel(w.chapterCount, w.expectedChapters), language: w.language })}</p>
<ul>${(['fandom', 'rating', 'warning', 'relationship', 'character', 'freeform'] as const).filter((k) => b.tags[k].length).map((k) => html`<li>${tHtml(`feeds.entry.${k}`, { tags: tagLinks(k) })}</li>`)}</ul>`;
  return {
    id: url, url, title: w.title, updated: updatedOf(b), published: w.publishedAt ?? undefined,
    authors: b.creators.map((c) => feedAuthor(base, c)),
    contentHtml: String(content), categories: [...b.tags.fandom, ...b.tags.freeform].map((t) => t.name),
  };
}

function chapterEntries(base: string, s: Extract<FeedSource, { kind: 'chapters' }>): AtomEntry[] {
  const authors = s.page.creators.map((c) => feedAuthor(base, c));
  return s.page.chapters.filter((c) => c.status === 'posted').reverse().slice(0, FEED_SIZE).map((c) => {
    const url = base + chapterPath(s.page.work.id, c.id);
    const after = chapterTitleAfterNumber(c.position, c.title);
    const title = after ? t('work.document.chapter_heading', { n: c.position, title: after }) : t('work.chapter.numbered', { n: c.position });
    const content = html`<p>${t('feeds.entry.chapter', { work: s.page.work.title, chapter: title, words: c.wordCount })}</p>${raw(c.summaryHtml)}`;
    return { id: url, url, title, updated: c.postedAt ?? c.createdAt, published: c.postedAt ?? undefined, authors, contentHtml: String(content) };
  });
}

/** The Atom feed of a source; `base` is the archive's public address, `now` dates an empty feed. */
export function atomFeed(base: string, s: FeedSource, now: number): AtomFeed {
  const entries = s.kind === 'chapters'
    ? chapterEntries(base, s)
    : s.blurbs.filter((b) => b.work.visibility !== 'draft' && b.work.chapterCount > 0)
      .sort((a, b) => (s.ranked ? 0 : updatedOf(b) - updatedOf(a) || b.work.id - a.work.id)).slice(0, FEED_SIZE).map((b) => workEntry(base, b));
  return { selfUrl: base + s.path, pageUrl: base + s.pagePath, title: s.title, fallbackAuthor: s.title, updated: Math.max(0, ...entries.map((e) => e.updated)) || now, entries };
}
