/** The collections table: named groups of works with an owner (the one maintainer for now). */
import { sql, type Sql } from './sql.ts';
import type { Queryable } from './db.ts';

/** A collection as stored. */
export interface CollectionRecord {
  id: number;
  name: string;
  title: string;
  descriptionHtml: string;
  ownerId: number | null;
  /** Open collections take new works; closed ones keep what they have. */
  open: boolean;
  /** Works added by others wait for the owner's approval. */
  moderated: boolean;
  createdAt: number;
  /** When moderators hid it (then only its owner and staff open it); null when they did not. */
  hiddenAt: number | null;
  hiddenReason: string;
}

/** What creating or editing a collection writes (the name never changes after creation). */
export interface CollectionFields { title: string; descriptionHtml: string; open: boolean; moderated: boolean }

type Row = { id: number; name: string; title: string; description_html: string; owner_id: number | null; open: number | boolean; moderated: number | boolean; created_at: number; hidden_at: number | null; hidden_reason: string };
const COLUMNS = sql`c.id, c.name, c.title, c.description_html, c.owner_id, c.open, c.moderated, c.created_at, c.hidden_at, c.hidden_reason`;

const toRecord = (r: Row): CollectionRecord => ({
  id: Number(r.id), name: r.name, title: r.title, descriptionHtml: r.description_html, ownerId: r.owner_id == null ? null : Number(r.owner_id),
  open: Boolean(r.open), moderated: Boolean(r.moderated), createdAt: Number(r.created_at),
  hiddenAt: r.hidden_at == null ? null : Number(r.hidden_at), hiddenReason: r.hidden_reason ?? '',
});

/** Creates a collection; returns its id. */
export async function insertCollection(db: Queryable, ownerId: number, name: string, f: CollectionFields, now: number): Promise<number> {
  const row = await db.get<{ id: number }>(sql`INSERT INTO collections (name, title, description_html, owner_id, open, moderated, created_at)
    VALUES (${name}, ${f.title}, ${f.descriptionHtml}, ${ownerId}, ${f.open}, ${f.moderated}, ${now}) RETURNING id`);
  return Number(row!.id);
}

/** Rewrites a collection's editable fields. */
export async function updateCollection(db: Queryable, id: number, f: CollectionFields): Promise<void> {
  await db.run(sql`UPDATE collections SET title = ${f.title}, description_html = ${f.descriptionHtml}, open = ${f.open}, moderated = ${f.moderated} WHERE id = ${id}`);
}

/** A collection by its name, in any case. */
export async function collectionByName(db: Queryable, name: string): Promise<CollectionRecord | undefined> {
  const row = await db.get<Row>(sql`SELECT ${COLUMNS} FROM collections c WHERE LOWER(c.name) = ${name.toLowerCase()}`);
  return row ? toRecord(row) : undefined;
}

/** A collection by id. */
export async function collectionById(db: Queryable, id: number): Promise<CollectionRecord | undefined> {
  const row = await db.get<Row>(sql`SELECT ${COLUMNS} FROM collections c WHERE c.id = ${id}`);
  return row ? toRecord(row) : undefined;
}

/** A collection in an index: the record, its owner's login and how many approved works the viewer may see. */
export interface CollectionSummary extends CollectionRecord { ownerLogin: string | null; works: number }

/**
 * The SQL counting a collection's approved works that are posted, not deleted, of the given visibilities and not
 * hidden by the viewer's blocklist (`blocked`, storage/blocklist.ts `blockedClause` on `w`).
 */
const visibleCount = (visibilities: readonly string[], blocked: Sql) => sql`(SELECT COUNT(*) FROM collection_items ci JOIN works w ON w.id = ci.work_id
  WHERE ci.collection_id = c.id AND ci.approved = ${true} AND w.deleted_at IS NULL AND w.chapter_count > 0 AND w.visibility IN (${sql.join([...visibilities])}) AND ${blocked})`;

/** How many collections the index lists (moderators' hidden ones left out). */
export async function countCollections(db: Queryable): Promise<number> {
  const row = await db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM collections WHERE hidden_at IS NULL`);
  return Number(row?.n ?? 0);
}

/** One page of collections by title, with their visible work counts. */
export async function pageOfCollections(db: Queryable, visibilities: readonly string[], limit: number, offset: number, blocked: Sql = sql`1 = 1`): Promise<CollectionSummary[]> {
  const rows = await db.all<Row & { owner_login: string | null; works: number }>(sql`SELECT ${COLUMNS}, u.login AS owner_login, ${visibleCount(visibilities, blocked)} AS works
    FROM collections c LEFT JOIN users u ON u.id = c.owner_id WHERE c.hidden_at IS NULL ORDER BY LOWER(c.title), c.id LIMIT ${limit} OFFSET ${offset}`);
  return rows.map((r) => ({ ...toRecord(r), ownerLogin: r.owner_login, works: Number(r.works) }));
}

/** One collection with its owner's login and visible work count. */
export async function collectionSummary(db: Queryable, id: number, visibilities: readonly string[], blocked: Sql = sql`1 = 1`): Promise<CollectionSummary | undefined> {
  const row = await db.get<Row & { owner_login: string | null; works: number }>(sql`SELECT ${COLUMNS}, u.login AS owner_login, ${visibleCount(visibilities, blocked)} AS works
    FROM collections c LEFT JOIN users u ON u.id = c.owner_id WHERE c.id = ${id}`);
  return row ? { ...toRecord(row), ownerLogin: row.owner_login, works: Number(row.works) } : undefined;
}

/** Hides a collection for moderators (a time and reason), or shows it again (null). */
export async function setCollectionHidden(db: Queryable, id: number, hiddenAt: number | null, reason: string): Promise<void> {
  await db.run(sql`UPDATE collections SET hidden_at = ${hiddenAt}, hidden_reason = ${reason} WHERE id = ${id}`);
}
