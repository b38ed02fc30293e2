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
import { t } from '../../i18n/translate.ts';

/** The recipient's button under a gift: refuse it, or (on the refused list) accept it again. */
function giftActions(ctx: PageContext, g: GiftsPage, b: WorkBlurb): Html {
  const action = g.refused ? 'accept' : 'refuse';
  return html`<div class="user module group"><ul class="actions"><li><form method="post" action="/works/${b.work.id}/gift/${action}" class="inline">${csrfField(ctx.csrfToken)}
<button type="submit" class="secondary">${g.refused ? t('member.gifts.accept') : t('member.gifts.refuse')}<span class="visually-hidden">: ${b.work.title}</span></button></form></li></ul></div>`;
}

/** The page. */
export function giftsPage(ctx: PageContext, g: GiftsPage): Html {
  const base = `/users/${g.user.login}/gifts`;
  const heading = g.refused ? t('member.gifts.refused_for', { name: g.user.login }) : t('member.profile.gifts', { name: g.user.login });
  const empty = g.refused ? t('member.gifts.none_refused') : g.own ? t('member.gifts.none_own') : t('member.gifts.none', { name: g.user.login });
  return layout(ctx, g.pages > 1 ? t('member.gifts.title_page', { heading, page: g.page }) : heading, html`<div class="gifts-index">
<h1 class="heading">${heading}</h1>
${g.own ? html`<nav aria-label="${t('member.gifts.nav')}"><ul class="navigation actions">
${tabItem(t('member.gifts.accepted_tab'), base, !g.refused)}
${tabItem(t('member.gifts.refused_tab'), `${base}?refused=true`, g.refused)}
</ul></nav>
<p class="hint">${g.refused ? t('member.gifts.refused_hint') : t('member.gifts.refuse_hint')}</p>` : ''}
${listingNotices({ hidden: g.hidden })}
${g.blurbs.length === 0
    ? html`<p class="empty">${g.hidden > 0 ? t('member.gifts.all_hidden') : empty}</p>`
    : html`<h2 class="landmark heading">${t('member.gifts.list')}</h2><h3 class="landmark heading">${t('work.blurb.listing')}</h3>
<ol class="work index group" role="none">${g.blurbs.map((b) => workBlurb(b, ctx.asset('lock.svg'), g.own ? giftActions(ctx, g, b) : '', ctx))}</ol>`}
${pagination(base, g, g.refused ? 'refused=true' : '')}
</div>`);
}
