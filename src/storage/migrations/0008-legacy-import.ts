/** Legacy archive imports: old ids → new ids (for idempotent re-runs and old-URL redirects) and old MD5 passwords. */
import type { Migration } from '../migrate.ts';

const migration: Migration = {
  version: 8,
  name: 'legacy-import',
  up: (t) => `
    CREATE TABLE legacy_ids (
      kind TEXT NOT NULL,
      old_id TEXT NOT NULL,
      new_id ${t.bigint} NOT NULL,
      PRIMARY KEY (kind, old_id)
    );
    ALTER TABLE users ADD COLUMN legacy_md5 TEXT;
  `,
};
export default migration;
