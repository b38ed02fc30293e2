/** GET /users/:login and /users/:login/works */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, queryParam, queryString } from '../respond.ts';
import { REPLIED, replied, type Replied } from '../replied.ts';
import { userPage, userWorksPage } from '../views/user-show.ts';
import { userByLogin } from '../../storage/users.ts';
import { authorWorks } from '../../actions/author-works.ts';
import { filterWorks } from '../../actions/filter-works.ts';
import { parseWorkFilter } from '../../domain/work-filter.ts';
import { NotFound } from '../../domain/errors.ts';
import type { Account } from '../../domain/account.ts';
import { subscriptionButtonState } from '../../actions/subscribe.ts';
import { t } from '../../i18n/translate.ts';

type UserRequest = FastifyRequest<{ Params: { login: string } }>;

/** The account named in the URL; a login in another case redirects to the canonical spelling. */
async function named(request: UserRequest, reply: FastifyReply, suffix: string): Promise<Account | Replied> {
  const user = await userByLogin(request.server.quire.db, request.params.login);
  if (!user) throw new NotFound(t('member.no_account', { name: request.params.login }));
  if (user.login !== request.params.login) {
    const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
    return replied(reply.code(301).redirect(`/users/${user.login}${suffix}${query}`));
  }
  return user;
}

/** A person's public page with their works. */
export async function showUser(request: UserRequest, reply: FastifyReply) {
  const user = await named(request, reply, '');
  if (user === REPLIED) return user;
  const works = await authorWorks(request.server.quire.ctx, request.viewer, user, queryParam(request, 'page'));
  const subscribe = { kind: 'user' as const, targetId: user.id, ...await subscriptionButtonState(request.server.quire.ctx, request.viewer, 'user', user.id, request.viewer?.id === user.id) };
  return render(request, reply, (ctx) => userPage(ctx, user, works, subscribe));
}

/** A person's works (`drafts`: their drafts, which only they may open). */
export function showUserWorks(drafts = false) {
  return async (request: UserRequest, reply: FastifyReply) => {
    const user = await named(request, reply, drafts ? '/works/drafts' : '/works');
    if (user === REPLIED) return user;
    const query = queryString(request);
    const works = await filterWorks(request.server.quire.ctx, request.viewer, parseWorkFilter(new URLSearchParams(query)), { creatorId: user.id, draftsOnly: drafts });
    return render(request, reply, (ctx) => userWorksPage(ctx, user, works, drafts));
  };
}
