/** GET /admin (the staff's dashboard) and POST /admin/test-email. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, redirectWithFlash } from '../respond.ts';
import { adminDashboardPage } from '../views/admin-dashboard.ts';
import { dashboard } from '../../actions/admin-dashboard.ts';
import { sendTestEmail } from '../../actions/send-test-email.ts';
import { t } from '../../i18n/translate.ts';

/** The dashboard: queues for moderators, and the archive's numbers and tools for admins. */
export async function showDashboard(request: FastifyRequest, reply: FastifyReply) {
  const app = request.server.quire;
  const d = await dashboard(app.ctx, request.viewer);
  return render(request, reply, (ctx) => adminDashboardPage(ctx, d, Boolean(app.config.smtpUrl)));
}

/** Mails the admin and says what happened: sent, kept in the outbox (no SMTP), or the SMTP server's error. */
export async function sendTestEmailNow(request: FastifyRequest, reply: FastifyReply) {
  const { to, outcome } = await sendTestEmail(request.server.quire.ctx, request.viewer);
  const message = outcome.status === 'sent' ? t('admin.flash.test_sent', { to })
    : outcome.status === 'kept' ? t('admin.flash.test_kept', { to })
    : t('admin.flash.test_failed', { to, error: outcome.error.slice(0, 200) });
  return redirectWithFlash(reply, '/admin', message);
}
