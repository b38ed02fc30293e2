/**
 * The JSON Schemas of the read API, written once: Fastify validates requests and serializes responses with them
 * (routes.ts), and openapi.ts builds the published document from the same objects, naming each schema listed in
 * COMPONENTS by a $ref there. A serializer drops any property a schema does not list, so nothing leaves the API
 * by accident.
 */
import { TAG_KINDS } from '../../domain/tag-list.ts';
import { SORT_COLUMNS } from '../../domain/work-filter.ts';

/** A JSON Schema object (draft 2020-12 as OpenAPI 3.1 reads it; the keywords used here mean the same to Ajv). */
export type Schema = Record<string, unknown>;

const str = { type: 'string' } as const;
const int = { type: 'integer', minimum: 0 } as const;
const bool = { type: 'boolean' } as const;
const time = { type: 'string', format: 'date-time' } as const;
const nullable = (s: Schema): Schema => ({ ...s, type: [s.type, 'null'] });
const list = (items: Schema): Schema => ({ type: 'array', items });
/** A named object or null (anyOf, so the document still names the object's schema). */
const objectOrNull = (s: Schema, description?: string): Schema => ({ anyOf: [s, { type: 'null' }], ...(description ? { description } : {}) });
/** An object whose properties are all required (a client can rely on each being present, null where it may be). */
const record = (properties: Record<string, Schema>, description?: string): Schema => ({
  type: 'object', ...(description ? { description } : {}), properties, required: Object.keys(properties), additionalProperties: false,
});

export const ErrorBody = record({
  error: record({
    code: { type: 'string', description: 'A stable machine-readable code, e.g. invalid_parameter, not_found, rate_limited.' },
    message: { type: 'string', description: 'A sentence for people.' },
    param: nullable({ type: 'string', description: 'The query or path parameter at fault, for invalid_parameter.' }),
  }),
}, 'Every error answer.');

export const TagRef = record({ id: int, name: str });

export const Creator = record({ login: str, pseud: str, url: str }, 'A creator as the byline credits them.');

export const SeriesPlace = record({ id: int, title: str, position: int });

const tagsByKind = record(Object.fromEntries(TAG_KINDS.map((kind) => [kind, list(TagRef)])), 'The work\'s tags by kind.');

export const WorkSummary = record({
  id: int,
  title: str,
  url: { type: 'string', description: 'The work\'s page on the archive.' },
  summaryHtml: { type: 'string', description: 'Sanitized HTML.' },
  language: str,
  visibility: { type: 'string', enum: ['public', 'registered', 'draft'], description: 'registered: readable by members (tokens) only; draft: its creators only.' },
  creators: list(Creator),
  tags: tagsByKind,
  series: list(SeriesPlace),
  words: int,
  chapters: record({ posted: int, expected: nullable(int) }),
  complete: bool,
  publishedAt: nullable(time),
  updatedAt: time,
  stats: record({ hits: int, kudos: int, comments: int, bookmarks: int }),
}, 'A work as listings show it.');

export const ChapterRef = record({ id: int, position: int, title: str, words: int, postedAt: nullable(time), url: str });

export const WorkDetail = record({
  ...(WorkSummary.properties as Record<string, Schema>),
  notesHtml: str,
  endNotesHtml: str,
  betas: list(str),
  adult: { type: 'boolean', description: 'Rated for adults: the web shows a warning before the text.' },
  collections: list(record({ name: str, title: str })),
  gifts: list(record({ login: nullable(str), name: str })),
  chapterList: list(ChapterRef),
}, 'A work with its metadata and chapter list.');

export const Chapter = record({
  id: int,
  workId: int,
  position: int,
  title: str,
  summaryHtml: str,
  notesHtml: str,
  endNotesHtml: str,
  bodyHtml: { type: 'string', description: 'The chapter text as sanitized HTML, as the web page shows it.' },
  words: int,
  postedAt: nullable(time),
  url: str,
  previous: nullable(int),
  next: nullable(int),
});

const nextLink = nullable({ type: 'string', description: 'The address of the next page (its cursor included), or null on the last.' });

export const WorkList = record({
  works: list(WorkSummary),
  total: { ...int, description: 'How many works match in all.' },
  hidden: { ...int, description: 'Works the token member\'s blocklist left out (0 for guests).' },
  next: nextLink,
});

export const SearchResults = record({
  ...(WorkList.properties as Record<string, Schema>),
  problems: { ...list(str), description: 'What in the query could not be used, one sentence each.' },
});

export const TagNodeRef = record({ id: int, name: str, kind: { type: 'string', enum: [...TAG_KINDS] } });

export const Tag = record({
  ...(TagNodeRef.properties as Record<string, Schema>),
  canonical: bool,
  media: nullable(str),
  url: str,
  mergedInto: objectOrNull(TagNodeRef, 'The canonical tag this one is a synonym of.'),
  synonyms: list(TagNodeRef),
  parents: list(TagNodeRef),
  children: list(TagNodeRef),
});

export const Pseud = record({ name: str, isDefault: bool, description: str, iconAlt: str, url: str });

export const User = record({ login: str, displayName: str, bioHtml: str, website: str, joinedAt: time, url: str, pseuds: list(Pseud) });

export const SeriesDetail = record({
  id: int, title: str, summaryHtml: str, notesHtml: str, complete: bool, creators: list(Creator),
  begunAt: time, updatedAt: time, words: int, workCount: int, bookmarks: int,
  works: list(WorkSummary), hidden: int, next: nextLink,
});

