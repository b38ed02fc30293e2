/** POST /reader-settings: the work-page reading controls, with or without JavaScript. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { formField, redirectWithFlash, safeReturnPath } from '../respond.ts';
import { readerFormChanges } from '../forms/reader-form.ts';
import { saveVisitorPreferences } from '../middleware/reader-preferences.ts';
import { t } from '../../i18n/translate.ts';

/**
 * Saves the choices (the account for logged-in readers, a cookie for guests). A form post goes back to the
 * page it came from; reader.js asks for JSON and gets the saved preferences.
 */
export async function saveReaderSettings(request: FastifyRequest, reply: FastifyReply) {
  const changes = readerFormChanges(request);
  // Consent to adult content is only given on the settings page, never from a work page's controls.
  delete changes.adult_consent;
  const saved = await saveVisitorPreferences(request, reply, changes);
  if (String(request.headers.accept ?? '').includes('application/json')) {
    const { adultConsent: _, ...display } = saved;
    return reply.header('cache-control', 'no-store').send(display);
  }
  return redirectWithFlash(reply, safeReturnPath(formField(request, 'return_to')), t('reader.flash.settings_saved'));
}
