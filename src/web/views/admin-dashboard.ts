/** /admin: the staff's dashboard. Queues first (what needs someone), then, for admins, the archive's numbers and tools. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { csrfField } from './form.ts';
import type { PageContext } from './page.ts';
import type { Dashboard } from '../../actions/admin-dashboard.ts';
import { t, formatNumber } from '../../i18n/translate.ts';
import { adminPageName } from './admin.ts';


/** A number with its label, linking to where it is handled. */
const tile = (label: string, n: number, href?: string, note?: string): Html => html`<div class="tile${href && n > 0 ? ' waiting' : ''}">
<dt>${href ? html`<a href="${href}">${label}</a>` : label}</dt><dd>${formatNumber(n)}${note ? html` <span class="hint">${note}</span>` : ''}</dd></div>`;

/** The links to every staff page the viewer may open. */
export function staffNav(admin: boolean): Html {
  const links: [string, string][] = [['/admin/reports', t('admin.nav.reports')], ['/admin/validation', adminPageName('validation')], ['/tags/unwrangled', t('admin.nav.unwrangled')], ['/admin/audit', t('admin.nav.audit')],
    ...(admin ? ([['/admin/users', adminPageName('users')], ['/admin/invitations', adminPageName('invitations')], ['/admin/settings', adminPageName('settings')], ['/admin/policies', adminPageName('policies')], ['/admin/fandoms', adminPageName('fandoms')]] as [string, string][]) : [])];
  return html`<nav aria-label="${t('admin.nav.label')}"><ul class="tabs">${links.map(([href, label]) => html`<li><a href="${href}">${label}</a></li>`)}</ul></nav>`;
}

/** The page. `smtp` says whether mail leaves the server at all (without it, every message waits in the outbox). */
export function adminDashboardPage(ctx: PageContext, d: Dashboard, smtp: boolean): Html {
  const q = d.queues;
  const queues = html`<section aria-labelledby="queues-heading"><h2 id="queues-heading">${t('admin.dashboard.waiting')}</h2>
<dl class="tiles">
${tile(t('admin.dashboard.open_reports'), q.openReports, '/admin/reports')}
${tile(t('admin.dashboard.validation'), q.validation, '/admin/validation')}
${q.inviteRequests !== undefined ? tile(t('admin.dashboard.invite_requests'), q.inviteRequests, '/admin/invitations') : ''}
${q.unsentMail !== undefined ? tile(t('admin.dashboard.unsent_mail'), q.unsentMail, undefined, smtp ? undefined : t('admin.dashboard.unsent_mail.no_smtp')) : ''}
</dl></section>`;
  const c = d.counts;
  const archive = c ? html`<section aria-labelledby="archive-heading"><h2 id="archive-heading">${t('admin.dashboard.archive')}</h2>
<dl class="tiles">
${tile(t('admin.dashboard.works'), c.works)}${tile(t('admin.dashboard.chapters'), c.chapters)}${tile(t('admin.dashboard.words'), c.words)}
${tile(adminPageName('users'), c.users)}${tile(t('admin.dashboard.new_users'), c.newUsers)}${tile(t('admin.dashboard.hits'), c.hitsToday, undefined, t('admin.dashboard.hits.note'))}
</dl></section>` : '';
  const tools = d.admin ? html`<section aria-labelledby="find-heading"><h2 id="find-heading">${t('admin.dashboard.find')}</h2>
<form method="get" action="/admin/users" role="search" class="inline">
<label for="dashboard_q">${t('admin.dashboard.find.label')}</label> <input type="search" id="dashboard_q" name="q"> <button type="submit">${t('admin.search')}</button>
</form></section>
<section aria-labelledby="mail-heading"><h2 id="mail-heading">${t('admin.dashboard.mail')}</h2>
<p>${smtp ? t('admin.dashboard.mail.smtp') : t('admin.dashboard.mail.no_smtp')}</p>
<form method="post" action="/admin/test-email">${csrfField(ctx.csrfToken)}<p><button type="submit">${t('admin.dashboard.mail.test', { email: ctx.viewer!.email })}</button></p></form>
</section>` : '';
  return layout(ctx, adminPageName('dashboard'), html`<h1>${adminPageName('dashboard')}</h1>${staffNav(d.admin)}${queues}${archive}${tools}`);
}
