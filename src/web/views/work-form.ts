/** The posting and editing form of a work (and, when new, its first chapter). */
import { html, type Html } from './html.ts';
import { autosaveStatus } from './autosave-status.ts';
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
import { t } from '../../i18n/translate.ts';
import type { PseudChoice } from '../forms/pseud-choice.ts';
import { taxonomyLabel } from './taxonomy-label.ts';

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
  return html`<div class="field${error ? ' has-error' : ''}"><label for="work_new_fandom_media">${t('posting.work.new_fandom_media')}</label>
<p class="hint" id="work_new_fandom_media_hint">${t('posting.work.new_fandom_media.hint')}</p>${errorOf(errors, 'new_fandom_media')}
<select id="work_new_fandom_media" name="work[new_fandom_media]" aria-describedby="work_new_fandom_media_hint${error ? ' new_fandom_media_error' : ''}"><option value="">${t('posting.work.new_fandom_media.unsorted')}</option>${MEDIA.map((m) => html`<option${m === chosen ? html` selected` : ''}>${m}</option>`)}</select></div>`;
}

const errorOf = (errors: FieldErrors, key: string) => (errors[key] ? html`<p class="error" id="${key}_error">${errors[key]}</p>` : '');

function choices(name: string, key: string, legend: string, options: string[], chosen: string[], errors: FieldErrors, hint = ''): Html {
  return html`<fieldset class="choices${errors[key] ? ' has-error' : ''}"${errors[key] ? html` aria-describedby="${key}_error"` : ''}>
<legend>${legend}</legend>${hint ? html`<p class="hint">${hint}</p>` : ''}${errorOf(errors, key)}
<ul>${options.map((o, i) => html`<li><input type="checkbox" id="${key}_${i}" name="${name}" value="${o}"${chosen.includes(o) ? html` checked` : ''}> <label for="${key}_${i}">${taxonomyLabel(o)}</label></li>`)}</ul>
</fieldset>`;
}

