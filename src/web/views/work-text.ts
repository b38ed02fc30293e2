/** The reading parts of a work page: the preface, each chapter module, the afterword (OTW markup). */
import { html, raw, type Html } from './html.ts';
import { chapterPath } from '../urls.ts';
import { creatorLinks } from './byline.ts';
import type { ChapterRecord } from '../../storage/chapters.ts';
import type { WorkPage } from '../../actions/read-work.ts';
import { chapterTitleAfterNumber } from '../../domain/chapter-heading.ts';
import { giftItem } from './gift-links.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';
import { langAttributes, interfaceLangAttributes } from '../../i18n/lang-attributes.ts';

/** A titled block of the author's text, which carries the work's language (`lang`). */
const module = (cls: string, heading: string, body: string, lang: string, id = '') =>
  body ? html`<div${id ? html` id="${id}"` : ''} class="${cls}"><h3 class="heading">${heading}</h3><blockquote class="userstuff"${langAttributes(lang)}>${raw(body)}</blockquote></div>` : '';

/** A chapter in the chapter menu: "2. Its title", or "2. Chapter 2" when untitled. */
export const chapterOptionText = (n: number, title: string): string => t('work.chapter.option', { n, title: title || t('work.chapter.numbered', { n }) });

/** Creator links, in the byline. */
export const byline = (p: Pick<WorkPage, 'creators'>) =>
  html`${creatorLinks(p.creators)}`;

/**
 * `div.preface.group`: title, byline, summary, work notes (with the beta credits as associations). The notes are shown
 * with the first chapter and the entire work only (`withNotes`), as AO3 and eFiction show a work's notes.
 */
export function workPreface(p: WorkPage, lockUrl: string, withNotes = true): Html {
  const w = p.work;
  const thanks = w.betaCredits || p.betas.length
    ? html`<li>${tHtml('work.preface.thanks', { credits: html`${w.betaCredits}${w.betaCredits && p.betas.length ? ' — ' : ''}${p.betas.map((b, i) => html`${i ? ', ' : ''}<a href="/users/${b}">${b}</a>`)}` })}</li>`
    : '';
  const gifts = giftItem(p.gifts);
  const credits = thanks || gifts ? html`<ul class="associations">${gifts}${thanks}</ul>` : '';
  const notes = withNotes && (w.notesHtml || credits)
    ? html`<div class="notes module"><h3 class="heading">${t('work.text.notes')}</h3>${credits}${w.notesHtml ? html`<blockquote class="userstuff"${langAttributes(w.language)}>${raw(w.notesHtml)}</blockquote>` : ''}</div>`
    : '';
  return html`<div class="preface group">
<h2 class="title heading"><span${langAttributes(w.language)}>${w.title}</span>${w.visibility === 'registered' ? html` <img src="${lockUrl}" alt="${t('work.restricted.alt')}" title="${t('work.restricted.title')}" width="15" height="15" class="restricted">` : ''}${w.visibility === 'draft' ? html` <span class="draft-label">${t('work.draft.label')}</span>` : ''}</h2>
<h3 class="byline heading">${byline(p)}</h3>
${module('summary module', t('work.text.summary'), w.summaryHtml, w.language)}
${notes}
</div>`;
}

/** One chapter: its preface (title, summary, notes), its text in `div.userstuff.module`, its end notes. */
export function chapterModule(p: WorkPage, c: ChapterRecord, n: number): Html {
  const multi = p.chapters.length > 1 || (p.work.expectedChapters ?? 1) > 1;
  const titled = chapterTitleAfterNumber(n, c.title);
  const title = html`<a href="${chapterPath(p.work.id, c.id)}">${t('work.chapter.numbered', { n })}</a>${titled ? html`: <span${langAttributes(p.work.language)}>${titled}</span>` : ''}`;
  const state = c.status === 'posted' ? '' : html` <span class="draft-label">${c.status === 'scheduled' ? t('work.chapter.scheduled', { when: new Date(c.publishAt!).toISOString().slice(0, 16).replace('T', ' ') }) : t('work.draft.label')}</span>`;
  return html`<div class="chapter" id="chapter-${n}">
${multi || c.title || c.summaryHtml || c.notesHtml ? html`<div class="chapter preface group"><h3 class="title">${title}${state}</h3>
${module('summary module', t('work.text.summary'), c.summaryHtml, p.work.language, 'summary')}
${module('notes module', t('work.text.notes'), c.notesHtml, p.work.language, 'notes')}
</div>` : ''}
<div class="userstuff module" role="article"${langAttributes(p.work.language)}><h3 class="landmark heading" id="work"${interfaceLangAttributes()}>${t('work.text.chapter_text')}</h3>
${raw(c.bodyHtml)}
</div>
${c.endNotesHtml ? html`<div class="chapter preface group">${module('end notes module', t('work.text.notes'), c.endNotesHtml, p.work.language, `chapter_${n}_endnotes`)}</div>` : ''}
</div>`;
}

/** `div.afterword`: the work's end notes. */
export function workAfterword(p: WorkPage): Html | '' {
  return p.work.endNotesHtml ? html`<div class="afterword preface group">${module('end notes module', t('work.text.notes'), p.work.endNotesHtml, p.work.language, 'work_endnotes')}</div>` : '';
}
