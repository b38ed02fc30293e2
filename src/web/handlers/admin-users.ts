/** GET /admin/users/:login: one account for staff (the search itself is /admin/users, admin-manage.ts). */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render } from '../respond.ts';
import { adminUserPage } from '../views/admin-user.ts';
import { accountForStaff } from '../../actions/account-for-staff.ts';

/** The page. */
export async function showAdminUser(request: FastifyRequest<{ Params: { login: string } }>, reply: FastifyReply) {
  const ctx = request.server.quire.ctx;
  const view = await accountForStaff(ctx, request.viewer, request.params.login);
  return render(request, reply, (pc) => adminUserPage(pc, view, ctx.now()));
}
