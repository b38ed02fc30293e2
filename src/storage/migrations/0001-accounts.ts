/** Site settings, accounts, sessions, one-time tokens, the mail outbox and rate-limit counters. */
import type { Migration } from '../migrate.ts';

const migration: Migration = {
  version: 1,
  name: 'accounts',
  up: (t) => `
    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    );
    CREATE TABLE users (
      id ${t.id},
      login TEXT NOT NULL,
      login_key TEXT NOT NULL UNIQUE,
      email TEXT NOT NULL,
      email_key TEXT NOT NULL UNIQUE,
      email_verified_at ${t.bigint},
      password_hash TEXT NOT NULL,
      display_name TEXT NOT NULL DEFAULT '',
      bio_html TEXT NOT NULL DEFAULT '',
      website TEXT NOT NULL DEFAULT '',
      role TEXT NOT NULL DEFAULT 'user' CHECK (role IN ('user', 'moderator', 'admin')),
      created_at ${t.bigint} NOT NULL
    );
    CREATE TABLE sessions (
      token_hash TEXT PRIMARY KEY,
      user_id ${t.bigint} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      remember ${t.bool} NOT NULL,
      created_at ${t.bigint} NOT NULL,
      expires_at ${t.bigint} NOT NULL
    );
    CREATE INDEX sessions_user ON sessions (user_id);
    CREATE TABLE tokens (
      token_hash TEXT PRIMARY KEY,
      user_id ${t.bigint} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      purpose TEXT NOT NULL,
      payload TEXT NOT NULL DEFAULT '',
      created_at ${t.bigint} NOT NULL,
      expires_at ${t.bigint} NOT NULL,
      used_at ${t.bigint}
    );
    CREATE INDEX tokens_user ON tokens (user_id, purpose);
    CREATE TABLE outbox (
      id ${t.id},
      to_address TEXT NOT NULL,
      subject TEXT NOT NULL,
      body TEXT NOT NULL,
      created_at ${t.bigint} NOT NULL,
      sent_at ${t.bigint}
    );
    CREATE TABLE rate_limits (
      key TEXT PRIMARY KEY,
      window_start ${t.bigint} NOT NULL,
      count INTEGER NOT NULL
    );
  `,
};
export default migration;
