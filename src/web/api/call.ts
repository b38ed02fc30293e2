/**
 * What an API handler is given (the reader, the query as the web's listings read it, the page its cursor names) and
 * what it gives back (the body, and when the thing last changed where a date exists).
 */
import type { FastifyRequest } from 'fastify';
import type { Account } from '../../domain/account.ts';
import type { Context } from '../../actions/context.ts';
import type { PageWindow } from '../../domain/pagination.ts';
import { decodeCursor, encodeCursor } from '../../domain/api-cursor.ts';
import { queryString } from '../respond.ts';

/** Where the API lives. */
export const API_PREFIX = '/api/v1';

/** A failure the API answers with its own status and code (the rest come from the domain's named errors). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly param: string | null;
  constructor(status: number, code: string, message: string, param: string | null = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.param = param;
  }
}

/** One API request as a handler sees it. */
export interface ApiCall {
  ctx: Context;
  /** The token's member, or undefined for a guest (cookies are never read by the API). */
  viewer: Account | undefined;
  /** Absolute address of the archive. */
  base: string;
  params: Record<string, string>;
  /** The query without `cursor`, with `page` set from it: what the web's listing actions read. */
  query: URLSearchParams;
  /** The page the cursor names (1 without one). */
  page: number;
  /** The `next` link after a page shown in `window`, or null on the last page. */
  next(window: Pick<PageWindow, 'page' | 'pages'>): string | null;
}

/** What a handler answers. */
export interface ApiAnswer {
  body: unknown;
  /** When what the body shows last changed (ms), for Last-Modified; omitted where no such date exists. */
  lastModified?: number;
}

/** Builds the call of a request (the cursor already checked against its pattern by the route's schema). */
export function apiCall(request: FastifyRequest): ApiCall {
  const ctx = request.server.quire.ctx;
  const raw = new URLSearchParams(queryString(request));
  const cursor = raw.get('cursor');
  const page = cursor === null ? 1 : decodeCursor(cursor);
  if (page === undefined) throw new ApiError(400, 'invalid_parameter', 'This cursor was not written by this archive: copy it from a `next` link.', 'cursor');
  raw.delete('cursor');
  raw.delete('page');
  const path = request.url.split('?')[0]!;
  const query = new URLSearchParams(raw);
  query.set('page', String(page));
  return {
    ctx, viewer: request.viewer, base: ctx.baseUrl, params: request.params as Record<string, string>, query, page,
    next(window) {
      if (window.page >= window.pages) return null;
      const q = new URLSearchParams(raw);
      q.set('cursor', encodeCursor(window.page + 1));
      return `${ctx.baseUrl}${path}?${q}`;
    },
  };
}
