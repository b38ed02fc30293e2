/**
 * Everything a download shows, as plain data. Renderers (html, txt, epub, pdf) are pure functions of this, so
 * they can be tested without a database and produce the same bytes for the same work.
 */
import { TAG_KINDS, type TagKind } from '../domain/tag-list.ts';
import { LANGUAGES } from '../domain/languages.ts';
import { textDirection } from '../i18n/locales.ts';
import { creditName, pseudPagePath } from '../domain/pseud.ts';
import { chapterCountLabel, isComplete, isoDay } from '../domain/work.ts';
import type { WorkPage } from '../actions/read-work.ts';
import { ENGLISH_LABELS, fill, type DownloadLabels } from './labels.ts';

/** One chapter of a download. */
export interface SnapshotChapter {
  number: number;
  /** "Chapter 2: Title"; empty for the only chapter of a one-shot without a title (AO3 shows none). */
  heading: string;
  title: string;
  summaryHtml: string;
  notesHtml: string;
  endNotesHtml: string;
  bodyHtml: string;
}

/**
 * A work as its downloads show it. All HTML fields are sanitizer output; all URLs are absolute (a file is read
 * offline). Like AO3's downloads it leaves out counters (hits, kudos), so the same text gives the same file.
 */
export interface WorkSnapshot {
  id: number;
  title: string;
  /** Each creator's byline name ("pseud (login)" or the login) and their pseud's page. */
  creators: { name: string; url: string }[];
  summaryHtml: string;
  notesHtml: string;
  endNotesHtml: string;
  /** Beta readers and thanks, as plain text. */
  credits: string;
  tags: Record<TagKind, string[]>;
  language: { code: string; name: string; dir: 'ltr' | 'rtl' };
  series: { title: string; position: number; url: string }[];
  stats: { published: string; updated: string | null; completed: string | null; words: number; chapters: string };
  /** Milliseconds: first publication, and the last change of anything a download shows. */
  publishedAt: number;
  modifiedAt: number;
  restricted: boolean;
  chapters: SnapshotChapter[];
  disclaimersHtml: string[];
  siteName: string;
  /** The archive's address and the work's, absolute. */
  siteUrl: string;
  workUrl: string;
  /** The fixed words, in the language the download was asked for. */
  labels: DownloadLabels;
}

/** What the site adds to a download. */
export interface SiteFacts {
  name: string;
  /** The archive's public address, without trailing slash. */
  baseUrl: string;
  disclaimerHtml: string;
}

/** When anything a download shows last changed: the newest of the work's and its chapters' edits and postings. */
export function lastModified(page: Pick<WorkPage, 'work' | 'chapters'>): number {
  const w = page.work;
  return Math.max(w.revisedAt, w.updatedAt ?? 0, w.publishedAt ?? 0, ...page.chapters.map((c) => Math.max(c.revisedAt, c.postedAt ?? 0)));
}

/** Builds the snapshot of a work the viewer may read (readWork already applied the access rules), with the labels of the reader's language. */
export function workSnapshot(page: WorkPage, site: SiteFacts, labels: DownloadLabels = ENGLISH_LABELS): WorkSnapshot {
  const w = page.work;
  const base = site.baseUrl;
  const many = page.chapters.length > 1 || (w.expectedChapters ?? 1) > 1;
  const published = w.publishedAt ?? w.createdAt;
  const updated = w.updatedAt ?? published;
  const complete = isComplete(w.chapterCount, w.expectedChapters);
  const showUpdate = w.chapterCount > 1 || w.expectedChapters !== 1;
  const language = LANGUAGES.find((l) => l.code === w.language);
  const credits = [w.betaCredits, page.betas.join(', ')].filter(Boolean).join(' — ');
  return {
    id: w.id,
    title: w.title,
    creators: page.creators.map((c) => ({ name: creditName(c), url: base + pseudPagePath(c.login, c.pseud) })),
    summaryHtml: w.summaryHtml,
    notesHtml: w.notesHtml,
    endNotesHtml: w.endNotesHtml,
    credits,
    tags: Object.fromEntries(TAG_KINDS.map((k) => [k, page.tags[k].map((t) => t.name)])) as Record<TagKind, string[]>,
    language: { code: w.language, name: language?.name ?? w.language, dir: textDirection(w.language) },
    series: page.series.map((s) => ({ title: s.title, position: s.position, url: `${base}/series/${s.seriesId}` })),
    stats: {
      published: isoDay(published),
      updated: showUpdate && !complete ? isoDay(updated) : null,
      completed: showUpdate && complete ? isoDay(updated) : null,
      words: w.wordCount,
      chapters: chapterCountLabel(w.chapterCount, w.expectedChapters),
    },
    publishedAt: published,
    modifiedAt: lastModified(page),
    restricted: w.visibility === 'registered',
    chapters: page.chapters.map((c, i) => {
      const state = c.status === 'posted' ? '' : ` ${c.status === 'scheduled' ? labels.scheduled : labels.draft}`;
      const numbered = c.title ? fill(labels.chapterTitled, { n: i + 1, title: c.title }) : fill(labels.chapter, { n: i + 1 });
      const heading = many || c.title || state ? `${numbered}${state}` : '';
      return { number: i + 1, heading, title: c.title, summaryHtml: c.summaryHtml, notesHtml: c.notesHtml, endNotesHtml: c.endNotesHtml, bodyHtml: c.bodyHtml };
    }),
    disclaimersHtml: [...page.tags.fandom.map((f) => f.disclaimerHtml), site.disclaimerHtml].filter(Boolean),
    siteName: site.name,
    siteUrl: `${base}/`,
    workUrl: `${base}/works/${w.id}`,
    labels,
  };
}

/** The metadata rows of a preface, AO3's labels (in the snapshot's language): [label, values]. Tag rows are left out when empty. */
export function prefaceRows(s: WorkSnapshot): [string, string[]][] {
  const l = s.labels;
  const rows: [string, string[]][] = TAG_KINDS.filter((k) => s.tags[k].length).map((k) => [l.tags[k][s.tags[k].length === 1 ? 0 : 1], s.tags[k]]);
  rows.push([l.language, [s.language.name]]);
  if (s.series.length) rows.push([l.series, s.series.map((x) => fill(l.seriesPart, { n: x.position, title: x.title }))]);
  rows.push([l.stats, [statsLine(s)]]);
  return rows;
}

/** "Published: 2024-01-02 Updated: … Words: 1,234 Chapters: 2/?" */
export function statsLine(s: WorkSnapshot): string {
  const st = s.stats;
  const l = s.labels;
  return [`${l.published}: ${st.published}`, st.completed ? `${l.completed}: ${st.completed}` : '', st.updated ? `${l.updated}: ${st.updated}` : '',
    `${l.words}: ${st.words.toLocaleString(l.locale)}`, `${l.chapters}: ${st.chapters}`].filter(Boolean).join(' ');
}

/** The creators' names for a byline: "a, b and c". */
export function bylineText(s: Pick<WorkSnapshot, 'creators' | 'labels'>): string {
  const names = s.creators.map((c) => c.name);
  return names.length < 2 ? (names[0] ?? s.labels.anonymous) : fill(s.labels.and, { rest: names.slice(0, -1).join(', '), last: names[names.length - 1]! });
}
