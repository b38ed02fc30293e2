/**
 * Sending invitations: admins invite the oldest requests of the queue in a batch, or one address; members send
 * one of their own invitations (invitation-only archives). Each invitation is a one-time link to /signup/<token>,
 * mailed after the transaction commits; only the token's hash is stored. Admins' sending is audited.
 */
import { emailProblem } from '../domain/account.ts';
import { canAdministerSite, type Viewer } from '../domain/permissions.ts';
import { Forbidden, Invalid } from '../domain/errors.ts';
import { MAX_INVITATION_BATCH } from '../domain/signup-rules.ts';
import { DEFAULT_SITE_NAME } from '../domain/site.ts';
import type { Account } from '../domain/account.ts';
import type { Queryable } from '../storage/db.ts';
import { insertInvitation } from '../storage/invitations.ts';
import { markInviteRequestInvited, waitingInviteRequests } from '../storage/invite-requests.ts';
import { spendInvitation, userByEmail } from '../storage/users.ts';
import { getSetting } from '../storage/settings.ts';
import { newToken } from './secret-token.ts';
import { assertMayParticipate, sitePolicy } from './site-policy.ts';
import { audit } from './audit.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';
import { composeIn, siteLocale } from './mail-locale.ts';

interface Sent { email: string; token: string }

async function createInvitation(ctx: Context, tx: Queryable, email: string, sender: Account): Promise<Sent> {
  const { token, hash } = newToken();
  await insertInvitation(tx, { tokenHash: hash, email, createdBy: sender.id, now: ctx.now() });
  return { email, token };
}

/** Mails each invitation; a failure is logged and the rest still go. */
async function mailInvitations(ctx: Context, sent: readonly Sent[], from?: string): Promise<void> {
  if (sent.length === 0) return;
  const site = (await getSetting(ctx.db, 'site_name')) ?? DEFAULT_SITE_NAME;
  // Nobody here has an account yet: the archive's default language.
  const locale = await siteLocale(ctx.db);
  for (const s of sent) {
    try {
      await ctx.mailer.send({ to: s.email, ...composeIn(locale, () => ({
        subject: t('mail.invitation.subject', { site }),
        text: t(from ? 'mail.invitation.body.from' : 'mail.invitation.body', { from: from ?? '', site, url: `${ctx.baseUrl}/signup/${s.token}` }),
      })) });
    } catch (err) {
      (ctx.log ?? { error: (o: object, m: string) => console.error(m, o) }).error({ err }, 'invitation mail failed');
    }
  }
}

/** Admins: invites the `count` oldest requests in the queue; returns how many were sent (addresses now registered are skipped). */
export async function inviteFromQueue(ctx: Context, viewer: Viewer, count: number): Promise<number> {
  if (!canAdministerSite(viewer)) throw new Forbidden();
  if (!Number.isInteger(count) || count < 1 || count > MAX_INVITATION_BATCH) throw new Invalid({ count: t('errors.invitations.count', { max: MAX_INVITATION_BATCH }) });
  const sent = await ctx.db.transaction(async (tx) => {
    const out: Sent[] = [];
    const invited: number[] = [];
    for (const request of await waitingInviteRequests(tx, count)) {
      if (!(await markInviteRequestInvited(tx, request.id, ctx.now()))) continue;
      invited.push(request.id);
      if (!(await userByEmail(tx, request.email))) out.push(await createInvitation(ctx, tx, request.email, viewer!));
    }
    await audit(ctx, tx, viewer, { action: 'invitations.send_queue', targetKind: 'invitation', targetLabel: 'Invitation queue', before: { asked: count }, after: { requests: invited, sent: out.length } });
    return out;
  });
  await mailInvitations(ctx, sent);
  return sent.length;
}

/** Sends one invitation to `email`: admins freely (audited), members from their balance while the archive is invitation only. */
export async function sendInvitation(ctx: Context, viewer: Viewer, emailInput: string): Promise<void> {
  if (!viewer) throw new Forbidden(t('errors.log_in_first'));
  const admin = canAdministerSite(viewer);
  if (!admin) {
    await assertMayParticipate(ctx, viewer);
    if ((await sitePolicy(ctx.db)).signupMode !== 'invitation') throw new Forbidden(t('errors.invitations.closed'));
  }
  const email = emailInput.trim();
  const problem = emailProblem(email);
  if (problem) throw new Invalid({ email: problem });
  const sent = await ctx.db.transaction(async (tx) => {
    if (!admin && !(await spendInvitation(tx, viewer.id))) throw new Invalid({ email: t('errors.invitations.none_left') });
    const s = await createInvitation(ctx, tx, email, viewer);
    if (admin) await audit(ctx, tx, viewer, { action: 'invitations.send', targetKind: 'invitation', targetLabel: email, after: { email } });
    return s;
  });
  await mailInvitations(ctx, [sent], admin ? undefined : viewer.login);
}
