/** Subscriptions: a reader follows a work (new chapters), a series (new works and chapters) or a creator (new works). */
import type { Migration } from '../migrate.ts';

const migration: Migration = {
  version: 10,
  name: 'subscriptions',
  up: (t) => `
    CREATE TABLE subscriptions (
      id ${t.id},
      user_id ${t.bigint} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('work', 'series', 'user')),
      target_id ${t.bigint} NOT NULL,
      created_at ${t.bigint} NOT NULL,
      UNIQUE (user_id, kind, target_id)
    );
    CREATE INDEX subscriptions_target ON subscriptions (kind, target_id);
  `,
};
export default migration;
