/** The work page: one chapter, or the entire work (`?view_full_work=true`), in the OTW contract's markup. */
import { html, raw, type Html } from './html.ts';
import { layout, layoutHoles } from './layout.ts';
import { workMeta } from './work-meta.ts';
import { workPreface, chapterModule, workAfterword, chapterOptionText } from './work-text.ts';
import { csrfField } from './form.ts';
import { chapterPath, workPath } from '../urls.ts';
import type { WorkPage } from '../../actions/read-work.ts';
import type { PageContext } from './page.ts';
import { readerControls } from './reader-controls.ts';
import { SKIN_DISABLED_CLASS } from './reader-attributes.ts';
import { downloadMenu } from './download-menu.ts';
import { feedLink } from './feed-link.ts';
import { subscribeItem, type SubscribeButton } from './subscribe-button.ts';
import { markItem } from './mark-button.ts';
import { reportParagraph } from './report-link.ts';
import { removalBanner } from './removal-banner.ts';
import { isStaff } from '../../domain/moderation.ts';
import { t } from '../../i18n/translate.ts';
import { hole, type HoleName } from '../page-holes.ts';

/** What the page shows besides the work itself. */
export interface WorkShowModel {
  page: WorkPage;
  /** The chapter shown, or undefined for the entire work. */
  chapterIndex: number | undefined;
  siteDisclaimerHtml: string;
  /** Extra blocks after the text (kudos, comments), rendered by their own views. */
  after?: Html;
  /** The viewer's Subscribe / Unsubscribe button (none for guests and creators). */
  subscribe?: SubscribeButton;
  /** Whether the work is in the member's Marked for Later list (undefined: no button, e.g. guests and creators). */
  marked?: boolean;
}

function creatorActions(ctx: PageContext, p: WorkPage): Html | '' {
  if (!p.canEdit) return '';
  const id = p.work.id;
  return html`<li><a href="/works/${id}/edit">${t('work.nav.edit')}</a></li><li><a href="/works/${id}/chapters/new">${t('work.nav.add_chapter')}</a></li>
<li><a href="/works/${id}/chapters/manage">${t('work.nav.manage_chapters')}</a></li>
${p.work.visibility === 'draft' ? html`<li><form method="post" action="/works/${id}/publish" class="inline">${csrfField(ctx.csrfToken)}<button type="submit">${t('work.nav.post_draft')}</button></form></li>` : ''}
<li><a href="/works/${id}/delete">${t('work.nav.delete')}</a></li>`;
}

/** The reader's own buttons in a work's navigation: Subscribe and Mark for Later. */
export const workViewerActions = (ctx: PageContext, workId: number, subscribe?: SubscribeButton, marked?: boolean): Html => html`${subscribeItem(ctx, subscribe)}
${markItem(ctx, workId, marked)}`;

function navigation(ctx: PageContext, p: WorkPage, index: number | undefined, subscribe?: SubscribeButton, marked?: boolean): Html {
  const id = p.work.id;
  const many = p.chapters.length > 1;
  const select = many
    ? html`<li class="chapter-select"><form method="get" action="/works/${id}/chapter" class="inline"><label for="selected_id" class="visually-hidden">${t('work.nav.chapter_label')}</label>
<select id="selected_id" name="selected_id">${p.chapters.map((c, i) => html`<option value="${c.id}"${i === index ? html` selected` : ''}>${chapterOptionText(i + 1, c.title)}</option>`)}</select> <button type="submit">${t('work.nav.go')}</button></form></li>`
    : '';
  return html`<nav aria-label="${t('work.nav.label')}"><ul class="work navigation actions">
${many ? (index === undefined ? html`<li><a href="${workPath(id)}">${t('work.nav.chapter_by_chapter')}</a></li>` : html`<li><a href="${workPath(id)}?view_full_work=true">${t('work.nav.entire_work')}</a></li>`) : ''}
${many ? html`<li><a href="/works/${id}/navigate">${t('work.nav.chapter_index')}</a></li>` : ''}
${select}
<li><a href="/works/${id}/print">${t('work.nav.print')}</a></li>
<li><a href="/works/${id}/plain">${t('work.nav.plain')}</a></li>
${downloadMenu(p)}
${hole(ctx, 'work-actions', () => workViewerActions(ctx, id, subscribe, marked))}
${creatorActions(ctx, p)}
${isStaff(ctx.viewer) ? html`<li><a href="/admin/works/${id}/moderate">${t('work.nav.moderate')}</a></li>` : ''}
</ul></nav>`;
}

