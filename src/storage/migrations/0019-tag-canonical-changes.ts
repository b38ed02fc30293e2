/**
 * The listing index also keeps whether a tag is canonical (tag autocomplete puts canonical tags first, and the
 * wranglers' worklist lists the tags that are neither canonical nor synonyms), so making a tag canonical must reach
 * every node's index through the change log like a rename or a synonym does: the tags UPDATE trigger of migration 9
 * now fires on `canonical` too.
 */
import type { Migration } from '../migrate.ts';

const COLUMNS = 'kind, name, name_key, merger_id, canonical';
const SQLITE_NOW = `CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)`;

const migration: Migration = {
  version: 19,
  name: 'tag-canonical-changes',
  up: (_t, dialect) => dialect === 'postgres'
    ? `DROP TRIGGER listing_tags_update ON tags;
       CREATE TRIGGER listing_tags_update AFTER UPDATE OF ${COLUMNS} ON tags FOR EACH ROW EXECUTE FUNCTION listing_change('tag', 'id');`
    : `DROP TRIGGER listing_tags_update;
       CREATE TRIGGER listing_tags_update AFTER UPDATE OF ${COLUMNS} ON tags BEGIN
         INSERT INTO listing_changes (kind, ref_id, at) VALUES ('tag', NEW.id, ${SQLITE_NOW});
       END;`,
};
export default migration;
