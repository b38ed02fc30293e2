/** The comment form's formatting help, its Preview button and the rendered preview (no JavaScript needed: the button re-shows the form). */
import { html, raw, type Html } from './html.ts';
import { COMMENT_MAX_CHARS } from '../../domain/comment-rules.ts';
import { t } from '../../i18n/translate.ts';
import { ltrInRtl } from './bidi-isolate.ts';

const ALLOWED_TAGS = 'a, b, big, blockquote, br, center, cite, code, del, em, h1–h6, hr, i, ins, p, pre, q, s, small, strike, strong, sub, sup, u, ol, ul, li';

/** The hint under the comment field: what HTML the comment takes. */
export const commentHint = (): string => t('comments.form.hint', { tags: ltrInRtl(ALLOWED_TAGS), max: COMMENT_MAX_CHARS });

/** The rendered comment above the field, when the writer asked for a preview; its HTML was sanitized by the action. */
export function commentPreview(previewHtml: string | undefined, id: string, level: 2 | 3 | 5): Html | '' {
  if (previewHtml === undefined) return '';
  return html`<section class="comment-preview" aria-labelledby="${id}_heading">
<h${level} class="heading" id="${id}_heading">${t('comments.preview.heading')}</h${level}>
<p class="hint">${t('comments.preview.hint')}</p>
<blockquote class="userstuff">${raw(previewHtml)}</blockquote>
</section>`;
}

/** The second submit button: shows the comment rendered, posts nothing. */
export const previewButton = (): Html => html`<button type="submit" name="preview" value="1" class="secondary">${t('comments.preview.button')}</button>`;
