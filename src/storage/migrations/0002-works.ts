/** Works, chapters, creators, tags and taggings, series, kudos and hits, autosaves, kept posts, preferences. */
import type { Migration } from '../migrate.ts';

const migration: Migration = {
  version: 2,
  name: 'works',
  up: (t) => `
    CREATE TABLE works (
      id ${t.id},
      title TEXT NOT NULL,
      summary_html TEXT NOT NULL DEFAULT '',
      notes_html TEXT NOT NULL DEFAULT '',
      end_notes_html TEXT NOT NULL DEFAULT '',
      beta_credits TEXT NOT NULL DEFAULT '',
      language TEXT NOT NULL DEFAULT 'en',
      expected_chapters INTEGER,
      visibility TEXT NOT NULL CHECK (visibility IN ('draft', 'public', 'registered')),
      published_at ${t.bigint},
      updated_at ${t.bigint},
      created_at ${t.bigint} NOT NULL,
      revised_at ${t.bigint} NOT NULL,
      word_count INTEGER NOT NULL DEFAULT 0,
      chapter_count INTEGER NOT NULL DEFAULT 0,
      hits INTEGER NOT NULL DEFAULT 0,
      kudos_count INTEGER NOT NULL DEFAULT 0,
      comments_count INTEGER NOT NULL DEFAULT 0,
      bookmarks_count INTEGER NOT NULL DEFAULT 0,
      sanitizer_version INTEGER NOT NULL,
      deleted_at ${t.bigint}
    );
    CREATE INDEX works_updated ON works (updated_at);
    CREATE TABLE work_creators (
      work_id ${t.bigint} NOT NULL REFERENCES works(id) ON DELETE CASCADE,
      user_id ${t.bigint} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('owner', 'accepted', 'invited')),
      PRIMARY KEY (work_id, user_id)
    );
    CREATE INDEX work_creators_user ON work_creators (user_id, work_id);
    CREATE TABLE work_betas (
      work_id ${t.bigint} NOT NULL REFERENCES works(id) ON DELETE CASCADE,
      user_id ${t.bigint} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      PRIMARY KEY (work_id, user_id)
    );
    CREATE TABLE chapters (
      id ${t.id},
      work_id ${t.bigint} NOT NULL REFERENCES works(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      title TEXT NOT NULL DEFAULT '',
      summary_html TEXT NOT NULL DEFAULT '',
      notes_html TEXT NOT NULL DEFAULT '',
      end_notes_html TEXT NOT NULL DEFAULT '',
      body_source TEXT NOT NULL,
      body_format TEXT NOT NULL CHECK (body_format IN ('html', 'markdown', 'text')),
      body_html TEXT NOT NULL,
      word_count INTEGER NOT NULL DEFAULT 0,
      status TEXT NOT NULL CHECK (status IN ('draft', 'scheduled', 'posted')),
      publish_at ${t.bigint},
      posted_at ${t.bigint},
      silent ${t.bool} NOT NULL,
      created_at ${t.bigint} NOT NULL,
      revised_at ${t.bigint} NOT NULL,
      sanitizer_version INTEGER NOT NULL
    );
    CREATE INDEX chapters_work ON chapters (work_id, position);
    CREATE INDEX chapters_scheduled ON chapters (status, publish_at);
    CREATE TABLE tags (
      id ${t.id},
      kind TEXT NOT NULL CHECK (kind IN ('rating', 'warning', 'category', 'fandom', 'relationship', 'character', 'freeform')),
      name TEXT NOT NULL,
      name_key TEXT NOT NULL,
      canonical ${t.bool} NOT NULL,
      disclaimer_html TEXT NOT NULL DEFAULT '',
      created_at ${t.bigint} NOT NULL,
      UNIQUE (kind, name_key)
    );
    CREATE TABLE taggings (
      work_id ${t.bigint} NOT NULL REFERENCES works(id) ON DELETE CASCADE,
      tag_id ${t.bigint} NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      PRIMARY KEY (work_id, tag_id)
    );
    CREATE INDEX taggings_tag ON taggings (tag_id, work_id);
    CREATE TABLE series (
      id ${t.id},
      title TEXT NOT NULL,
      summary_html TEXT NOT NULL DEFAULT '',
      notes_html TEXT NOT NULL DEFAULT '',
      complete ${t.bool} NOT NULL,
      created_by ${t.bigint} REFERENCES users(id) ON DELETE SET NULL,
      created_at ${t.bigint} NOT NULL,
      updated_at ${t.bigint} NOT NULL
    );
    CREATE TABLE series_works (
      series_id ${t.bigint} NOT NULL REFERENCES series(id) ON DELETE CASCADE,
      work_id ${t.bigint} NOT NULL REFERENCES works(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      PRIMARY KEY (series_id, work_id)
    );
    CREATE INDEX series_works_work ON series_works (work_id);
    CREATE TABLE kudos (
      id ${t.id},
      work_id ${t.bigint} NOT NULL REFERENCES works(id) ON DELETE CASCADE,
      user_id ${t.bigint} REFERENCES users(id) ON DELETE CASCADE,
      guest_key TEXT,
      created_at ${t.bigint} NOT NULL,
      UNIQUE (work_id, user_id),
      UNIQUE (work_id, guest_key)
    );
    CREATE TABLE work_visits (
      work_id ${t.bigint} NOT NULL REFERENCES works(id) ON DELETE CASCADE,
      visitor_key TEXT NOT NULL,
      day INTEGER NOT NULL,
      PRIMARY KEY (work_id, visitor_key, day)
    );
    CREATE INDEX work_visits_day ON work_visits (day);
    CREATE TABLE autosaves (
      user_id ${t.bigint} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      form_key TEXT NOT NULL,
      payload TEXT NOT NULL,
      saved_at ${t.bigint} NOT NULL,
      PRIMARY KEY (user_id, form_key)
    );
    CREATE TABLE kept_posts (
      id TEXT PRIMARY KEY,
      browser_key TEXT NOT NULL,
      method TEXT NOT NULL,
      url TEXT NOT NULL,
      payload TEXT NOT NULL,
      created_at ${t.bigint} NOT NULL
    );
    CREATE INDEX kept_posts_browser ON kept_posts (browser_key);
    CREATE TABLE preferences (
      user_id ${t.bigint} PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
      data TEXT NOT NULL,
      updated_at ${t.bigint} NOT NULL
    );
    CREATE TABLE contact_messages (
      id ${t.id},
      from_user_id ${t.bigint} REFERENCES users(id) ON DELETE SET NULL,
      to_user_id ${t.bigint} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      work_id ${t.bigint} REFERENCES works(id) ON DELETE SET NULL,
      subject TEXT NOT NULL,
      body TEXT NOT NULL,
      created_at ${t.bigint} NOT NULL
    );
  `,
};
export default migration;
