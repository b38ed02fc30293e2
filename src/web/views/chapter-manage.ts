/** Managing a work's chapters: each with its number, state and links, reordered by typing position numbers. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { csrfField } from './form.ts';
import { formatPublishAt } from '../../domain/schedule.ts';
import type { ChapterRecord } from '../../storage/chapters.ts';
import type { WorkRecord } from '../../storage/works.ts';
import type { PageContext } from './page.ts';
import { t, formatNumber } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';

/** A chapter's state; a scheduled time on the author's wall clock, named with its zone. */
const state = (c: ChapterRecord, zone: string): string =>
  c.status === 'posted' ? '' : c.status === 'scheduled' && c.publishAt !== null ? t('posting.manage.scheduled', { time: formatPublishAt(c.publishAt, zone).replace('T', ' '), zone }) : t('posting.manage.draft');

/** The page. */
export function chapterManagePage(ctx: PageContext, m: { work: WorkRecord; chapters: ChapterRecord[]; zone: string }): Html {
  const id = m.work.id;
  const many = m.chapters.length > 1;
  return layout(ctx, t('posting.manage.title', { work: m.work.title }), html`<h1>${t('posting.manage.heading')}</h1>
<p>${tHtml('posting.of_work', { work: html`<a href="/works/${id}">${m.work.title}</a>` })}</p>
<form method="post" action="/works/${id}/chapters/reorder" class="stack">
${csrfField(ctx.csrfToken)}
${many ? html`<p class="hint" id="positions_hint">${t('posting.manage.positions.hint')}</p>` : ''}
<ol class="chapter-management">
${m.chapters.map((c, i) => {
  const name = c.title || t('posting.manage.chapter_number', { number: i + 1 });
  const note = state(c, m.zone);
  return html`<li class="chapter-row">
${many ? html`<label for="chapter_position_${c.id}" class="visually-hidden">${t('posting.manage.position_of', { name })}</label><input type="number" class="position" id="chapter_position_${c.id}" name="chapters[${c.id}]" value="${c.position}" min="1" max="${m.chapters.length}" inputmode="numeric" aria-describedby="positions_hint">` : ''}
<span class="chapter-name">${formatNumber(i + 1)}. ${name}</span>${note ? html` <span class="chapter-state">(${note})</span>` : ''}
<a href="/works/${id}/chapters/${c.id}/edit">${t('posting.manage.edit')}<span class="visually-hidden"> ${name}</span></a>
${many ? html`<a href="/works/${id}/chapters/${c.id}/delete">${t('posting.manage.delete')}<span class="visually-hidden"> ${name}</span></a>` : ''}
</li>`;
})}
</ol>
${many ? html`<p class="actions"><button type="submit">${t('posting.manage.save_order')}</button></p>` : html`<p>${tHtml('posting.manage.only_chapter', { link: html`<a href="/works/${id}/delete">${t('posting.manage.only_chapter.link')}</a>` })}</p>`}
</form>
<p><a href="/works/${id}/chapters/new">${t('posting.chapter.heading.new')}</a></p>`);
}
