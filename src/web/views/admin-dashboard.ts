/** /admin: the staff's dashboard. Queues first (what needs someone), then, for admins, the archive's numbers and tools. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { csrfField } from './form.ts';
import type { PageContext } from './page.ts';
import type { Dashboard } from '../../actions/admin-dashboard.ts';

const num = (n: number) => n.toLocaleString('en');

/** A number with its label, linking to where it is handled. */
const tile = (label: string, n: number, href?: string, note?: string): Html => html`<div class="tile${href && n > 0 ? ' waiting' : ''}">
<dt>${href ? html`<a href="${href}">${label}</a>` : label}</dt><dd>${num(n)}${note ? html` <span class="hint">${note}</span>` : ''}</dd></div>`;

/** The links to every staff page the viewer may open. */
export function staffNav(admin: boolean): Html {
  const links: [string, string][] = [['/admin/reports', 'Reports'], ['/admin/validation', 'Validation queue'], ['/tags/unwrangled', 'Unwrangled tags'], ['/admin/audit', 'Audit log'],
    ...(admin ? ([['/admin/users', 'Accounts'], ['/admin/invitations', 'Invitations'], ['/admin/settings', 'Site settings'], ['/admin/policies', 'Policies'], ['/admin/fandoms', 'Fandom disclaimers']] as [string, string][]) : [])];
  return html`<nav aria-label="Staff pages"><ul class="tabs">${links.map(([href, label]) => html`<li><a href="${href}">${label}</a></li>`)}</ul></nav>`;
}

/** The page. `smtp` says whether mail leaves the server at all (without it, every message waits in the outbox). */
export function adminDashboardPage(ctx: PageContext, d: Dashboard, smtp: boolean): Html {
  const q = d.queues;
  const queues = html`<section aria-labelledby="queues-heading"><h2 id="queues-heading">Waiting for staff</h2>
<dl class="tiles">
${tile('Open reports', q.openReports, '/admin/reports')}
${tile('Works awaiting validation', q.validation, '/admin/validation')}
${q.inviteRequests !== undefined ? tile('Invitation requests', q.inviteRequests, '/admin/invitations') : ''}
${q.unsentMail !== undefined ? tile('Mail not sent', q.unsentMail, undefined, smtp ? undefined : '(no SMTP: kept in the outbox)') : ''}
</dl></section>`;
  const c = d.counts;
  const archive = c ? html`<section aria-labelledby="archive-heading"><h2 id="archive-heading">The archive</h2>
<dl class="tiles">
${tile('Works', c.works)}${tile('Chapters', c.chapters)}${tile('Words', c.words)}
${tile('Accounts', c.users)}${tile('New accounts this week', c.newUsers)}${tile('Hits today', c.hitsToday, undefined, '(counted readers so far)')}
</dl></section>` : '';
  const tools = d.admin ? html`<section aria-labelledby="find-heading"><h2 id="find-heading">Find an account</h2>
<form method="get" action="/admin/users" role="search" class="inline">
<label for="dashboard_q">Username, email or IP address</label> <input type="search" id="dashboard_q" name="q"> <button type="submit">Search</button>
</form></section>
<section aria-labelledby="mail-heading"><h2 id="mail-heading">Mail</h2>
<p>${smtp ? 'Mail is sent by SMTP.' : 'No SMTP server is configured (SMTP_URL): messages are kept in the outbox and printed in the log.'}</p>
<form method="post" action="/admin/test-email">${csrfField(ctx.csrfToken)}<p><button type="submit">Send a test email to ${ctx.viewer!.email}</button></p></form>
</section>` : '';
  return layout(ctx, 'Dashboard', html`<h1>Dashboard</h1>${staffNav(d.admin)}${queues}${archive}${tools}`);
}
