/** The line every page shows a suspended member: why, until when, and what they can still do. */
import { html, type Html } from './html.ts';
import { dateTime } from './time.ts';
import type { Account } from '../../domain/account.ts';

/** The notice, or '' for everyone in good standing (`now` is the request's time). */
export function standingNotice(viewer: Account | undefined, now: number): Html | '' {
  if (!viewer || viewer.suspendedUntil === null || viewer.suspendedUntil <= now) return '';
  return html`<div class="notice standing" role="status"><p><strong>Your account is suspended until ${dateTime(viewer.suspendedUntil)}.</strong>
You can read, but you cannot post, comment, leave kudos, bookmark or send messages until then.${viewer.sanctionReason ? html` Reason: ${viewer.sanctionReason}` : ''}
To appeal, use the <a href="/contact">contact page</a>.</p></div>`;
}