/** The whole form. */
export function workFormPage(ctx: PageContext, m: WorkFormModel): Html {
  const v = m.values;
  const form = { values: { ...v, ...(m.chapter ?? {}) } as unknown as Record<string, string>, errors: m.errors, message: m.message };
  const action = m.workId ? `/works/${m.workId}` : '/works';
  const heading = m.workId ? t('posting.work.heading.edit') : t('posting.work.heading.new');
  return layout(ctx, heading, html`<h1>${heading}</h1>
${formMessage(form)}
${m.notice ?? ''}
<form method="post" action="${action}" class="stack work-form" novalidate data-autosave="${m.workId ? `work:${m.workId}` : 'work:new'}">
${csrfField(ctx.csrfToken)}
<fieldset><legend>${t('posting.work.tags')}</legend>
<div class="field${m.errors.rating ? ' has-error' : ''}"><label for="work_rating_string">${t('posting.work.rating')}</label>${errorOf(m.errors, 'rating')}
<select id="work_rating_string" name="work[rating_string]"${m.errors.rating ? html` aria-describedby="rating_error"` : ''}>
<option value="">${t('posting.work.rating.choose')}</option>${m.taxonomy.ratings.map((r) => html`<option value="${r.name}"${r.name === v.rating ? html` selected` : ''}>${taxonomyLabel(r.name)}</option>`)}
</select></div>
${choices('work[archive_warning_strings][]', 'warnings', t('posting.work.warnings'), m.taxonomy.warnings.map((w) => w.name), v.warnings, m.errors, t('posting.work.warnings.hint'))}
${field(form, { key: 'fandom', name: 'work[fandom_string]', label: t('posting.work.fandoms'), hint: t('posting.work.fandoms.hint'), required: true, attrs: suggests('fandom') })}
${newFandomMedia(v.new_fandom_media, m.errors)}
${choices('work[category_strings][]', 'categories', t('posting.work.categories'), m.taxonomy.categories, v.categories, m.errors)}
${field(form, { key: 'relationship', name: 'work[relationship_string]', label: t('posting.work.relationships'), hint: t('posting.work.relationships.hint'), attrs: suggests('relationship') })}
${field(form, { key: 'character', name: 'work[character_string]', label: t('posting.work.characters'), attrs: suggests('character') })}
${field(form, { key: 'freeform', name: 'work[freeform_string]', label: t('posting.work.freeforms'), attrs: suggests('freeform') })}
</fieldset>
<fieldset><legend>${t('posting.work.preface')}</legend>
${field(form, { key: 'title', name: 'work[title]', label: t('posting.work.title'), required: true })}
${pseudSelect(m.creator, 'work')}
${field(form, { key: 'co_creators', name: 'work[co_creators]', label: t('posting.work.co_creators'), hint: t('posting.work.co_creators.hint') })}
${field(form, { key: 'summary', name: 'work[summary]', label: t('posting.work.summary'), type: 'textarea', hint: t('posting.work.summary.hint', { max: 1250 }) })}
${field(form, { key: 'notes', name: 'work[notes]', label: t('posting.work.notes'), type: 'textarea' })}
${field(form, { key: 'end_notes', name: 'work[endnotes]', label: t('posting.work.end_notes'), type: 'textarea' })}
${field(form, { key: 'beta_credits', name: 'work[beta_credits]', label: t('posting.work.beta_credits'), hint: t('posting.work.beta_credits.hint') })}
${field(form, { key: 'beta_logins', name: 'work[beta_logins]', label: t('posting.work.beta_logins'), hint: t('posting.work.beta_logins.hint') })}
</fieldset>
<fieldset><legend>${t('posting.work.associations')}</legend>
${field(form, { key: 'series_title', name: 'work[series_title]', label: t('posting.work.series'), hint: t('posting.work.series.hint') })}
${field(form, { key: 'recipients', name: 'work[recipients]', label: t('posting.work.recipients'), hint: t('posting.work.recipients.hint') })}
${field(form, { key: 'collection_names', name: 'work[collection_names]', label: t('posting.work.collections'), hint: t('posting.work.collections.hint') })}
${field(form, { key: 'expected_chapters', name: 'work[wip_length]', label: t('posting.work.expected_chapters'), hint: t('posting.work.expected_chapters.hint') })}
<div class="field${m.errors.language ? ' has-error' : ''}"><label for="work_language">${t('posting.work.language')}</label>${errorOf(m.errors, 'language')}
<select id="work_language" name="work[language]">${LANGUAGES.map((l) => html`<option value="${l.code}" lang="${l.code}"${l.code === v.language ? html` selected` : ''}>${l.name}</option>`)}</select></div>
</fieldset>
<fieldset><legend>${t('posting.work.privacy')}</legend>
<ul class="radios">
<li><input type="radio" id="visibility_public" name="work[visibility]" value="public"${v.visibility !== 'registered' ? html` checked` : ''}> <label for="visibility_public">${t('posting.work.visibility.public')}</label></li>
<li><input type="radio" id="visibility_registered" name="work[visibility]" value="registered"${v.visibility === 'registered' ? html` checked` : ''}> <label for="visibility_registered">${t('posting.work.visibility.registered')}</label></li>
</ul>
${timeZoneNote(m.zone, ctx.asset)}
${field(form, { key: 'published_on', name: 'work[published_on]', label: t('posting.work.published_on'), type: 'date', hint: t('posting.work.published_on.hint') })}
</fieldset>
${workCommentFields(v, m.errors)}
${m.chapter ? html`${chapterFields(form, m.errors, { first: true })}
${publicationFields(form, { silent: false })}` : ''}
<p class="actions">
${m.workId && !m.isDraft ? html`<button type="submit" name="commit" value="post">${t('posting.save_changes')}</button>` : html`<button type="submit" name="commit" value="post">${t('posting.work.post')}</button>
<button type="submit" name="commit" value="draft" class="secondary">${t('posting.save_draft')}</button>`}
</p>
${autosaveStatus()}
</form>
<script type="module" src="${ctx.asset('autosave.js')}"></script>
<script type="module" src="${ctx.asset('tag-autocomplete.js')}"></script>`);
}
