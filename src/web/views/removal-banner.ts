/** What a work's creators (and staff) see at the top of a work moderators took out: why, and what they can do. */
import { html, type Html } from './html.ts';
import { dateTime } from './time.ts';
import type { PageContext } from './page.ts';
import type { WorkRecord } from '../../storage/works.ts';
import { isStaff } from '../../domain/moderation.ts';

/** The banner, or '' for a work in the archive. */
export function removalBanner(ctx: PageContext, work: WorkRecord): Html | '' {
  if (work.removal === null) return '';
  const staff = !isStaff(ctx.viewer) ? '' : work.removal === 'pending' ? html` <a href="/admin/validation">Validation queue</a>` : html` <a href="/admin/works/${work.id}/moderate">Moderate this work</a>`;
  const reason = work.removalReason ? html`<p>Reason: ${work.removalReason}</p>` : '';
  if (work.removal === 'pending') {
    return html`<div class="notice removal" role="status"><p><strong>Waiting for approval.</strong> The archive's moderators check new authors' first works; until then only you can see this one.${staff}</p></div>`;
  }
  const what = work.removal === 'hidden' ? 'hidden by the archive’s moderators' : 'deleted by the archive’s moderators';
  return html`<div class="notice removal" role="status"><p><strong>This work was ${what}</strong>${work.deletedAt !== null ? html` on ${dateTime(work.deletedAt)}` : ''}. Readers cannot see it; only its creators and the archive’s staff can.${staff}</p>
${reason}<p>If you think this is a mistake, or once you have fixed the problem, write to the volunteers through the <a href="/contact">contact page</a>.</p></div>`;
}
