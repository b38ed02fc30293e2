/**
 * What a listing leaves out for this reader, said above the works: how many works their blocklist hides (with the
 * way to change it) and whether their default saved filter narrowed the list (with a link to the whole list).
 * Without it a reader sees "0 Works" on an author they muted, or /works shrink, and cannot tell why.
 */
import { html, type Html } from './html.ts';
import { countText } from './numbers.ts';


/** The notices; '' when the blocklist hid nothing and no default filter applied. */
export function listingNotices(o: { hidden: number; showAll?: string; noun?: { one: string; many: string } }): Html | '' {
  const noun = o.noun ?? { one: 'work', many: 'works' };
  if (o.hidden <= 0 && o.showAll === undefined) return '';
  return html`<div class="listing-notices">
${o.hidden > 0 ? html`<p class="notice blocklist-notice">${countText(o.hidden)} ${o.hidden === 1 ? noun.one : noun.many} hidden by <a href="/settings/blocklist">your blocklist</a>.</p>` : ''}
${o.showAll !== undefined ? html`<p class="notice default-filter-notice">Filtered by <a href="/settings/filters">your default filter</a> — <a href="${o.showAll}">show all</a>.</p>` : ''}
</div>`;
}
