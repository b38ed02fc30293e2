/** What a work's creators (and staff) see at the top of a work moderators took out: why, and what they can do. */
import { html, type Html } from './html.ts';
import { dateTime } from './time.ts';
import type { PageContext } from './page.ts';
import type { WorkRecord } from '../../storage/works.ts';
import { isStaff } from '../../domain/moderation.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';

/** The banner, or '' for a work in the archive. */
export function removalBanner(ctx: PageContext, work: WorkRecord): Html | '' {
  if (work.removal === null) return '';
  const staff = !isStaff(ctx.viewer) ? '' : work.removal === 'pending' ? html` <a href="/admin/validation">${t('work.removal.queue')}</a>` : html` <a href="/admin/works/${work.id}/moderate">${t('work.removal.moderate')}</a>`;
  const reason = work.removalReason ? html`<p>${t('comments.item.reason', { reason: work.removalReason })}</p>` : '';
  if (work.removal === 'pending') {
    return html`<div class="notice removal" role="status"><p><strong>${t('work.removal.waiting')}</strong> ${t('work.removal.waiting_why')}${staff}</p></div>`;
  }
  const what = html`<strong>${t(work.removal === 'hidden' ? 'work.removal.hidden' : 'work.removal.deleted')}</strong>`;
  const removed = work.deletedAt !== null ? tHtml('work.removal.what_on', { what, when: dateTime(work.deletedAt) }) : tHtml('work.removal.what', { what });
  return html`<div class="notice removal" role="status"><p>${removed} ${t('work.removal.who_sees')}${staff}</p>
${reason}<p>${tHtml('work.removal.contact', { contact: html`<a href="/contact">${t('work.removal.contact_page')}</a>` })}</p></div>`;
}
