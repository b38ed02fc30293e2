/**
 * What a listing leaves out for this reader, said above the works: how many works their blocklist hides (with the
 * way to change it) and whether their default saved filter narrowed the list (with a link to the whole list).
 * Without it a reader sees "0 Works" on an author they muted, or /works shrink, and cannot tell why.
 */
import { html, type Html } from './html.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';


/** The notices; '' when the blocklist hid nothing and no default filter applied. */
export function listingNotices(o: { hidden: number; showAll?: string; noun?: 'works' | 'bookmarks' }): Html | '' {
  const noun = o.noun ?? 'works';
  const blocklist = html`<a href="/settings/blocklist">${t('listing.notice.your_blocklist')}</a>`;
  if (o.hidden <= 0 && o.showAll === undefined) return '';
  return html`<div class="listing-notices">
${o.hidden > 0 ? html`<p class="notice blocklist-notice">${tHtml(`listing.notice.hidden_${noun}`, { count: o.hidden, blocklist })}</p>` : ''}
${o.showAll !== undefined ? html`<p class="notice default-filter-notice">${tHtml('listing.notice.default_filter', { filter: html`<a href="/settings/filters">${t('listing.notice.your_default_filter')}</a>`, all: html`<a href="${o.showAll}">${t('listing.notice.show_all')}</a>` })}</p>` : ''}
</div>`;
}