export const Collection = record({
  name: str, title: str, descriptionHtml: str, owner: nullable(str), open: bool, moderated: bool, works: int, createdAt: time, url: str,
});

export const CollectionList = record({ collections: list(Collection), total: int, next: nextLink });

export const Comment = record({
  id: int,
  parentId: nullable(int),
  chapterId: nullable(int),
  depth: int,
  author: record({ login: nullable(str), name: { type: 'string', description: 'The pseud a member wrote as, or a guest\'s name.' } }),
  bodyHtml: str,
  createdAt: time,
  editedAt: nullable(time),
});

export const CommentList = record({
  comments: { ...list(Comment), description: 'Threads in order, each comment after its parent.' },
  total: { ...int, description: 'Threads in all.' },
  next: nextLink,
});

export const Me = record({ login: str, displayName: str, email: str, role: str, joinedAt: time, url: str, pseuds: list(Pseud) });

export const Bookmark = record({
  id: int,
  work: objectOrNull(WorkSummary, 'The work bookmarked (null for a series bookmark).'),
  series: objectOrNull(record({ id: int, title: str, url: str }), 'The series bookmarked (null for a work bookmark).'),
  pseud: str, notesHtml: str, tags: str, private: bool, rec: bool, createdAt: time, updatedAt: time,
});

export const BookmarkList = record({ bookmarks: list(Bookmark), total: int, next: nextLink });

export const HistoryEntry = record({
  workId: int,
  work: objectOrNull(WorkSummary, 'Null when the work can no longer be read.'),
  lastVisitedAt: time, visits: int, markedForLater: bool,
});

export const HistoryList = record({ history: list(HistoryEntry), total: int, next: nextLink });

/** The schemas published under their names in the document's components. */
export const COMPONENTS: Record<string, Schema> = {
  Error: ErrorBody, TagRef, TagNodeRef, Creator, SeriesPlace, WorkSummary, ChapterRef, WorkDetail, Chapter, WorkList, SearchResults, Tag,
  Pseud, User, SeriesDetail, Collection, CollectionList, Comment, CommentList, Me, Bookmark, BookmarkList, HistoryEntry, HistoryList,
};

// Parameters.

const cursor = { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$', description: 'Where a page starts: copy it from a `next` link.' };
const tri = { type: 'string', enum: ['T', 'F', ''] };
const tagIds = { type: 'array', items: { type: 'string', pattern: '^[1-9][0-9]{0,14}$' } };
const day = { type: 'string', pattern: '^(\\d{4}-\\d{2}-\\d{2})?$' };
const count = { type: 'string', pattern: '^[0-9][0-9,]{0,12}$|^$' };
const ws = (name: string) => `work_search[${name}]`;

/** The query of /works (AO3's filter and sort parameters, as the web's listing reads them) and a cursor. */
export const WorkFilterQuery: Schema = {
  type: 'object',
  properties: {
    cursor,
    [ws('sort_column')]: { type: 'string', enum: Object.keys(SORT_COLUMNS) },
    [ws('sort_direction')]: { type: 'string', enum: ['asc', 'desc'] },
    [ws('other_tag_names')]: { type: 'string', maxLength: 2000, description: 'Tags to include, comma separated.' },
    [ws('excluded_tag_names')]: { type: 'string', maxLength: 2000, description: 'Tags to leave out, comma separated.' },
    [ws('complete')]: tri,
    [ws('crossover')]: tri,
    [ws('single_chapter')]: { type: 'string', enum: ['0', '1', ''] },
    [ws('words_from')]: count,
    [ws('words_to')]: count,
    [ws('date_from')]: day,
    [ws('date_to')]: day,
    [ws('language_id')]: { type: 'string', pattern: '^([a-z]{2,3})?$' },
    ...Object.fromEntries(TAG_KINDS.flatMap((kind) => [[`include_work_search[${kind}_ids][]`, tagIds], [`exclude_work_search[${kind}_ids][]`, tagIds]])),
  },
};

/** The query of /search: /works/search's words and fields beside the filter. */
export const SearchQuery: Schema = {
  type: 'object',
  properties: {
    q: { type: 'string', maxLength: 2000, description: 'Words to search for (the same syntax as /works/search).' },
    [ws('query')]: { type: 'string', maxLength: 2000 },
    [ws('title')]: { type: 'string', maxLength: 500 },
    [ws('creators')]: { type: 'string', maxLength: 500 },
    [ws('summary')]: { type: 'string', maxLength: 2000 },
    ...(WorkFilterQuery.properties as Record<string, Schema>),
    [ws('sort_column')]: { type: 'string', enum: ['_score', ...Object.keys(SORT_COLUMNS)] },
  },
};

/** Just a cursor. */
export const PageQuery: Schema = { type: 'object', properties: { cursor } };

const idParam = { type: 'string', pattern: '^[1-9][0-9]{0,14}$' };
/** Path parameters by name. */
export const params = (...names: string[]): Schema => ({
  type: 'object',
  properties: Object.fromEntries(names.map((n) => [n, n === 'id' || n === 'cid' ? idParam : { type: 'string', minLength: 1, maxLength: 300 }])),
  required: names,
});

/** /me/history's query: `show=to-read` for Marked for Later only. */
export const HistoryQuery: Schema = { type: 'object', properties: { cursor, show: { type: 'string', enum: ['', 'to-read'] } } };
