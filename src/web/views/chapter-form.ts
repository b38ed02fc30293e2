/** The chapter part of the posting forms, and the page for adding or editing one chapter. */
import { html, type Html } from './html.ts';
import { autosaveStatus } from './autosave-status.ts';
import { layout } from './layout.ts';
import { field, csrfField, formMessage, type FormState } from './form.ts';
import type { FieldErrors } from '../../domain/errors.ts';
import type { ChapterFormValues } from '../forms/work-form.ts';
import type { PageContext } from './page.ts';
import type { ZoneChoice } from '../../actions/posting-prefs.ts';
import { timeZoneNote } from './time-zone-note.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';

/** The text formats an author picks from, each with its label and hint (in the reader's language, so built per render). */
const formats = () => (['html', 'markdown', 'text'] as const).map((f) => [f, t(`posting.format.${f}`), t(`posting.format.${f}.hint`)] as const);

/** The chapter fields: title, summary, notes, text format and body (the same for a new work's first chapter and later ones). */
export function chapterFields(form: FormState, errors: FieldErrors, o: { first: boolean }): Html {
  const format = form.values.body_format || 'html';
  return html`<fieldset><legend>${o.first ? t('posting.chapter.first') : t('posting.chapter')}</legend>
${field(form, { key: 'chapter_title', name: 'chapter[title]', label: t('posting.chapter.title'), hint: t('posting.chapter.title.hint') })}
${field(form, { key: 'chapter_summary', name: 'chapter[summary]', label: t('posting.chapter.summary'), type: 'textarea' })}
${field(form, { key: 'chapter_notes', name: 'chapter[notes]', label: t('posting.chapter.notes'), type: 'textarea' })}
${field(form, { key: 'chapter_end_notes', name: 'chapter[endnotes]', label: t('posting.chapter.end_notes'), type: 'textarea' })}
<fieldset class="formats"><legend>${t('posting.format.legend')}</legend>
<ul class="radios">${formats().map(([value, label, hint]) => html`<li><input type="radio" id="format_${value}" name="chapter[format]" value="${value}"${value === format ? html` checked` : ''} aria-describedby="format_${value}_hint"> <label for="format_${value}">${label}</label> <span class="hint" id="format_${value}_hint">${hint}</span></li>`)}</ul>
</fieldset>
${field(form, { key: 'body', name: 'chapter[content]', label: t('posting.chapter.body'), type: 'textarea', required: true })}
${errors.body_format ? html`<p class="error">${errors.body_format}</p>` : ''}
</fieldset>`;
}

/**
 * "Publish later at": a date and time on the author's wall clock (a native datetime-local input), and for a chapter of
 * a posted work the silent-update switch. A new work's first chapter takes the time too: the work is posted with it.
 */
export function publicationFields(form: FormState, o: { silent: boolean }): Html {
  return html`<fieldset><legend>${t('posting.publication')}</legend>
${field(form, { key: 'publish_at', name: 'chapter[publish_at]', label: t('posting.publish_at'), type: 'datetime-local', hint: t('posting.publish_at.hint') })}
${o.silent ? html`<div class="field checkbox"><input type="checkbox" id="chapter_silent" name="chapter[silent]" value="1"${form.values.silent === '1' ? html` checked` : ''}> <label for="chapter_silent">${t('posting.silent')}</label></div>` : ''}
</fieldset>`;
}

/** What the chapter page is rendered from. */
export interface ChapterFormModel {
  workId: number;
  workTitle: string;
  /** Undefined when adding a chapter. */
  chapterId?: number;
  values: ChapterFormValues;
  errors: FieldErrors;
  message?: string;
  /** The autosaved-copy notice (forms/autosave.ts, views/autosave-notice.ts), shown above the form. */
  notice?: Html | '';
  /** Whether the chapter is already posted (no scheduling then). */
  posted: boolean;
  /** The time zone "Publish later at" is typed in. */
  zone: ZoneChoice;
}

/** Adding or editing one chapter, with the publication choices. */
export function chapterFormPage(ctx: PageContext, m: ChapterFormModel): Html {
  const form = { values: m.values as unknown as Record<string, string>, errors: m.errors, message: m.message };
  const heading = m.chapterId ? t('posting.chapter.heading.edit') : t('posting.chapter.heading.new');
  const action = m.chapterId ? `/works/${m.workId}/chapters/${m.chapterId}` : `/works/${m.workId}/chapters`;
  return layout(ctx, heading, html`<h1>${heading}</h1>
<p>${tHtml('posting.of_work', { work: html`<a href="/works/${m.workId}">${m.workTitle}</a>` })}</p>
${formMessage(form)}
${m.notice ?? ''}
<form method="post" action="${action}" class="stack" novalidate data-autosave="${m.chapterId ? `chapter:${m.chapterId}` : `work:${m.workId}:chapter:new`}">
${csrfField(ctx.csrfToken)}
${chapterFields(form, m.errors, { first: false })}
${m.posted ? '' : html`${timeZoneNote(m.zone, ctx.asset)}
${publicationFields(form, { silent: true })}`}
<p class="actions">${m.chapterId && m.posted ? html`<button type="submit" name="commit" value="post">${t('posting.save_changes')}</button>` : html`<button type="submit" name="commit" value="post">${t('posting.chapter.post')}</button>
<button type="submit" name="commit" value="draft" class="secondary">${t('posting.save_draft')}</button>`}</p>
${autosaveStatus()}
</form>
<script type="module" src="${ctx.asset('autosave.js')}"></script>`);
}
