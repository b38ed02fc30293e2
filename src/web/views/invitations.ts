/** A person's invitations to co-create works, each with Accept and Decline buttons. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { csrfField } from './form.ts';
import type { Invitation } from '../../actions/list-invitations.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';

/** The page. */
export function invitationsPage(ctx: PageContext, invitations: Invitation[]): Html {
  return layout(ctx, t('account.cocreator.title'), html`<h1>${t('account.cocreator.title')}</h1>
<p>${t('account.cocreator.intro')}</p>
${invitations.length === 0 ? html`<p>${t('account.cocreator.none')}</p>` : html`<ul class="invitations">
${invitations.map((i) => html`<li class="invitation" id="invitation_${i.workId}">
<h2 class="heading">${i.title}</h2>
<p>${t('account.cocreator.by', { names: i.by.join(t('common.list.separator')) })}</p>
<form method="post" action="/works/${i.workId}/invitation" class="inline">${csrfField(ctx.csrfToken)}
<button type="submit" name="accept" value="1">${t('account.cocreator.accept')}<span class="visually-hidden"> ${i.title}</span></button>
<button type="submit" name="accept" value="0" class="danger">${t('account.cocreator.decline')}<span class="visually-hidden"> ${i.title}</span></button>
</form>
</li>`)}
</ul>`}`);
}
