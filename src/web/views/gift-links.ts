/** Who a work is for, as AO3 writes it: "For <a href="/users/{login}/gifts">pseud (login)</a>, a free-text name." */
import { html, type Html } from './html.ts';
import { creditName } from '../../domain/pseud.ts';
import type { GiftRef } from '../../storage/gifts.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';

/** A member recipient links to their gifts page; a free-text recipient is just the name. */
export const giftLink = (g: GiftRef): Html =>
  g.login ? html`<a href="/users/${g.login}/gifts">${creditName({ login: g.login, pseud: g.name })}</a>` : html`${g.name}`;

/** The associations item "For A, B." ('' when it is no gift). */
export const giftItem = (gifts: readonly GiftRef[] | undefined): Html | '' =>
  gifts?.length ? html`<li class="gifts">${tHtml('work.gifts.for', { names: html`${gifts.map((g, i) => html`${i ? t('work.kudos.comma') : ''}${giftLink(g)}`)}` })}</li>` : '';
