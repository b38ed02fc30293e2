/**
 * Gifts: a work given to members (by login or one of their pseuds) or to a free-text name for someone without an
 * account, as AO3 does. A recipient who refuses keeps the row with `refused_at` set: the work no longer says "For"
 * them and their gifts page leaves it out, and the giver retyping the name cannot undo the refusal.
 * The work page shows its gifts, so every change moves the work's page revision (as migration 14 does per work).
 */
import type { Migration } from '../migrate.ts';

function pageRevisionTriggers(dialect: 'sqlite' | 'postgres'): string {
  if (dialect === 'postgres') {
    return `CREATE FUNCTION page_bump_gifts() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' THEN PERFORM page_revision_bump(OLD.work_id); ELSE PERFORM page_revision_bump(NEW.work_id); END IF;
      RETURN NULL;
    END $$;
    CREATE TRIGGER page_gifts AFTER INSERT OR UPDATE OR DELETE ON gifts FOR EACH ROW EXECUTE FUNCTION page_bump_gifts();`;
  }
  const bump = (row: string) => `INSERT INTO page_revisions (scope_id, revision) SELECT ${row}.work_id, 1 WHERE TRUE ON CONFLICT (scope_id) DO UPDATE SET revision = revision + 1;`;
  return ['INSERT', 'UPDATE', 'DELETE'].map((event) =>
    `CREATE TRIGGER page_gifts_${event.toLowerCase()} AFTER ${event} ON gifts BEGIN ${bump(event === 'DELETE' ? 'OLD' : 'NEW')} END;`).join('\n');
}

const migration: Migration = {
  version: 26,
  name: 'gifts',
  up: (t, dialect) => `
    CREATE TABLE gifts (
      id ${t.id},
      work_id ${t.bigint} NOT NULL REFERENCES works(id) ON DELETE CASCADE,
      recipient_id ${t.bigint} REFERENCES users(id) ON DELETE CASCADE,
      pseud_id ${t.bigint} REFERENCES pseuds(id) ON DELETE SET NULL,
      recipient_name TEXT NOT NULL DEFAULT '',
      name_key TEXT NOT NULL,
      refused_at ${t.bigint},
      created_at ${t.bigint} NOT NULL,
      UNIQUE (work_id, name_key)
    );
    CREATE INDEX gifts_recipient ON gifts (recipient_id, work_id) WHERE recipient_id IS NOT NULL;
    ${pageRevisionTriggers(dialect)}
  `,
};
export default migration;
