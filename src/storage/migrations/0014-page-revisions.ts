/**
 * Page revisions: a counter per work that moves whenever anything its page shows changes (the work, its chapters,
 * creators, betas, tags, series and collection places, kudos, comments, hits), and one for the whole site (scope 0)
 * that moves when something shown on many pages changes (settings, tag and user names, series and collection
 * titles). A node keeps a guest's rendered work page while both counters stand still (src/web/work-page-cache.ts).
 * Triggers, like the listing change log's, so that every writer (actions, imports, hit flushes, CLI) is caught.
 */
import type { Migration } from '../migrate.ts';

/** Tables whose rows belong to one work, and the column naming it. */
const PER_WORK: [string, string][] = [
  ['works', 'id'], ['chapters', 'work_id'], ['work_creators', 'work_id'], ['work_betas', 'work_id'], ['taggings', 'work_id'],
  ['series_works', 'work_id'], ['collection_items', 'work_id'], ['kudos', 'work_id'], ['comments', 'work_id'],
];

/** Tables shown on many works' pages: [table, events]. Inserts into tags, series or collections show nowhere yet. */
const SITE_WIDE: [string, string][] = [
  ['settings', 'INSERT OR UPDATE OR DELETE'], ['tags', 'UPDATE OR DELETE'], ['users', 'UPDATE OF login, display_name OR DELETE'],
  ['series', 'UPDATE OR DELETE'], ['collections', 'UPDATE OR DELETE'],
];

const EVENTS = ['INSERT', 'UPDATE', 'DELETE'] as const;

const SQLITE_BUMP = (scope: string, where = '') =>
  `INSERT INTO page_revisions (scope_id, revision) SELECT ${scope}, 1 WHERE ${where || 'TRUE'} ON CONFLICT (scope_id) DO UPDATE SET revision = revision + 1;`;

function sqlite(): string {
  const perWork = PER_WORK.flatMap(([table, column]) => EVENTS.map((event) => {
    const row = event === 'DELETE' ? 'OLD' : 'NEW';
    const moved = event === 'UPDATE' && column !== 'id' ? SQLITE_BUMP(`OLD.${column}`, `OLD.${column} <> NEW.${column}`) : '';
    return `CREATE TRIGGER page_${table}_${event.toLowerCase()} AFTER ${event} ON ${table} BEGIN ${SQLITE_BUMP(`${row}.${column}`)} ${moved} END;`;
  }));
  // SQLite triggers name one event each.
  const siteWide = SITE_WIDE.flatMap(([table, events]) => events.split(' OR ').map((event) =>
    `CREATE TRIGGER page_${table}_${event.split(' ')[0]!.toLowerCase()} AFTER ${event} ON ${table} BEGIN ${SQLITE_BUMP('0')} END;`));
  return [...perWork, ...siteWide].join('\n');
}

function postgres(): string {
  const bump = `CREATE FUNCTION page_revision_bump(scope BIGINT) RETURNS void LANGUAGE sql AS $$
    INSERT INTO page_revisions (scope_id, revision) VALUES (scope, 1)
    ON CONFLICT (scope_id) DO UPDATE SET revision = page_revisions.revision + 1 $$;`;
  // One function per table: NEW.work_id is read directly (to_jsonb(NEW) would copy a whole chapter's text per row).
  const perWork = PER_WORK.map(([table, column]) => `
    CREATE FUNCTION page_bump_${table}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' THEN PERFORM page_revision_bump(OLD.${column});
      ELSE
        PERFORM page_revision_bump(NEW.${column});
        IF TG_OP = 'UPDATE' THEN
          IF OLD.${column} IS DISTINCT FROM NEW.${column} THEN PERFORM page_revision_bump(OLD.${column}); END IF;
        END IF;
      END IF;
      RETURN NULL;
    END $$;
    CREATE TRIGGER page_${table} AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION page_bump_${table}();`);
  const site = `CREATE FUNCTION page_bump_site() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN PERFORM page_revision_bump(0); RETURN NULL; END $$;`;
  const siteWide = SITE_WIDE.map(([table, events]) =>
    `CREATE TRIGGER page_${table} AFTER ${events} ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION page_bump_site();`);
  return [bump, ...perWork, site, ...siteWide].join('\n');
}

const migration: Migration = {
  version: 14,
  name: 'page-revisions',
  up: (t, dialect) => `
    CREATE TABLE page_revisions (
      scope_id ${t.bigint} PRIMARY KEY,
      revision ${t.bigint} NOT NULL
    );
    ${dialect === 'postgres' ? postgres() : sqlite()}
  `,
};
export default migration;
