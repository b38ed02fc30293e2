/** AO3's `ol.pagination` with `?page=N` links, inside a labelled navigation landmark. */
import { html, type Html } from './html.ts';
import { pageLinks, type PageWindow } from '../../domain/pagination.ts';
import { formatNumber, t } from '../../i18n/translate.ts';

/** Page links for a listing at `basePath` (a path without query) keeping `query` (a filter); '' when everything fits on one page. */
export function pagination(basePath: string, w: Pick<PageWindow, 'page' | 'pages'>, query = ''): Html | '' {
  if (w.pages <= 1) return '';
  const href = (p: number) => `${basePath}?${query ? `${query}&` : ''}page=${p}`;
  const previous = t('chrome.pages.previous');
  const next = t('chrome.pages.next');
  return html`<nav aria-label="${t('chrome.pages.landmark')}"><h4 class="landmark heading">${t('chrome.pages.heading')}</h4><ol class="pagination actions">
<li class="previous">${w.page > 1 ? html`<a rel="prev" href="${href(w.page - 1)}">${previous}</a>` : html`<span class="disabled">${previous}</span>`}</li>
${pageLinks(w).map((p) => p === null ? html`<li class="gap" aria-hidden="true">…</li>` : p === w.page ? html`<li><span class="current" aria-current="page">${formatNumber(p)}</span></li>` : html`<li><a href="${href(p)}">${formatNumber(p)}</a></li>`)}
<li class="next">${w.page < w.pages ? html`<a rel="next" href="${href(w.page + 1)}">${next}</a>` : html`<span class="disabled">${next}</span>`}</li>
</ol></nav>`;
}
