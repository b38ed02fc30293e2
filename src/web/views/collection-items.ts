/** A collection's items page: its owner approves, rejects and removes works; authors take theirs out. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { csrfField } from './form.ts';
import { collectionPath, collectionItemsPath } from '../collection-urls.ts';
import { workPath } from '../urls.ts';
import { isoDay } from '../../domain/work.ts';
import type { ManagedItem } from '../../actions/read-collection.ts';
import type { CollectionSummary } from '../../storage/collections.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';
import { ltrInRtl } from './bidi-isolate.ts';

function button(ctx: PageContext, c: CollectionSummary, item: ManagedItem, decision: string, label: string): Html {
  const action = decision === 'leave' ? `${collectionItemsPath(c.name)}/${item.workId}/leave` : `${collectionItemsPath(c.name)}/${item.workId}`;
  return html`<form method="post" action="${action}" class="inline">${csrfField(ctx.csrfToken)}${decision === 'leave' ? '' : html`<input type="hidden" name="decision" value="${decision}">`}<button type="submit" aria-label="${t('listing.items.action_label', { action: label, title: item.title })}">${label}</button></form>`;
}

function row(ctx: PageContext, c: CollectionSummary, maintainer: boolean, i: ManagedItem): Html {
  const actions = [
    maintainer && !i.approved ? button(ctx, c, i, 'approve', t('listing.items.approve')) : '',
    maintainer && !i.approved ? button(ctx, c, i, 'reject', t('listing.items.reject')) : '',
    maintainer && i.approved ? button(ctx, c, i, 'remove', t('listing.items.remove')) : '',
    i.mine ? button(ctx, c, i, 'leave', t('listing.items.leave')) : '',
  ];
  return html`<li class="collection item${i.approved ? ' approved' : ' pending'}">
<a href="${workPath(i.workId)}">${i.title}</a> <span class="status">${t(i.approved ? 'listing.items.approved_on' : 'listing.items.waiting_on', { day: ltrInRtl(isoDay(i.addedAt)) })}</span>
<div class="actions">${actions}</div></li>`;
}

/** The page; a maintainer sees every item, anyone else only their own works. */
export function collectionItemsPage(ctx: PageContext, c: CollectionSummary, maintainer: boolean, items: ManagedItem[]): Html {
  const heading = maintainer ? t('listing.items.heading', { title: c.title }) : t('listing.items.heading_own', { title: c.title });
  const pending = items.filter((i) => !i.approved);
  const approved = items.filter((i) => i.approved);
  const list = (xs: ManagedItem[], empty: string) => (xs.length ? html`<ul class="collection items">${xs.map((i) => row(ctx, c, maintainer, i))}</ul>` : html`<p>${empty}</p>`);
  return layout(ctx, heading, html`<div class="collection-items">
<h1 class="heading">${heading}</h1>
<p><a href="${collectionPath(c.name)}">${t('listing.items.back')}</a></p>
<section aria-labelledby="pending-heading"><h2 id="pending-heading">${t('listing.items.pending', { count: pending.length })}</h2>${list(pending, t('listing.items.pending_none'))}</section>
<section aria-labelledby="approved-heading"><h2 id="approved-heading">${t('listing.items.approved', { count: approved.length })}</h2>${list(approved, t('listing.items.approved_none'))}</section>
</div>`);
}
