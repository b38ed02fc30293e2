/** GET, POST /settings/profile */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, formField, redirectWithFlash } from '../respond.ts';
import { profileSettingsPage } from '../views/settings.ts';
import { emptyForm } from '../views/form.ts';
import { updateProfile } from '../../actions/update-profile.ts';
import { Invalid } from '../../domain/errors.ts';
import { t } from '../../i18n/translate.ts';

/** The profile form, filled with the current profile. */
export function showProfileSettings(request: FastifyRequest, reply: FastifyReply) {
  const v = request.viewer!;
  return render(request, reply, (ctx) => profileSettingsPage(ctx, emptyForm({ display_name: v.displayName, bio: v.bioHtml, website: v.website })));
}

/** Saves the profile. */
export async function saveProfile(request: FastifyRequest, reply: FastifyReply) {
  const values = { display_name: formField(request, 'profile[display_name]'), bio: formField(request, 'profile[bio]'), website: formField(request, 'profile[website]') };
  try {
    const account = await updateProfile(request.server.quire.ctx, request.viewer, request.viewer!.id, { displayName: values.display_name, bio: values.bio, website: values.website });
    return redirectWithFlash(reply, `/users/${account.login}`, t('account.flash.profile_saved'));
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return render(request, reply, (ctx) => profileSettingsPage(ctx, { values, errors: error.fields }), 422);
  }
}
