/** Managing a work's chapters: each with its number, state and links, reordered by typing position numbers. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { csrfField } from './form.ts';
import { formatPublishAt } from '../../domain/schedule.ts';
import type { ChapterRecord } from '../../storage/chapters.ts';
import type { WorkRecord } from '../../storage/works.ts';
import type { PageContext } from './page.ts';

/** A chapter's state; a scheduled time on the author's wall clock, named with its zone. */
const state = (c: ChapterRecord, zone: string): string =>
  c.status === 'posted' ? '' : c.status === 'scheduled' && c.publishAt !== null ? `Scheduled for ${formatPublishAt(c.publishAt, zone).replace('T', ' ')} ${zone}` : 'Draft';

/** The page. */
export function chapterManagePage(ctx: PageContext, m: { work: WorkRecord; chapters: ChapterRecord[]; zone: string }): Html {
  const id = m.work.id;
  const many = m.chapters.length > 1;
  return layout(ctx, `Manage chapters of ${m.work.title}`, html`<h1>Manage chapters</h1>
<p>Of <a href="/works/${id}">${m.work.title}</a></p>
<form method="post" action="/works/${id}/chapters/reorder" class="stack">
${csrfField(ctx.csrfToken)}
${many ? html`<p class="hint" id="positions_hint">To reorder, change the numbers and save: typing 1 next to a chapter makes it the first.</p>` : ''}
<ol class="chapter-management">
${m.chapters.map((c, i) => {
  const name = c.title || `Chapter ${i + 1}`;
  const note = state(c, m.zone);
  return html`<li class="chapter-row">
${many ? html`<label for="chapter_position_${c.id}" class="visually-hidden">Position of ${name}</label><input type="number" class="position" id="chapter_position_${c.id}" name="chapters[${c.id}]" value="${c.position}" min="1" max="${m.chapters.length}" inputmode="numeric" aria-describedby="positions_hint">` : ''}
<span class="chapter-name">${i + 1}. ${name}</span>${note ? html` <span class="chapter-state">(${note})</span>` : ''}
<a href="/works/${id}/chapters/${c.id}/edit">Edit<span class="visually-hidden"> ${name}</span></a>
${many ? html`<a href="/works/${id}/chapters/${c.id}/delete">Delete<span class="visually-hidden"> ${name}</span></a>` : ''}
</li>`;
})}
</ol>
${many ? html`<p class="actions"><button type="submit">Save order</button></p>` : html`<p>A work's only chapter cannot be deleted on its own: <a href="/works/${id}/delete">delete the work</a> instead.</p>`}
</form>
<p><a href="/works/${id}/chapters/new">Add a chapter</a></p>`);
}
