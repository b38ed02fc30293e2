/**
 * Governance: what staff do to content and accounts, and what the public may report.
 * - works.removal says why a work is out of the archive when `deleted_at` is set: NULL (its author deleted it),
 *   'hidden' (moderators hid it: its creators still see it, with the reason), 'deleted' (moderators deleted it:
 *   restorable by an admin until purged) or 'pending' (a new author's work waiting for validation). Every path that
 *   shows works already leaves out rows with `deleted_at` set, so one column keeps them all out.
 * - comments, series and collections get a moderators' hide (`hidden_at`, restorable).
 * - accounts: suspension (until a time) and ban, terms accepted, trusted (validated) authors, invitations left.
 * - the audit log (append-only: triggers refuse UPDATE and DELETE), abuse reports, invitation requests and invitations.
 */
import type { Migration } from '../migrate.ts';

function appendOnly(dialect: string): string {
  if (dialect === 'postgres') {
    return `CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$;
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();`;
  }
  return `CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;`;
}

const migration: Migration = {
  version: 16,
  name: 'governance',
  up: (t, dialect) => `
    ALTER TABLE works ADD COLUMN removal TEXT CHECK (removal IN ('hidden', 'deleted', 'pending'));
    ALTER TABLE works ADD COLUMN removal_reason TEXT NOT NULL DEFAULT '';
    CREATE INDEX works_removal ON works (removal, deleted_at);

    ALTER TABLE comments ADD COLUMN hidden_at ${t.bigint};
    ALTER TABLE comments ADD COLUMN hidden_reason TEXT NOT NULL DEFAULT '';
    ALTER TABLE series ADD COLUMN hidden_at ${t.bigint};
    ALTER TABLE series ADD COLUMN hidden_reason TEXT NOT NULL DEFAULT '';
    ALTER TABLE collections ADD COLUMN hidden_at ${t.bigint};
    ALTER TABLE collections ADD COLUMN hidden_reason TEXT NOT NULL DEFAULT '';

    ALTER TABLE users ADD COLUMN suspended_until ${t.bigint};
    ALTER TABLE users ADD COLUMN banned_at ${t.bigint};
    ALTER TABLE users ADD COLUMN sanction_reason TEXT NOT NULL DEFAULT '';
    ALTER TABLE users ADD COLUMN tos_version INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE users ADD COLUMN tos_accepted_at ${t.bigint};
    ALTER TABLE users ADD COLUMN trusted ${t.bool} NOT NULL DEFAULT FALSE;
    ALTER TABLE users ADD COLUMN invitations_left INTEGER NOT NULL DEFAULT 0;

    CREATE TABLE audit_log (
      id ${t.id},
      created_at ${t.bigint} NOT NULL,
      actor_id ${t.bigint},
      actor_login TEXT NOT NULL,
      action TEXT NOT NULL,
      target_kind TEXT NOT NULL,
      target_id ${t.bigint},
      target_label TEXT NOT NULL DEFAULT '',
      target_user_id ${t.bigint},
      reason TEXT NOT NULL DEFAULT '',
      before_json TEXT NOT NULL DEFAULT '',
      after_json TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX audit_log_actor ON audit_log (actor_id, id);
    CREATE INDEX audit_log_target ON audit_log (target_kind, target_id, id);
    CREATE INDEX audit_log_target_user ON audit_log (target_user_id, id);
    ${appendOnly(dialect)}

    CREATE TABLE abuse_reports (
      id ${t.id},
      created_at ${t.bigint} NOT NULL,
      url TEXT NOT NULL,
      target_kind TEXT NOT NULL,
      target_id ${t.bigint},
      target_user_id ${t.bigint},
      reason TEXT NOT NULL,
      body TEXT NOT NULL,
      reporter_id ${t.bigint} REFERENCES users(id) ON DELETE SET NULL,
      reporter_name TEXT NOT NULL DEFAULT '',
      reporter_email TEXT NOT NULL DEFAULT '',
      ip_hash TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'dismissed', 'resolved')),
      closed_at ${t.bigint},
      closed_by ${t.bigint} REFERENCES users(id) ON DELETE SET NULL,
      note TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX abuse_reports_status ON abuse_reports (status, id);
    CREATE INDEX abuse_reports_target ON abuse_reports (target_kind, target_id);
    CREATE INDEX abuse_reports_target_user ON abuse_reports (target_user_id);

    CREATE TABLE invite_requests (
      id ${t.id},
      email TEXT NOT NULL,
      email_key TEXT NOT NULL UNIQUE,
      created_at ${t.bigint} NOT NULL,
      invited_at ${t.bigint}
    );
    CREATE TABLE invitations (
      id ${t.id},
      token_hash TEXT NOT NULL UNIQUE,
      email TEXT NOT NULL DEFAULT '',
      created_by ${t.bigint} REFERENCES users(id) ON DELETE SET NULL,
      created_at ${t.bigint} NOT NULL,
      used_at ${t.bigint},
      used_by ${t.bigint} REFERENCES users(id) ON DELETE SET NULL
    );
    CREATE INDEX invitations_creator ON invitations (created_by);
  `,
};
export default migration;
