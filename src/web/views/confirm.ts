/** "Are you sure?" pages for destructive actions: a plain form, so it works without JavaScript. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { csrfField } from './form.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';

/** What a confirmation page asks. */
export interface Confirmation {
  title: string;
  question: string;
  /** What cannot be undone, said plainly. */
  consequence: string;
  action: string;
  button: string;
  cancelHref: string;
}

/** The page: the question, the consequence, a danger button and a way back. */
export function confirmPage(ctx: PageContext, c: Confirmation): Html {
  return layout(ctx, c.title, html`<h1>${c.title}</h1>
<p>${c.question}</p>
<p class="notice">${c.consequence}</p>
<form method="post" action="${c.action}" class="inline">${csrfField(ctx.csrfToken)}
<button type="submit" class="danger">${c.button}</button> <a href="${c.cancelHref}">${t('common.cancel')}</a>
</form>`);
}
