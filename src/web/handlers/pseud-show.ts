/** GET /users/:login/pseuds, /users/:login/pseuds/:pseud and /users/:login/pseuds/:pseud/works. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, queryString } from '../respond.ts';
import { pseudListPage, pseudShowPage, pseudWorksPage } from '../views/pseuds.ts';
import { accountPseuds, pseudPage, pseudWorks } from '../../actions/pseuds.ts';
import { parseWorkFilter } from '../../domain/work-filter.ts';

type PseudRequest = FastifyRequest<{ Params: { login: string; pseud: string } }>;

const filterOf = (request: FastifyRequest) => parseWorkFilter(new URLSearchParams(queryString(request)));

/** Every pseud of an account. */
export async function showPseuds(request: FastifyRequest<{ Params: { login: string } }>, reply: FastifyReply) {
  const found = await accountPseuds(request.server.quire.ctx, request.params.login);
  return render(request, reply, (ctx) => pseudListPage(ctx, found));
}

/** One pseud's page with its newest works (no filter panel, so no facets). */
export async function showPseud(request: PseudRequest, reply: FastifyReply) {
  const ctx = request.server.quire.ctx;
  const page = await pseudPage(ctx, request.params.login, request.params.pseud);
  const works = await pseudWorks(ctx, request.viewer, page, filterOf(request), false);
  return render(request, reply, (c) => pseudShowPage(c, page, works));
}

/** A pseud's works with the filter panel. */
export async function showPseudWorks(request: PseudRequest, reply: FastifyReply) {
  const ctx = request.server.quire.ctx;
  const page = await pseudPage(ctx, request.params.login, request.params.pseud);
  const works = await pseudWorks(ctx, request.viewer, page, filterOf(request));
  return render(request, reply, (c) => pseudWorksPage(c, page, works));
}
