/** The posting and editing form of a work (and, when new, its first chapter). */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { field, csrfField, formMessage } from './form.ts';
import { chapterFields, publicationFields } from './chapter-form.ts';
import { timeZoneNote } from './time-zone-note.ts';
import type { ZoneChoice } from '../../actions/posting-prefs.ts';
import { workCommentFields } from './work-comment-fields.ts';
import type { FieldErrors } from '../../domain/errors.ts';
import type { Taxonomy } from '../../domain/taxonomy.ts';
import { LANGUAGES } from '../../domain/languages.ts';
import { MEDIA } from '../../domain/wrangling.ts';
import type { WorkFormValues, ChapterFormValues } from '../forms/work-form.ts';
import type { PageContext } from './page.ts';
import { pseudSelect } from './pseud-select.ts';
import type { PseudChoice } from '../forms/pseud-choice.ts';

/** What the work form is rendered from. */
export interface WorkFormModel {
  /** Undefined for a new work. */
  workId?: number;
  isDraft: boolean;
  values: WorkFormValues;
  /** Present for a new work: its first chapter. */
  chapter?: ChapterFormValues;
  errors: FieldErrors;
  message?: string;
  /** The autosaved-copy notice (forms/autosave.ts, views/autosave-notice.ts), shown above the form. */
  notice?: Html | '';
  taxonomy: Taxonomy;
  /** The time zone the publication date and schedule are typed in. */
  zone: ZoneChoice;
  /** The member's pseuds to post as (a menu only when they have several). */
  creator?: PseudChoice;
}

/** The hooks of assets/tag-autocomplete.js on a comma-separated tag field; characters and the like follow the fandoms typed. */
const suggests = (kind: string) =>
  html` data-autocomplete="${kind}" data-autocomplete-multiple${kind === 'fandom' ? '' : html` data-autocomplete-fandom="work_fandom_string"`}`;

/** The media a fandom new to the archive is filed under; Unsorted unless its author says (wranglers may change it later). */
function newFandomMedia(chosen: string, errors: FieldErrors): Html {
  const error = errors.new_fandom_media;
  return html`<div class="field${error ? ' has-error' : ''}"><label for="work_new_fandom_media">Media of a new fandom</label>
<p class="hint" id="work_new_fandom_media_hint">Only for a fandom the archive does not have yet: where the fandoms pages list it.</p>${errorOf(errors, 'new_fandom_media')}
<select id="work_new_fandom_media" name="work[new_fandom_media]" aria-describedby="work_new_fandom_media_hint${error ? ' new_fandom_media_error' : ''}"><option value="">Unsorted</option>${MEDIA.map((m) => html`<option${m === chosen ? html` selected` : ''}>${m}</option>`)}</select></div>`;
}

const errorOf = (errors: FieldErrors, key: string) => (errors[key] ? html`<p class="error" id="${key}_error">${errors[key]}</p>` : '');

function choices(name: string, key: string, legend: string, options: string[], chosen: string[], errors: FieldErrors, hint = ''): Html {
  return html`<fieldset class="choices${errors[key] ? ' has-error' : ''}"${errors[key] ? html` aria-describedby="${key}_error"` : ''}>
<legend>${legend}</legend>${hint ? html`<p class="hint">${hint}</p>` : ''}${errorOf(errors, key)}
<ul>${options.map((o, i) => html`<li><input type="checkbox" id="${key}_${i}" name="${name}" value="${o}"${chosen.includes(o) ? html` checked` : ''}> <label for="${key}_${i}">${o}</label></li>`)}</ul>
</fieldset>`;
}

