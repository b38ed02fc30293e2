/**
 * A draft's `visibility` is 'draft', so the author's choice of readers (everyone or logged-in only) needs its
 * own column until the draft is posted; without it, posting a registered-only draft would make it public.
 */
import type { Migration } from '../migrate.ts';

const migration: Migration = {
  version: 4,
  name: 'draft-visibility',
  up: () => `
    ALTER TABLE works ADD COLUMN draft_visibility TEXT NOT NULL DEFAULT 'public' CHECK (draft_visibility IN ('public', 'registered'));
  `,
};
export default migration;
