/**
 * PostgreSQL: every change to what a member's session query reads (storage/member-standing.ts: their session,
 * account, blocklist, default filter, preferences, reading settings, unread inbox; the work page's marks and pseuds
 * read with it) NOTIFYs channel `page_revisions` with "member <id>", so a node keeps that read until the member's
 * data changes (unchanged-reads.ts, services/page-revision-feed.ts) instead of a round trip on every page. Rows that
 * name the member notify for them; a comment, work or chapter whose change moves someone's unread count (inbox.ts,
 * `shownComment` and `shownNotice`) notifies for the members whose inbox points at it. PostgreSQL folds a
 * transaction's identical notifications, so a batch of readings notifies once per member.
 */
import type { Migration } from '../migrate.ts';

/** Tables whose rows belong to one member, and the column naming them. */
const MEMBER_ROWS: readonly [table: string, column: string][] = [
  ['users', 'id'], ['sessions', 'user_id'], ['blocklist', 'user_id'], ['saved_filters', 'user_id'], ['preferences', 'user_id'],
  ['reading_settings', 'user_id'], ['inbox_items', 'user_id'], ['inbox_notices', 'user_id'], ['subscriptions', 'user_id'],
  ['readings', 'user_id'], ['bookmarks', 'user_id'], ['pseuds', 'user_id'], ['work_creators', 'user_id'], ['gifts', 'recipient_id'],
];

const memberRowTrigger = ([table, column]: readonly [string, string]) => `
  CREATE FUNCTION member_notify_${table}() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP <> 'INSERT' AND OLD.${column} IS NOT NULL THEN PERFORM pg_notify('page_revisions', 'member ' || OLD.${column}); END IF;
    IF TG_OP <> 'DELETE' AND NEW.${column} IS NOT NULL THEN PERFORM pg_notify('page_revisions', 'member ' || NEW.${column}); END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER member_notify AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION member_notify_${table}();`;

const POSTGRES = `${MEMBER_ROWS.map(memberRowTrigger).join('\n')}
  CREATE FUNCTION member_notify_comments() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM pg_notify('page_revisions', 'member ' || i.user_id) FROM inbox_items i WHERE i.comment_id = NEW.id;
    RETURN NULL;
  END $$;
  CREATE TRIGGER member_notify AFTER UPDATE OF status, hidden_at ON comments FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.hidden_at IS DISTINCT FROM NEW.hidden_at) EXECUTE FUNCTION member_notify_comments();

  CREATE FUNCTION member_notify_works() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM pg_notify('page_revisions', 'member ' || n.user_id) FROM inbox_notices n WHERE n.work_id = NEW.id;
    RETURN NULL;
  END $$;
  CREATE TRIGGER member_notify AFTER UPDATE OF deleted_at, visibility, removal ON works FOR EACH ROW
    WHEN (OLD.deleted_at IS DISTINCT FROM NEW.deleted_at OR OLD.visibility IS DISTINCT FROM NEW.visibility OR OLD.removal IS DISTINCT FROM NEW.removal)
    EXECUTE FUNCTION member_notify_works();

  CREATE FUNCTION member_notify_chapters() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM pg_notify('page_revisions', 'member ' || n.user_id) FROM inbox_notices n WHERE n.chapter_id = NEW.id;
    RETURN NULL;
  END $$;
  CREATE TRIGGER member_notify AFTER UPDATE OF status ON chapters FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION member_notify_chapters();
`;

const migration: Migration = {
  version: 35,
  name: 'member-change-notify',
  up: (_t, dialect) => (dialect === 'postgres' ? POSTGRES : 'SELECT 1;'),
};
export default migration;
