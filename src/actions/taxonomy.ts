/** The archive's rating, warning and category sets (AO3's unless an admin configured others). */
import { getSetting } from '../storage/settings.ts';
import { parseTaxonomy, type Taxonomy } from '../domain/taxonomy.ts';
import type { Queryable } from '../storage/db.ts';

/** Reads the taxonomy in force. */
export async function loadTaxonomy(db: Queryable): Promise<Taxonomy> {
  return parseTaxonomy(await getSetting(db, 'taxonomy'));
}
