/** The work form's comment settings: who may comment and holding comments for approval (AO3's "Privacy" choices). */
import { html, type Html } from './html.ts';
import type { FieldErrors } from '../../domain/errors.ts';
import { t } from '../../i18n/translate.ts';

const CHOICES = ['everyone', 'registered', 'nobody'] as const;

/** The fieldset; `permission` is the current choice ('' picks nothing, so a missing choice shows as an error). */
export function workCommentFields(v: { comment_permission: string; moderate_comments: string }, errors: FieldErrors): Html {
  const error = errors.comment_permission;
  return html`<fieldset class="comment-settings${error ? ' has-error' : ''}"${error ? html` aria-describedby="comment_permission_error"` : ''}><legend>${t('comments.fields.legend')}</legend>
${error ? html`<p class="error" id="comment_permission_error">${error}</p>` : ''}
<fieldset class="choices"><legend>${t('comments.settings.who')}</legend>
<ul class="radios">${CHOICES.map((value) => html`<li><input type="radio" id="work_comment_permission_${value}" name="work[comment_permission]" value="${value}"${v.comment_permission === value ? html` checked` : ''} aria-describedby="work_comment_permission_${value}_hint"> <label for="work_comment_permission_${value}">${t(`comments.settings.${value}`)}</label> <span class="hint" id="work_comment_permission_${value}_hint">${t(`comments.fields.${value}_hint`)}</span></li>`)}</ul>
</fieldset>
<div class="field checkbox"><input type="checkbox" id="work_moderated_commenting_enabled" name="work[moderated_commenting_enabled]" value="1"${v.moderate_comments === '1' ? html` checked` : ''}> <label for="work_moderated_commenting_enabled">${t('comments.settings.hold')}</label></div>
</fieldset>`;
}
