/**
 * Personal API tokens (docs/api.md): a member names each one; only the SHA-256 of the token is kept, so a database
 * leak opens nothing. last_used_at is written at most once a minute per token (actions/api-tokens.ts). Revoking
 * deletes the row; tokens go with the account (ON DELETE CASCADE).
 */
import type { Migration } from '../migrate.ts';

const migration: Migration = {
  version: 29,
  name: 'api-tokens',
  up: (t) => `
    CREATE TABLE api_tokens (
      id ${t.id},
      user_id ${t.bigint} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      token_hash TEXT NOT NULL UNIQUE,
      created_at ${t.bigint} NOT NULL,
      last_used_at ${t.bigint}
    );
    CREATE INDEX api_tokens_user ON api_tokens (user_id, created_at);
  `,
};
export default migration;
