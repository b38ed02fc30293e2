/** A small form that adds a tag or user to the reader's blocklist (shown on tag and user pages). */
import { html, type Html } from './html.ts';
import { csrfField } from './form.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';

/** "Hide works with this tag" / "Hide works by this user"; '' for guests. */
export function blockForm(ctx: PageContext, kind: 'tag' | 'user', name: string): Html | '' {
  if (!ctx.viewer) return '';
  return html`<form method="post" action="/settings/blocklist" class="block-form">${csrfField(ctx.csrfToken)}
<input type="hidden" name="block[kind]" value="${kind}"><input type="hidden" name="block[name]" value="${name}">
<button type="submit">${kind === 'tag' ? t('reader.block.tag') : t('reader.block.user')}</button></form>`;
}
