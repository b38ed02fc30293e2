/** GET, POST /settings/reading: a logged-in reader's reading settings, kept in the account. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, redirectWithFlash } from '../respond.ts';
import { readingSettingsPage } from '../views/reading-settings.ts';
import { readerFormChanges } from '../forms/reader-form.ts';
import { readingPreferences, saveReadingPreferences } from '../../actions/reading-preferences.ts';
import { historySetting } from '../../actions/readings.ts';
import { t } from '../../i18n/translate.ts';

/** The form, filled with the saved choices. */
export async function showReadingSettings(request: FastifyRequest, reply: FastifyReply) {
  const [prefs, history] = await Promise.all([readingPreferences(request.server.quire.ctx, request.viewer!.id), historySetting(request.server.quire.ctx, request.viewer!)]);
  return render(request, reply, (ctx) => readingSettingsPage(ctx, prefs, history));
}

/** Saves every choice, including whether adult works skip the warning. */
export async function saveReadingSettings(request: FastifyRequest, reply: FastifyReply) {
  await saveReadingPreferences(request.server.quire.ctx, request.viewer!.id, readerFormChanges(request));
  return redirectWithFlash(reply, '/settings/reading', t('account.flash.reading_saved'));
}
