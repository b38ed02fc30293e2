/** /admin/settings and /admin/users: admins rename the archive and assign roles. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, formField, queryParam, redirectWithFlash, pageContext } from '../respond.ts';
import { adminSettingsPage, adminUsersPage } from '../views/admin.ts';
import { emptyForm } from '../views/form.ts';
import { updateSiteSettings, changeRole } from '../../actions/administer.ts';
import { listUsers } from '../../storage/users.ts';
import { Invalid } from '../../domain/errors.ts';

/** The site settings form. */
export async function showSiteSettings(request: FastifyRequest, reply: FastifyReply) {
  const ctx = await pageContext(request, reply);
  return render(request, reply, (c) => adminSettingsPage(c, emptyForm({ site_name: ctx.siteName })));
}

/** Saves the site settings. */
export async function saveSiteSettings(request: FastifyRequest, reply: FastifyReply) {
  const values = { site_name: formField(request, 'site[name]') };
  try {
    await updateSiteSettings(request.server.quire.ctx, request.viewer, { siteName: values.site_name });
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return render(request, reply, (ctx) => adminSettingsPage(ctx, { values, errors: error.fields }), 422);
  }
  return redirectWithFlash(reply, '/admin/settings', 'Site settings saved.');
}

/** Accounts, searchable by username or email prefix. */
export async function showAccounts(request: FastifyRequest, reply: FastifyReply) {
  const q = queryParam(request, 'q');
  const users = await listUsers(request.server.quire.db, q);
  return render(request, reply, (ctx) => adminUsersPage(ctx, q, users));
}

/** Changes one account's role. */
export async function saveRole(request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) {
  const account = await changeRole(request.server.quire.ctx, request.viewer, Number(request.params.id), formField(request, 'role'));
  return redirectWithFlash(reply, `/admin/users?q=${encodeURIComponent(account.login)}`, `${account.login} is now ${account.role === 'user' ? 'a user' : `a ${account.role}`}.`);
}
