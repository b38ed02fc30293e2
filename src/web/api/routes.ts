/**
 * Every route of the read API in one table: its address under /api/v1, what it is for, the schemas Fastify checks
 * its parameters with and writes its answer with, and its handler. plugin.ts registers the table and openapi.ts
 * publishes it, so the document cannot drift from what is served.
 */
import * as S from './schemas.ts';
import type { Schema } from './schemas.ts';
import type { ApiAnswer, ApiCall } from './call.ts';
import { listAllWorks, showWork, showChapter, showComments, search } from './works.ts';
import { showTag, listTagWorks, showUser, listUserWorks, showPseud, listPseudWorks, showSeries, listAllCollections, showCollection, listCollectionWorks } from './browse.ts';
import { showMe, listMyBookmarks, listMyHistory, listMyDrafts } from './me.ts';
import { openApiDocument } from './openapi.ts';

/** One route of the API. */
export interface ApiRoute {
  /** Under /api/v1, in Fastify's syntax (`:id`). */
  url: string;
  /** The document's grouping. */
  tag: 'works' | 'browse' | 'me' | 'meta';
  summary: string;
  description?: string;
  params?: Schema;
  querystring?: Schema;
  /** The 200 answer's schema. */
  response: Schema;
  /** Only for a token's member (401 for guests). */
  member?: boolean;
  handler(call: ApiCall): Promise<ApiAnswer>;
}

const WORK_FILTER = 'Filter and sort with the same parameters as the web\'s /works listing (AO3\'s `work_search[…]` names).';

export const apiRoutes: readonly ApiRoute[] = [
  { url: '/works', tag: 'works', summary: 'Works, filtered and sorted', description: WORK_FILTER, querystring: S.WorkFilterQuery, response: S.WorkList, handler: listAllWorks },
  { url: '/works/:id', tag: 'works', summary: 'A work: its metadata and chapter list', params: S.params('id'), response: S.WorkDetail, handler: showWork },
  { url: '/works/:id/chapters/:cid', tag: 'works', summary: 'A chapter, its text as sanitized HTML', params: S.params('id', 'cid'), response: S.Chapter, handler: showChapter },
  { url: '/works/:id/comments', tag: 'works', summary: 'A work\'s published comments, a page of threads at a time', params: S.params('id'), querystring: S.PageQuery, response: S.CommentList, handler: showComments },
  { url: '/search', tag: 'works', summary: 'Search works', description: 'The words, fields, filters and sorts of the web\'s /works/search.', querystring: S.SearchQuery, response: S.SearchResults, handler: search },
  { url: '/tags/:name', tag: 'browse', summary: 'A tag with its canonical tag, synonyms, parents and children', description: 'The name is escaped as in the web\'s tag addresses (`*s*` for /, `*a*` for &, `*d*` for ., `*q*` for ?, `*h*` for #).', params: S.params('name'), response: S.Tag, handler: showTag },
  { url: '/tags/:name/works', tag: 'browse', summary: 'A tag\'s works (its synonyms and sub-tags included)', description: WORK_FILTER, params: S.params('name'), querystring: S.WorkFilterQuery, response: S.WorkList, handler: listTagWorks },
  { url: '/users/:login', tag: 'browse', summary: 'A member\'s public profile and pseuds', params: S.params('login'), response: S.User, handler: showUser },
  { url: '/users/:login/works', tag: 'browse', summary: 'A member\'s works', description: WORK_FILTER, params: S.params('login'), querystring: S.WorkFilterQuery, response: S.WorkList, handler: listUserWorks },
  { url: '/users/:login/pseuds/:pseud', tag: 'browse', summary: 'One pseud of a member', params: S.params('login', 'pseud'), response: S.Pseud, handler: showPseud },
  { url: '/users/:login/pseuds/:pseud/works', tag: 'browse', summary: 'The works posted as a pseud', description: WORK_FILTER, params: S.params('login', 'pseud'), querystring: S.WorkFilterQuery, response: S.WorkList, handler: listPseudWorks },
  { url: '/series/:id', tag: 'browse', summary: 'A series and a page of its works, in order', params: S.params('id'), querystring: S.PageQuery, response: S.SeriesDetail, handler: showSeries },
  { url: '/collections', tag: 'browse', summary: 'Collections, by title', querystring: S.PageQuery, response: S.CollectionList, handler: listAllCollections },
  { url: '/collections/:name', tag: 'browse', summary: 'A collection', params: S.params('name'), response: S.Collection, handler: showCollection },
  { url: '/collections/:name/works', tag: 'browse', summary: 'A collection\'s approved works', description: WORK_FILTER, params: S.params('name'), querystring: S.WorkFilterQuery, response: S.WorkList, handler: listCollectionWorks },
  { url: '/me', tag: 'me', summary: 'The token\'s member', member: true, response: S.Me, handler: showMe },
  { url: '/me/bookmarks', tag: 'me', summary: 'The member\'s bookmarks, private ones too, newest first', member: true, querystring: S.PageQuery, response: S.BookmarkList, handler: listMyBookmarks },
  { url: '/me/history', tag: 'me', summary: 'The member\'s reading history, last visited first', member: true, querystring: S.HistoryQuery, response: S.HistoryList, handler: listMyHistory },
  { url: '/me/drafts', tag: 'me', summary: 'The member\'s drafts', description: WORK_FILTER, member: true, querystring: S.WorkFilterQuery, response: S.WorkList, handler: listMyDrafts },
  { url: '/openapi.json', tag: 'meta', summary: 'This document', response: { type: 'object', additionalProperties: true }, handler: async (call) => ({ body: openApiDocument(apiRoutes, call.base) }) },
];
