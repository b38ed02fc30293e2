/**
 * The Subscribe / Unsubscribe form (AO3's `subscription[subscribable_*]` fields), a plain POST that works without
 * JavaScript. The control is AO3's `<input type="submit" name="commit" value="Unsubscribe">`: tools read that value
 * to learn whether the reader follows the work. Unsubscribing posts, as on AO3, to
 * `/users/{login}/subscriptions/{subscription id}` with `_method=delete` (ao3_api reads the id from that action).
 */
import { html, type Html } from './html.ts';
import { csrfField } from './form.ts';
import { subscribableType, type SubscriptionKind } from '../../domain/subscriptions.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';

/** What the button needs: the target and whether the viewer follows it ('none' for guests and one's own things). */
export interface SubscribeButton {
  kind: SubscriptionKind;
  targetId: number;
  state: 'none' | 'subscribed' | 'not-subscribed';
  /** The viewer's subscription, when subscribed; without it the form posts to the older `…/subscriptions/delete`. */
  subscriptionId?: number;
}

/** The form, or '' when there is nothing to offer. */
export function subscribeForm(ctx: PageContext, b: SubscribeButton, label = ''): Html | '' {
  if (!ctx.viewer || b.state === 'none') return '';
  const subscribed = b.state === 'subscribed';
  const named = subscribed && b.subscriptionId !== undefined;
  const action = `/users/${ctx.viewer.login}/subscriptions${named ? `/${b.subscriptionId}` : subscribed ? '/delete' : ''}`;
  return html`<form method="post" action="${action}" class="inline subscription">${named ? html`<input type="hidden" name="_method" value="delete">` : ''}${csrfField(ctx.csrfToken)}
<input type="hidden" name="subscription[subscribable_id]" value="${b.targetId}"><input type="hidden" name="subscription[subscribable_type]" value="${subscribableType(b.kind)}">
<input type="hidden" name="return_to" value="${ctx.path}">
<input type="submit" name="commit" value="${subscribed ? t('reader.subscribe.off') : t('reader.subscribe.on')}"${label ? html` aria-label="${t(subscribed ? 'reader.subscribe.off_label' : 'reader.subscribe.on_label', { name: label })}"` : ''}></form>`;
}

/** The button as an item of a work's navigation (`li.subscribe`, as AO3). */
export function subscribeItem(ctx: PageContext, b: SubscribeButton | undefined): Html | '' {
  const form = b ? subscribeForm(ctx, b) : '';
  return form ? html`<li class="subscribe">${form}</li>` : '';
}
