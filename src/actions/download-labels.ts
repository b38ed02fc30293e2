/** A download's fixed words in the language of the request (or mail, or job) that asks for it, from the catalog. */
import { t, currentLocale } from '../i18n/translate.ts';
import { TAG_KINDS, type TagKind } from '../domain/tag-list.ts';
import type { DownloadLabels } from '../export/labels.ts';

/** Templates keep their `{name}` parts for the renderers to fill (export/labels.ts `fill`). */
const keep = (...names: string[]): Record<string, string> => Object.fromEntries(names.map((n) => [n, `{${n}}`]));

/** The labels, read when a download is made (the renderers themselves run off the request). */
export function downloadLabels(): DownloadLabels {
  const tags = Object.fromEntries(TAG_KINDS.map((k) => [k, [t(`download.tags.${k}`, { count: 1 }), t(`download.tags.${k}`, { count: 2 })]])) as Record<TagKind, [string, string]>;
  return {
    locale: currentLocale(),
    by: t('download.by', keep('creators')),
    anonymous: t('download.anonymous'),
    and: t('download.and', keep('rest', 'last')),
    postedOriginally: t('download.posted_originally', keep('site', 'url')),
    summary: t('download.summary'),
    notes: t('download.notes'),
    thanks: t('download.thanks', keep('credits')),
    chapterSummary: t('download.chapter_summary'),
    chapterNotes: t('download.chapter_notes'),
    chapterEndNotes: t('download.chapter_end_notes'),
    endNotes: t('download.end_notes'),
    afterword: t('download.afterword'),
    leaveComments: t('download.leave_comments', keep('link')),
    dropBy: t('download.drop_by', keep('site')),
    leaveCommentsAt: t('download.leave_comments_at', keep('site', 'url')),
    preface: t('download.preface'),
    contents: t('download.contents'),
    tags,
    language: t('download.language'),
    series: t('download.series'),
    seriesPart: t('download.series_part', keep('n', 'title')),
    stats: t('download.stats'),
    published: t('download.published'),
    completed: t('download.completed'),
    updated: t('download.updated'),
    words: t('download.words'),
    chapters: t('download.chapters'),
    chapter: t('download.chapter', keep('n')),
    chapterTitled: t('download.chapter_titled', keep('n', 'title')),
    scheduled: t('download.scheduled'),
    draft: t('download.draft'),
    missingGlyphs: t('download.missing_glyphs'),
  };
}
