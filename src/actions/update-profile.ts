/** A person edits the public parts of their account: display name, bio, website. */
import { withoutBidiControls } from '../domain/line-text.ts';
import { updateProfile as storeProfile, userById } from '../storage/users.ts';
import { canEditAccount, type Viewer } from '../domain/permissions.ts';
import { normalizeWebsite, type Account } from '../domain/account.ts';
import { assertValid, Forbidden, type FieldErrors } from '../domain/errors.ts';
import { sanitizeProfileHtml } from '../domain/sanitize.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** What the profile form sends. */
export interface ProfileInput {
  displayName: string;
  bio: string;
  website: string;
}

/** Saves the profile of `accountId`; throws `Forbidden` or `Invalid`. */
export async function updateProfile(ctx: Context, viewer: Viewer, accountId: number, input: ProfileInput): Promise<Account> {
  if (!canEditAccount(viewer, accountId)) throw new Forbidden();
  const errors: FieldErrors = {};
  const displayName = withoutBidiControls(input.displayName).trim();
  if (displayName.length > 60) errors.display_name = t('errors.at_most', { max: 60 });
  if (input.bio.length > 5000) errors.bio = t('errors.profile.bio_long', { max: 5000, length: input.bio.length });
  const website = normalizeWebsite(input.website);
  if (website === undefined) errors.website = t('errors.profile.website');
  assertValid(errors);
  await storeProfile(ctx.db, accountId, { displayName, bioHtml: sanitizeProfileHtml(input.bio), website: website ?? '' });
  return (await userById(ctx.db, accountId))!;
}
