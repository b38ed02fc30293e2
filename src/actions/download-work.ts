/** Preparing a work for download: the same access rules as reading (no adult interstitial), then a snapshot. */
import { readWork, type WorkPage } from './read-work.ts';
import { getSettings } from '../storage/settings.ts';
import { DEFAULT_SITE_NAME } from '../domain/site.ts';
import { NotFound } from '../domain/errors.ts';
import { workSnapshot, type WorkSnapshot } from '../export/snapshot.ts';
import type { Viewer } from '../domain/permissions.ts';
import type { Context } from './context.ts';
import { downloadLabels } from './download-labels.ts';
import { t } from '../i18n/translate.ts';

/** What a download is made from. */
export interface Download {
  page: WorkPage;
  snapshot: WorkSnapshot;
}

/**
 * Loads a work the viewer may read, as its downloads show it. Throws like readWork (NotFound for drafts of
 * others, LoginRequired for registered-only works and guests, Gone for deleted works), and NotFound when no
 * chapter is visible yet. A download link is an explicit choice, so adult works have no interstitial here.
 */
export async function downloadWork(ctx: Context, viewer: Viewer, workId: number): Promise<Download> {
  const page = await readWork(ctx, viewer, workId);
  if (page.chapters.length === 0) throw new NotFound(t('errors.work.no_chapters'));
  const settings = await getSettings(ctx.db, ['site_name', 'disclaimer_html']);
  const snapshot = workSnapshot(page, {
    name: settings.get('site_name') ?? DEFAULT_SITE_NAME,
    baseUrl: ctx.baseUrl,
    disclaimerHtml: settings.get('disclaimer_html') ?? '',
  }, downloadLabels());
  return { page, snapshot };
}
