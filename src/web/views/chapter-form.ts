/** The chapter part of the posting forms, and the page for adding or editing one chapter. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { field, csrfField, formMessage, type FormState } from './form.ts';
import type { FieldErrors } from '../../domain/errors.ts';
import type { ChapterFormValues } from '../forms/work-form.ts';
import type { PageContext } from './page.ts';
import type { ZoneChoice } from '../../actions/posting-prefs.ts';
import { timeZoneNote } from './time-zone-note.ts';

const FORMATS = [
  ['html', 'Rich text', 'Paste from a word processor or write simple HTML; blank lines make paragraphs.'],
  ['markdown', 'Markdown', '*italic*, **bold**, # headings, > quotes.'],
  ['text', 'Plain text', 'Blank lines make paragraphs; nothing else is interpreted.'],
] as const;

/** The chapter fields: title, summary, notes, text format and body (the same for a new work's first chapter and later ones). */
export function chapterFields(form: FormState, errors: FieldErrors, o: { first: boolean }): Html {
  const format = form.values.body_format || 'html';
  return html`<fieldset><legend>${o.first ? 'First chapter' : 'Chapter'}</legend>
${field(form, { key: 'chapter_title', name: 'chapter[title]', label: 'Chapter title', hint: 'Optional.' })}
${field(form, { key: 'chapter_summary', name: 'chapter[summary]', label: 'Chapter summary', type: 'textarea' })}
${field(form, { key: 'chapter_notes', name: 'chapter[notes]', label: 'Chapter notes (at the beginning)', type: 'textarea' })}
${field(form, { key: 'chapter_end_notes', name: 'chapter[endnotes]', label: 'Chapter notes (at the end)', type: 'textarea' })}
<fieldset class="formats"><legend>The text is written as</legend>
<ul class="radios">${FORMATS.map(([value, label, hint]) => html`<li><input type="radio" id="format_${value}" name="chapter[format]" value="${value}"${value === format ? html` checked` : ''} aria-describedby="format_${value}_hint"> <label for="format_${value}">${label}</label> <span class="hint" id="format_${value}_hint">${hint}</span></li>`)}</ul>
</fieldset>
${field(form, { key: 'body', name: 'chapter[content]', label: 'Chapter text', type: 'textarea', required: true })}
${errors.body_format ? html`<p class="error">${errors.body_format}</p>` : ''}
</fieldset>`;
}

/**
 * "Publish later at": a date and time on the author's wall clock (a native datetime-local input), and for a chapter of
 * a posted work the silent-update switch. A new work's first chapter takes the time too: the work is posted with it.
 */
export function publicationFields(form: FormState, o: { silent: boolean }): Html {
  return html`<fieldset><legend>Publication</legend>
${field(form, { key: 'publish_at', name: 'chapter[publish_at]', label: 'Publish later at', type: 'datetime-local', hint: 'Optional: the date and time to post automatically (in the time zone named above). Leave empty to post now.' })}
${o.silent ? html`<div class="field checkbox"><input type="checkbox" id="chapter_silent" name="chapter[silent]" value="1"${form.values.silent === '1' ? html` checked` : ''}> <label for="chapter_silent">Silent update: do not notify subscribers</label></div>` : ''}
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
  const heading = m.chapterId ? 'Edit chapter' : 'Add a chapter';
  const action = m.chapterId ? `/works/${m.workId}/chapters/${m.chapterId}` : `/works/${m.workId}/chapters`;
  return layout(ctx, heading, html`<h1>${heading}</h1>
<p>Of <a href="/works/${m.workId}">${m.workTitle}</a></p>
${formMessage(form)}
${m.notice ?? ''}
<form method="post" action="${action}" class="stack" novalidate data-autosave="${m.chapterId ? `chapter:${m.chapterId}` : `work:${m.workId}:chapter:new`}">
${csrfField(ctx.csrfToken)}
${chapterFields(form, m.errors, { first: false })}
${m.posted ? '' : html`${timeZoneNote(m.zone, ctx.asset)}
${publicationFields(form, { silent: true })}`}
<p class="actions">${m.chapterId && m.posted ? html`<button type="submit" name="commit" value="post">Save changes</button>` : html`<button type="submit" name="commit" value="post">Post chapter</button>
<button type="submit" name="commit" value="draft" class="secondary">Save draft</button>`}</p>
<p class="hint autosave-status" role="status" aria-live="polite"></p>
</form>
<script type="module" src="${ctx.asset('autosave.js')}"></script>`);
}
