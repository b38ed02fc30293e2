/**
 * GET /users/:login/subscriptions; POST /users/:login/subscriptions (subscribe), …/subscriptions/:id with
 * `_method=delete` (AO3's unsubscribe) and …/subscriptions/delete with the target's type and id (unsubscribe).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { formField, queryParam, redirectWithFlash, render, safeReturnPath } from '../respond.ts';
import { subscribe, unsubscribe, unsubscribeById } from '../../actions/subscribe.ts';
import { listSubscriptions } from '../../actions/list-subscriptions.ts';
import { subscriptionKind, type SubscriptionKind } from '../../domain/subscriptions.ts';
import { Forbidden, NotFound } from '../../domain/errors.ts';
import { subscriptionsPage } from '../views/subscriptions.ts';
import { t } from '../../i18n/translate.ts';

type UserRequest = FastifyRequest<{ Params: { login: string } }>;

/** The form's target; only the account holder posts to their own list. */
function target(request: UserRequest): { kind: SubscriptionKind; id: number } {
  if (request.viewer?.login.toLowerCase() !== request.params.login.toLowerCase()) throw new Forbidden(t('reader.flash.own_subscriptions'));
  const kind = subscriptionKind(formField(request, 'subscription[subscribable_type]'));
  const raw = formField(request, 'subscription[subscribable_id]');
  if (!kind || !/^\d{1,15}$/.test(raw)) throw new NotFound(t('reader.flash.nothing_to_subscribe'));
  return { kind, id: Number(raw) };
}

/** Where to go afterwards: the page the button was on, else the target. */
const back = (request: UserRequest, fallback: string) => {
  const to = formField(request, 'return_to');
  return to ? safeReturnPath(to) : fallback;
};

/** Subscribes and returns to the page. */
export async function createSubscription(request: UserRequest, reply: FastifyReply) {
  const { kind, id } = target(request);
  const subscribed = await subscribe(request.server.quire.ctx, request.viewer, kind, id);
  return redirectWithFlash(reply, back(request, subscribed.path), t('reader.flash.subscribed', { name: subscribed.name }));
}

/** Unsubscribes and returns to the page. */
export async function destroySubscription(request: UserRequest, reply: FastifyReply) {
  const { kind, id } = target(request);
  const { removed } = await unsubscribe(request.server.quire.ctx, request.viewer, kind, id);
  return redirectWithFlash(reply, back(request, `/users/${request.viewer!.login}/subscriptions`), removed ? t('reader.flash.unsubscribed') : t('reader.flash.not_subscribed'));
}

/** AO3's unsubscribe form: POST /users/:login/subscriptions/:id with `_method=delete`; returns to the page. */
export async function destroySubscriptionById(request: FastifyRequest<{ Params: { login: string; id: string } }>, reply: FastifyReply) {
  // AO3's route is DELETE; a POST here without the override is no request AO3 would answer either.
  if (formField(request, '_method').toLowerCase() !== 'delete') throw new NotFound(t('reader.flash.nothing_to_subscribe'));
  const id = /^\d{1,15}$/.test(request.params.id) ? Number(request.params.id) : 0;
  await unsubscribeById(request.server.quire.ctx, request.viewer, request.params.login, id);
  return redirectWithFlash(reply, back(request, `/users/${request.viewer!.login}/subscriptions`), t('reader.flash.unsubscribed'));
}

/** The reader's own subscriptions. */
export async function showSubscriptions(request: UserRequest, reply: FastifyReply) {
  const list = await listSubscriptions(request.server.quire.ctx, request.viewer, request.params.login, { page: queryParam(request, 'page'), type: queryParam(request, 'type') });
  return render(request, reply, (ctx) => subscriptionsPage(ctx, list));
}
