/**
 * Sessions keep the keyed hash of the address they were started from (the same hash comments and reports keep,
 * services/visitor-keys.ts), so staff can find the accounts recently logged in from an address without the archive
 * storing addresses. A session's row goes when it ends, so this is "recent sessions" by construction.
 */
import type { Migration } from '../migrate.ts';

const migration: Migration = {
  version: 18,
  name: 'session-addresses',
  up: () => `
    ALTER TABLE sessions ADD COLUMN ip_hash TEXT NOT NULL DEFAULT '';
    CREATE INDEX sessions_ip_hash ON sessions (ip_hash);
  `,
};
export default migration;
