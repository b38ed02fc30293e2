/** Reading the archive's governance settings, and the participation check every writing action makes. */
import type { Account } from '../domain/account.ts';
import type { Viewer } from '../domain/permissions.ts';
import { participationBlock, ParticipationRefused } from '../domain/participation.ts';
import { policyFrom, POLICY_KEYS, type SitePolicy } from '../domain/site-policy.ts';
import { Forbidden } from '../domain/errors.ts';
import { getSettings } from '../storage/settings.ts';
import type { Queryable } from '../storage/db.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** The policy in force. */
export async function sitePolicy(db: Queryable): Promise<SitePolicy> {
  return policyFrom(await getSettings(db, POLICY_KEYS));
}

/**
 * Throws unless the viewer is an account that may take part now (post, edit, comment, kudos, bookmark, message).
 * Guests are refused here too; actions that allow guests check `mayParticipate` only for accounts.
 */
export async function assertMayParticipate(ctx: Pick<Context, 'db' | 'now'>, viewer: Viewer): Promise<Account> {
  if (!viewer) throw new Forbidden(t('errors.log_in_first'));
  const block = participationBlock(viewer, await sitePolicy(ctx.db), ctx.now());
  if (block) throw new ParticipationRefused(block);
  return viewer;
}
