/**
 * AO3's Mark for Later / Mark as Read button: a `form.button_to` posting to `/works/{id}/mark_for_later` or
 * `/works/{id}/mark_as_read` with `_method=patch` (AO3's routes are PATCH; fans' userscripts read the form's
 * action to learn the state). A plain POST, so it works without JavaScript.
 */
import { html, type Html } from './html.ts';
import { csrfField } from './form.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';

/** The button for one work: `marked` says which of the two it is. */
export function markForm(ctx: PageContext, workId: number, marked: boolean, label = ''): Html {
  const action = `/works/${workId}/${marked ? 'mark_as_read' : 'mark_for_later'}`;
  return html`<form class="button_to" method="post" action="${action}"><input type="hidden" name="_method" value="patch">${csrfField(ctx.csrfToken)}<input type="hidden" name="return_to" value="${ctx.path}">
<button type="submit">${marked ? t('reader.mark.read') : t('reader.mark.later')}${label ? html`<span class="visually-hidden">: ${label}</span>` : ''}</button></form>`;
}

/** The button as an item of a work's navigation (`li.mark`, as AO3), or nothing (guests, creators, history off). */
export function markItem(ctx: PageContext, workId: number, marked: boolean | undefined, label = ''): Html | '' {
  return marked === undefined || !ctx.viewer ? '' : html`<li class="mark">${markForm(ctx, workId, marked, label)}</li>`;
}
