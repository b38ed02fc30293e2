/**
 * /users/{login}/gifts (AO3's gifts page): the works given to any of a member's pseuds, newest gift first, as
 * blurbs. The recipient also sees a Refuse Gift button on each, and their refused gifts under `?refused=true` with a
 * button to accept one again.
 */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { tabItem } from './current-link.ts';
import { csrfField } from './form.ts';
import { pagination } from './pagination.ts';
import { workBlurb } from './work-blurb.ts';
import { listingNotices } from './listing-notices.ts';
import type { GiftsPage } from '../../actions/gifts.ts';
import type { WorkBlurb } from '../../actions/list-works.ts';
import type { PageContext } from './page.ts';

/** The recipient's button under a gift: refuse it, or (on the refused list) accept it again. */
function giftActions(ctx: PageContext, g: GiftsPage, b: WorkBlurb): Html {
  const action = g.refused ? 'accept' : 'refuse';
  return html`<div class="user module group"><ul class="actions"><li><form method="post" action="/works/${b.work.id}/gift/${action}" class="inline">${csrfField(ctx.csrfToken)}
<button type="submit" class="secondary">${g.refused ? 'Accept Gift' : 'Refuse Gift'}<span class="visually-hidden">: ${b.work.title}</span></button></form></li></ul></div>`;
}

/** The page. */
export function giftsPage(ctx: PageContext, g: GiftsPage): Html {
  const base = `/users/${g.user.login}/gifts`;
  const heading = g.refused ? `Refused gifts for ${g.user.login}` : `Gifts for ${g.user.login}`;
  const empty = g.refused ? 'You have not refused any gifts.' : g.own ? 'No works are gifts to you yet. When someone gives you a work, it is listed here.' : `No works you can see are gifts to ${g.user.login}.`;
  return layout(ctx, g.pages > 1 ? `${heading} (page ${g.page})` : heading, html`<div class="gifts-index">
<h1 class="heading">${heading}</h1>
${g.own ? html`<nav aria-label="Gifts"><ul class="navigation actions">
${tabItem('Accepted Gifts', base, !g.refused)}
${tabItem('Refused Gifts', `${base}?refused=true`, g.refused)}
</ul></nav>
<p class="hint">${g.refused ? 'Works you refused no longer say they are for you and are not listed on your gifts page.' : 'Refusing a gift takes your name off the work and this page; you can accept it again from Refused Gifts.'}</p>` : ''}
${listingNotices({ hidden: g.hidden })}
${g.blurbs.length === 0
    ? html`<p class="empty">${g.hidden > 0 ? 'Every gift here is hidden by your blocklist.' : empty}</p>`
    : html`<h2 class="landmark heading">List of Gifts</h2><h3 class="landmark heading">Listing Works</h3>
<ol class="work index group" role="none">${g.blurbs.map((b) => workBlurb(b, ctx.asset('lock.svg'), g.own ? giftActions(ctx, g, b) : '', ctx))}</ol>`}
${pagination(base, g, g.refused ? 'refused=true' : '')}
</div>`);
}
