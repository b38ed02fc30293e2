/**
 * Works waiting to be re-indexed because wrangling changed what one of their tags means (a synonym, parent or merge
 * touching a tag with many works): queued in the wrangling transaction, so the change is never lost, and taken off
 * by the catch-up job (jobs/search-catch-up.ts) in the transaction that re-indexes the work. A work can be queued
 * more than once; ids never repeat, so a row is deleted only by whoever saw it. No foreign key: a queue of a large
 * fandom's works is written in one INSERT, and a row for a work since deleted just re-indexes it out of the index.
 */
import type { Migration } from '../migrate.ts';

const migration: Migration = {
  version: 15,
  name: 'search-reindex-queue',
  up: (t) => `
    CREATE TABLE search_reindex_queue (
      id ${t.id},
      work_id ${t.bigint} NOT NULL
    );
    CREATE INDEX search_reindex_queue_work ON search_reindex_queue (work_id);
  `,
};
export default migration;
