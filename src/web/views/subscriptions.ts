/** /users/{login}/subscriptions: the reader's own subscriptions grouped by kind, each with an Unsubscribe button. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { pagination } from './pagination.ts';
import { subscribeForm } from './subscribe-button.ts';
import type { SubscriptionList } from '../../actions/list-subscriptions.ts';
import type { SubscriptionRow } from '../../storage/subscriptions.ts';
import type { SubscriptionKind } from '../../domain/subscriptions.ts';
import type { PageContext } from './page.ts';

const GROUPS: Array<{ kind: SubscriptionKind; type: string; heading: string; gone: string }> = [
  { kind: 'work', type: 'works', heading: 'Works', gone: 'A work that is no longer available' },
  { kind: 'series', type: 'series', heading: 'Series', gone: 'A series that no longer exists' },
  { kind: 'user', type: 'users', heading: 'Creators', gone: 'An account that no longer exists' },
];

const pathOf = (r: SubscriptionRow): string => (r.kind === 'work' ? `/works/${r.targetId}` : r.kind === 'series' ? `/series/${r.targetId}` : `/users/${r.name}`);

function item(ctx: PageContext, r: SubscriptionRow, gone: string): Html {
  const label = r.name ?? gone;
  return html`<li>${r.name === null ? html`<span class="unavailable">${gone}</span>` : html`<a href="${pathOf(r)}">${r.name}</a>`}
${subscribeForm(ctx, { kind: r.kind, targetId: r.targetId, state: 'subscribed' }, label)}</li>`;
}

/** The page. */
export function subscriptionsPage(ctx: PageContext, s: SubscriptionList): Html {
  const base = `/users/${s.user.login}/subscriptions`;
  const current = GROUPS.find((g) => g.kind === s.kind);
  const groups = GROUPS.map((g) => ({ ...g, rows: s.rows.filter((r) => r.kind === g.kind) })).filter((g) => g.rows.length > 0);
  return layout(ctx, 'My Subscriptions', html`<div class="subscriptions-index">
<h1 class="heading">My Subscriptions${current ? html`: ${current.heading}` : ''}</h1>
<nav aria-label="Kinds of subscription"><ul class="navigation actions">
<li>${s.kind ? html`<a href="${base}">All Subscriptions</a>` : html`<span class="current" aria-current="page">All Subscriptions</span>`}</li>
${GROUPS.map((g) => html`<li>${g.kind === s.kind ? html`<span class="current" aria-current="page">${g.heading}</span>` : html`<a href="${base}?type=${g.type}">${g.heading}</a>`}</li>`)}
</ul></nav>
${s.window.total === 0 ? html`<p>You have no subscriptions${current ? html` to ${current.heading.toLowerCase()}` : ''} yet. Subscribe from a work, series or creator’s page to get an email when something new is posted.</p>` : ''}
${groups.map((g) => html`<section aria-labelledby="subscriptions-${g.kind}">
<h2 id="subscriptions-${g.kind}" class="heading">${g.heading}</h2>
<ul class="subscription index group">${g.rows.map((r) => item(ctx, r, g.gone))}</ul>
</section>`)}
${pagination(base, s.window, current ? `type=${current.type}` : '')}
</div>`);
}