/** The whole form. */
export function workFormPage(ctx: PageContext, m: WorkFormModel): Html {
  const v = m.values;
  const form = { values: { ...v, ...(m.chapter ?? {}) } as unknown as Record<string, string>, errors: m.errors, message: m.message };
  const action = m.workId ? `/works/${m.workId}` : '/works';
  const heading = m.workId ? `Edit work` : 'Post a new work';
  return layout(ctx, heading, html`<h1>${heading}</h1>
${formMessage(form)}
${m.notice ?? ''}
<form method="post" action="${action}" class="stack work-form" novalidate data-autosave="${m.workId ? `work:${m.workId}` : 'work:new'}">
${csrfField(ctx.csrfToken)}
<fieldset><legend>Tags</legend>
<div class="field${m.errors.rating ? ' has-error' : ''}"><label for="work_rating_string">Rating</label>${errorOf(m.errors, 'rating')}
<select id="work_rating_string" name="work[rating_string]"${m.errors.rating ? html` aria-describedby="rating_error"` : ''}>
<option value="">Choose a rating</option>${m.taxonomy.ratings.map((r) => html`<option${r.name === v.rating ? html` selected` : ''}>${r.name}</option>`)}
</select></div>
${choices('work[archive_warning_strings][]', 'warnings', 'Archive warnings', m.taxonomy.warnings.map((w) => w.name), v.warnings, m.errors, 'Choose every warning that applies, or "Choose Not To Use Archive Warnings".')}
${field(form, { key: 'fandom', name: 'work[fandom_string]', label: 'Fandoms', hint: 'Separate with commas.', required: true, attrs: suggests('fandom') })}
${newFandomMedia(v.new_fandom_media, m.errors)}
${choices('work[category_strings][]', 'categories', 'Categories', m.taxonomy.categories, v.categories, m.errors)}
${field(form, { key: 'relationship', name: 'work[relationship_string]', label: 'Relationships', hint: 'e.g. A/B for romantic, A & B for platonic; separate with commas.', attrs: suggests('relationship') })}
${field(form, { key: 'character', name: 'work[character_string]', label: 'Characters', attrs: suggests('character') })}
${field(form, { key: 'freeform', name: 'work[freeform_string]', label: 'Additional tags', attrs: suggests('freeform') })}
</fieldset>
<fieldset><legend>Preface</legend>
${field(form, { key: 'title', name: 'work[title]', label: 'Work title', required: true })}
${pseudSelect(m.creator, 'work')}
${field(form, { key: 'co_creators', name: 'work[co_creators]', label: 'Co-creators', hint: 'Usernames, separated by commas. Each must accept before their name appears.' })}
${field(form, { key: 'summary', name: 'work[summary]', label: 'Summary', type: 'textarea', hint: 'Up to 1,250 characters. Simple HTML allowed.' })}
${field(form, { key: 'notes', name: 'work[notes]', label: 'Notes (at the beginning)', type: 'textarea' })}
${field(form, { key: 'end_notes', name: 'work[endnotes]', label: 'Notes (at the end)', type: 'textarea' })}
${field(form, { key: 'beta_credits', name: 'work[beta_credits]', label: 'Beta readers and thanks', hint: 'Free text, e.g. "Thanks to my beta, Sam".' })}
${field(form, { key: 'beta_logins', name: 'work[beta_logins]', label: 'Beta readers with accounts here', hint: 'Usernames, separated by commas; linked from the work.' })}
</fieldset>
<fieldset><legend>Associations</legend>
${field(form, { key: 'series_title', name: 'work[series_title]', label: 'Add to series', hint: 'The title of one of your series, or a new title to start one.' })}
${field(form, { key: 'recipients', name: 'work[recipients]', label: 'Gift this work to', hint: 'Logins or pseuds of members, separated by commas; write "pseud (login)" when members share a pseud. A name no member has is kept as written, for someone without an account here.' })}
${field(form, { key: 'collection_names', name: 'work[collection_names]', label: 'Post to collections', hint: 'Collection names (as in their addresses, /collections/name), separated by commas. Moderated collections approve works first.' })}
${field(form, { key: 'expected_chapters', name: 'work[wip_length]', label: 'Total chapters planned', hint: 'A number, or ? if you do not know yet. The work is complete when all are posted.' })}
<div class="field${m.errors.language ? ' has-error' : ''}"><label for="work_language">Language</label>${errorOf(m.errors, 'language')}
<select id="work_language" name="work[language]">${LANGUAGES.map((l) => html`<option value="${l.code}" lang="${l.code}"${l.code === v.language ? html` selected` : ''}>${l.name}</option>`)}</select></div>
</fieldset>
<fieldset><legend>Privacy and date</legend>
<ul class="radios">
<li><input type="radio" id="visibility_public" name="work[visibility]" value="public"${v.visibility !== 'registered' ? html` checked` : ''}> <label for="visibility_public">Everyone can read it</label></li>
<li><input type="radio" id="visibility_registered" name="work[visibility]" value="registered"${v.visibility === 'registered' ? html` checked` : ''}> <label for="visibility_registered">Only logged-in readers</label></li>
</ul>
${timeZoneNote(m.zone, ctx.asset)}
${field(form, { key: 'published_on', name: 'work[published_on]', label: 'Publication date', type: 'date', hint: 'Leave empty for today; an earlier date backdates the work (for works moving from another archive).' })}
</fieldset>
${workCommentFields(v, m.errors)}
${m.chapter ? html`${chapterFields(form, m.errors, { first: true })}
${publicationFields(form, { silent: false })}` : ''}
<p class="actions">
${m.workId && !m.isDraft ? html`<button type="submit" name="commit" value="post">Save changes</button>` : html`<button type="submit" name="commit" value="post">Post</button>
<button type="submit" name="commit" value="draft" class="secondary">Save draft</button>`}
</p>
<p class="hint autosave-status" role="status" aria-live="polite"></p>
</form>
<script type="module" src="${ctx.asset('autosave.js')}"></script>
<script type="module" src="${ctx.asset('tag-autocomplete.js')}"></script>`);
}
