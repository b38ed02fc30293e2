/**
 * Guests' listing pages are kept while the listing index and the site revision stand still (web/shared-pages.ts),
 * so everything a listing shows must move one of them. Three writes did not:
 * - a work's summary (shown in its blurb): the works UPDATE trigger of migration 9 now fires on `summary_html` too;
 * - a work's series places (its blurb's "Part 2 of …"): series_works now logs the work like taggings do;
 * - a tag's parents (meta_taggings: a tag's works page includes its sub-tags' works): they now bump the site revision.
 */
import type { Migration } from '../migrate.ts';

const WORK_COLUMNS = 'title, language, expected_chapters, visibility, published_at, updated_at, created_at, word_count, chapter_count, hits, kudos_count, comments_count, bookmarks_count, deleted_at, summary_html';
const SQLITE_NOW = `CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)`;
const SQLITE_SITE_BUMP = 'INSERT INTO page_revisions (scope_id, revision) VALUES (0, 1) ON CONFLICT (scope_id) DO UPDATE SET revision = revision + 1;';
const log = (row: string) => `INSERT INTO listing_changes (kind, ref_id, at) VALUES ('work', ${row}.work_id, ${SQLITE_NOW});`;

const SQLITE = `
  DROP TRIGGER listing_works_update;
  CREATE TRIGGER listing_works_update AFTER UPDATE OF ${WORK_COLUMNS} ON works BEGIN
    INSERT INTO listing_changes (kind, ref_id, at) VALUES ('work', NEW.id, ${SQLITE_NOW});
  END;
  CREATE TRIGGER listing_series_works_insert AFTER INSERT ON series_works BEGIN ${log('NEW')} END;
  CREATE TRIGGER listing_series_works_update AFTER UPDATE ON series_works BEGIN ${log('NEW')} ${log('OLD')} END;
  CREATE TRIGGER listing_series_works_delete AFTER DELETE ON series_works BEGIN ${log('OLD')} END;
  CREATE TRIGGER page_meta_taggings_insert AFTER INSERT ON meta_taggings BEGIN ${SQLITE_SITE_BUMP} END;
  CREATE TRIGGER page_meta_taggings_update AFTER UPDATE ON meta_taggings BEGIN ${SQLITE_SITE_BUMP} END;
  CREATE TRIGGER page_meta_taggings_delete AFTER DELETE ON meta_taggings BEGIN ${SQLITE_SITE_BUMP} END;
`;

const POSTGRES = `
  DROP TRIGGER listing_works_update ON works;
  CREATE TRIGGER listing_works_update AFTER UPDATE OF ${WORK_COLUMNS} ON works FOR EACH ROW EXECUTE FUNCTION listing_change('work', 'id');
  CREATE TRIGGER listing_series_works AFTER INSERT OR UPDATE OR DELETE ON series_works FOR EACH ROW EXECUTE FUNCTION listing_change('work', 'work_id');
  CREATE TRIGGER page_meta_taggings AFTER INSERT OR UPDATE OR DELETE ON meta_taggings FOR EACH STATEMENT EXECUTE FUNCTION page_bump_site();
`;

const migration: Migration = {
  version: 32,
  name: 'shared-listing-changes',
  up: (_t, dialect) => (dialect === 'postgres' ? POSTGRES : SQLITE),
};
export default migration;