function chapterPager(p: WorkPage, index: number): Html | '' {
  if (p.chapters.length < 2) return '';
  const prev = p.chapters[index - 1];
  const next = p.chapters[index + 1];
  return html`<nav aria-label="${t('work.pager.label')}"><ul class="chapter-pager">
${prev ? html`<li><a href="${chapterPath(p.work.id, prev.id)}#workskin" rel="prev">${t('work.pager.previous')}</a></li>` : ''}
<li><a href="${workPath(p.work.id)}?view_full_work=true">${t('work.nav.entire_work')}</a></li>
${next ? html`<li><a href="${chapterPath(p.work.id, next.id)}#workskin" rel="next">${t('work.pager.next')}</a></li>` : ''}
</ul></nav>`;
}

function disclaimers(p: WorkPage, site: string): Html | '' {
  const fandoms = p.tags.fandom.filter((f) => f.disclaimerHtml);
  if (!site && fandoms.length === 0) return '';
  return html`<aside class="disclaimers" aria-label="${t('work.disclaimers.label')}">${fandoms.map((f) => html`<div class="disclaimer userstuff">${raw(f.disclaimerHtml)}</div>`)}${site ? html`<div class="disclaimer userstuff">${raw(site)}</div>` : ''}</aside>`;
}

/** The page's holes (page-holes.ts) filled for this viewer. */
export const workPageHoles = (ctx: PageContext, m: WorkShowModel): Partial<Record<HoleName, Html | ''>> => ({
  ...layoutHoles(ctx), 'work-actions': workViewerActions(ctx, m.page.work.id, m.subscribe, m.marked), after: m.after ?? '',
});

/** The full page. */
export function workShowPage(ctx: PageContext, m: WorkShowModel): Html {
  const p = m.page;
  const shown = m.chapterIndex === undefined ? p.chapters.map((c, i) => [c, i] as const) : [[p.chapters[m.chapterIndex]!, m.chapterIndex] as const];
  const title = m.chapterIndex !== undefined && p.chapters.length > 1 ? t('work.title.with_chapter', { title: p.work.title, n: m.chapterIndex + 1 }) : p.work.title;
  return layout(ctx, title, html`<div class="work-page">
<h1 class="landmark heading visually-hidden">${title}</h1>
${navigation(ctx, p, m.chapterIndex, m.subscribe, m.marked)}
${readerControls(ctx)}
${removalBanner(ctx, p.work)}
${p.invited.length && p.canEdit ? html`<p class="notice">${t('work.invited.waiting', { names: p.invited.map((c) => c.login).join(', ') })}</p>` : ''}
${workMeta(p)}
<div id="workskin"${ctx.prefs.hideAuthorStyle ? html` class="${SKIN_DISABLED_CLASS}"` : ''}>
${workPreface(p, ctx.asset('lock.svg'), m.chapterIndex === undefined || m.chapterIndex === 0)}
<div id="chapters">${shown.map(([c, i]) => chapterModule(p, c, i + 1))}</div>
${m.chapterIndex === undefined || m.chapterIndex === p.chapters.length - 1 ? workAfterword(p) : ''}
</div>
${m.chapterIndex !== undefined ? chapterPager(p, m.chapterIndex) : ''}
${disclaimers(p, m.siteDisclaimerHtml)}
${m.chapterIndex !== undefined && p.chapters.length > 1 ? reportParagraph(chapterPath(p.work.id, p.chapters[m.chapterIndex]!.id), t('work.report.chapter')) : reportParagraph(workPath(p.work.id), t('work.report.work'))}
${hole(ctx, 'after', () => m.after ?? '')}
</div>`, p.work.visibility === 'draft' ? '' : feedLink(`/works/${p.work.id}/chapters.atom`, t('work.feed.chapters', { title: p.work.title })));
}
