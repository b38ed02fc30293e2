/** The kudos block under a work: the button (AO3's ids, for userscripts) and who left kudos. */
import { html, type Html } from './html.ts';
import { csrfField } from './form.ts';
import type { KudosSummary } from '../../domain/kudos.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';

/** What the kudos block shows. */
export interface KudosModel {
  workId: number;
  summary: KudosSummary;
  /** False for the work's creators: no button on one's own work. */
  canLeave: boolean;
  /** Where the form returns to without JavaScript (the page it is on). */
  returnTo: string;
  csrfToken: string;
  /** The content-hashed URL of kudos.js. */
  scriptUrl: string;
}

/** "a", "a and b", "a, b and c" (the comma and the "and" in the reader's language). */
function sentence(parts: readonly (Html | string)[]): Html {
  if (parts.length <= 1) return html`${parts}`;
  const comma = t('work.kudos.comma');
  const rest = html`${parts.slice(0, -1).map((p, i) => html`${i ? comma : ''}${p}`)}`;
  return tHtml('work.kudos.and', { rest, last: html`${parts[parts.length - 1]}` });
}

/** "♥ Kudos from ann, bea and 3 guests" (the inside of `#kudos`, also sent to kudos.js). */
export function kudosList(s: KudosSummary): Html {
  if (s.users + s.guests === 0) return html``;
  const names: (Html | string)[] = s.logins.map((login) => html`<a href="/users/${login}">${login}</a>`);
  const unnamed = s.users - s.logins.length;
  if (unnamed > 0) names.push(t('work.kudos.more_users', { count: unnamed }));
  if (s.guests > 0) names.push(t('work.kudos.guests', { count: s.guests }));
  return html`<p class="kudos"><span aria-hidden="true">♥</span> ${tHtml('work.kudos.from', { names: sentence(names) })}</p>`;
}

/** The whole block. */
export function kudosBlock(m: KudosModel): Html {
  const form = m.canLeave
    ? html`<form method="post" action="/works/${m.workId}/kudos" id="new_kudo" class="new_kudo inline">${csrfField(m.csrfToken)}
<input type="hidden" name="return_to" value="${m.returnTo}">
<button type="submit" id="kudo_submit">${t('work.kudos.button')} <span aria-hidden="true">♥</span></button></form>
<p id="kudos_message" class="kudos-message" role="status"></p>
<script type="module" src="${m.scriptUrl}"></script>`
    : '';
  return html`<section id="feedback" class="feedback" aria-labelledby="kudos_heading">
<h3 id="kudos_heading" class="heading visually-hidden">${t('work.kudos.heading')}</h3>
${form}
<div id="kudos">${kudosList(m.summary)}</div>
</section>`;
}
