/** A member accepts the Terms of Service in force, and may take part again. */
import { setTermsAccepted } from '../storage/users.ts';
import { Forbidden, Invalid } from '../domain/errors.ts';
import type { Viewer } from '../domain/permissions.ts';
import { policyTexts } from './policy-texts.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** Records acceptance of `version`, the one the member read; throws Invalid when the terms changed meanwhile. */
export async function acceptTerms(ctx: Context, viewer: Viewer, version: number): Promise<number> {
  if (!viewer) throw new Forbidden(t('errors.log_in_first'));
  const { tosVersion } = await policyTexts(ctx.db);
  if (tosVersion === 0) throw new Invalid({ version: t('errors.terms.none') });
  if (version !== tosVersion) throw new Invalid({ version: t('errors.terms.changed') });
  await setTermsAccepted(ctx.db, viewer.id, tosVersion, ctx.now());
  return tosVersion;
}
