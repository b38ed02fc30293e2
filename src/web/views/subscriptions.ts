/** /users/{login}/subscriptions: the reader's own subscriptions grouped by kind, each with an Unsubscribe button. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { pagination } from './pagination.ts';
import { subscribeForm } from './subscribe-button.ts';
import type { SubscriptionList } from '../../actions/list-subscriptions.ts';
import type { SubscriptionRow } from '../../storage/subscriptions.ts';
import type { SubscriptionKind } from '../../domain/subscriptions.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';

/** The kinds of subscription, each with its `?type=`; headings and the label of a vanished target are messages by kind. */
const GROUPS: Array<{ kind: SubscriptionKind; type: string }> = [{ kind: 'work', type: 'works' }, { kind: 'series', type: 'series' }, { kind: 'user', type: 'users' }];
const heading = (kind: SubscriptionKind): string => t(`reader.subscriptions.heading.${kind}`);
const goneLabel = (kind: SubscriptionKind): string => t(`reader.subscriptions.gone.${kind}`);

const pathOf = (r: SubscriptionRow): string => (r.kind === 'work' ? `/works/${r.targetId}` : r.kind === 'series' ? `/series/${r.targetId}` : `/users/${r.name}`);

function item(ctx: PageContext, r: SubscriptionRow): Html {
  const gone = goneLabel(r.kind);
  const label = r.name ?? gone;
  return html`<li>${r.name === null ? html`<span class="unavailable">${gone}</span>` : html`<a href="${pathOf(r)}">${r.name}</a>`}
${subscribeForm(ctx, { kind: r.kind, targetId: r.targetId, state: 'subscribed', subscriptionId: r.id }, label)}</li>`;
}

/** The page. */
export function subscriptionsPage(ctx: PageContext, s: SubscriptionList): Html {
  const base = `/users/${s.user.login}/subscriptions`;
  const current = GROUPS.find((g) => g.kind === s.kind);
  const groups = GROUPS.map((g) => ({ ...g, rows: s.rows.filter((r) => r.kind === g.kind) })).filter((g) => g.rows.length > 0);
  return layout(ctx, t('reader.subscriptions.title'), html`<div class="subscriptions-index">
<h1 class="heading">${current ? t('reader.subscriptions.title_kind', { kind: heading(current.kind) }) : t('reader.subscriptions.title')}</h1>
<nav aria-label="${t('reader.subscriptions.kinds')}"><ul class="navigation actions">
<li>${s.kind ? html`<a href="${base}">${t('reader.subscriptions.all')}</a>` : html`<span class="current" aria-current="page">${t('reader.subscriptions.all')}</span>`}</li>
${GROUPS.map((g) => html`<li>${g.kind === s.kind ? html`<span class="current" aria-current="page">${heading(g.kind)}</span>` : html`<a href="${base}?type=${g.type}">${heading(g.kind)}</a>`}</li>`)}
</ul></nav>
${s.window.total === 0 ? html`<p>${t('reader.subscriptions.none', { kind: current?.kind ?? 'all' })}</p>` : ''}
${groups.map((g) => html`<section aria-labelledby="subscriptions-${g.kind}">
<h2 id="subscriptions-${g.kind}" class="heading">${heading(g.kind)}</h2>
<ul class="subscription index group">${g.rows.map((r) => item(ctx, r))}</ul>
</section>`)}
${pagination(base, s.window, current ? `type=${current.type}` : '')}
</div>`);
}
