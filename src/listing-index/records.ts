/** What the index is built from: one work's listing fields and one tag's identity, as loaded from the database. */
import type { TagKind } from '../domain/tag-list.ts';

/** A non-deleted work as listings see it. */
export interface WorkRecord {
  id: number;
  visibility: 'draft' | 'public' | 'registered';
  chapterCount: number;
  expectedChapters: number | null;
  wordCount: number;
  /** COALESCE(updated_at, created_at), ms. */
  updated: number;
  /** COALESCE(published_at, created_at), ms. */
  published: number;
  language: string;
  hits: number;
  kudos: number;
  comments: number;
  bookmarks: number;
  /** The title lowered by the database's own LOWER(), so title order matches SQL exactly. */
  titleKey: string;
  /** MIN(login_key) of the creators who are not merely invited; null without any. */
  creatorKey: string | null;
  tagIds: number[];
  /** Creators who are not merely invited. */
  creatorIds: number[];
}

/** A tag as facets, fandom counts, tag suggestions and the wranglers' worklist need it. */
export interface TagRecord {
  id: number;
  kind: TagKind;
  name: string;
  nameKey: string;
  mergerId: number | null;
  /** Absent counts as not canonical. */
  canonical?: boolean;
}
