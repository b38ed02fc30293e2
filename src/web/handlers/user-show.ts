/** GET /users/:login */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render } from '../respond.ts';
import { userPage } from '../views/user-show.ts';
import { userByLogin } from '../../storage/users.ts';
import { NotFound } from '../../domain/errors.ts';

/** A person's public page. */
export async function showUser(request: FastifyRequest<{ Params: { login: string } }>, reply: FastifyReply) {
  const user = await userByLogin(request.server.quire.db, request.params.login);
  if (!user) throw new NotFound(`There is no account named ${request.params.login}.`);
  if (user.login !== request.params.login) return reply.code(301).redirect(`/users/${user.login}`);
  return render(request, reply, (ctx) => userPage(ctx, user));
}
