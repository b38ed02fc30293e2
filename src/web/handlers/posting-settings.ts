/** GET, POST /settings/posting: the author's time zone. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, formField, redirectWithFlash } from '../respond.ts';
import { postingSettingsPage } from '../views/posting-settings.ts';
import { chooseTimeZone } from '../../actions/posting-prefs.ts';
import { postingPrefs } from '../../storage/posting-prefs.ts';
import { t } from '../../i18n/translate.ts';

/** The form, showing the zone chosen (or none). */
export async function showPostingSettings(request: FastifyRequest, reply: FastifyReply) {
  const prefs = await postingPrefs(request.server.quire.db, request.viewer!.id);
  return render(request, reply, (ctx) => postingSettingsPage(ctx, prefs.timeZone));
}

/** Saves the zone; an unknown one is not kept (UTC), and the flash says so. */
export async function savePostingSettings(request: FastifyRequest, reply: FastifyReply) {
  const { zone, notice } = await chooseTimeZone(request.server.quire.ctx, request.viewer, formField(request, 'user[time_zone]'));
  return redirectWithFlash(reply, '/settings/posting', notice ?? (zone ? t('posting.flash.zone_set', { zone }) : t('posting.flash.zone_cleared')));
}
