/**
 * /users/{login}/stats: an author's statistics (AO3's). A year selector (links), the totals, a chart of hits and
 * kudos per day with its range and work chosen by a plain GET form, the same figures as a table, and every work's
 * figures in a table sorted by its column headings' links. Nothing needs JavaScript.
 */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { currentOrLink as choice } from './current-link.ts';
import { countText } from './numbers.ts';
import { dateOnly } from './time.ts';
import { barChart, dayText } from './stats-chart.ts';
import { CHART_RANGES, STAT_COLUMNS, firstDirection, type StatColumn, type StatsQuery, type WorkFigures } from '../../domain/stats.ts';
import type { AuthorStats } from '../../actions/author-stats.ts';
import type { PageContext } from './page.ts';
import { t, currentLocale } from '../../i18n/translate.ts';

/** A column's heading ("Work", "Hits"…) in the reader's language. */
const heading = (column: StatColumn): string => t(`member.stats.column.${column}`);

/** The page's address with `changes` applied to `q` (defaults left out, so links stay short). */
function statsUrl(login: string, q: StatsQuery, changes: Partial<StatsQuery>): string {
  const next = { ...q, ...changes };
  const p = new URLSearchParams();
  if (next.year !== null) p.set('year', String(next.year));
  if (next.sort !== 'hits' || next.direction !== 'desc') {
    p.set('sort_column', next.sort);
    p.set('sort_direction', next.direction);
  }
  if (next.range !== 30) p.set('range', String(next.range));
  if (next.workId !== null) p.set('work', String(next.workId));
  const query = p.toString();
  return `/users/${login}/stats${query ? `?${query}` : ''}`;
}

function yearNav(s: AuthorStats): Html {
  const q = s.query;
  return html`<nav class="stats-years" aria-label="${t('member.stats.year')}"><ul class="navigation actions">
<li>${choice(q.year === null, statsUrl(s.user.login, q, { year: null }), t('member.stats.all_years'))}</li>
${s.years.map((y) => html`<li>${choice(q.year === y, statsUrl(s.user.login, q, { year: y }), String(y))}</li>`)}
</ul></nav>`;
}

const periodText = (q: StatsQuery): string => (q.year === null ? t('member.stats.all_years_lower') : String(q.year));

function totals(s: AuthorStats): Html {
  const sums = s.totals;
  // Each name stays with its number when the list wraps.
  const item = (label: string, value: number, cls: string) => html`<div><dt>${t('member.stats.label', { label })}</dt> <dd class="${cls}">${countText(value)}</dd></div>`;
  return html`<section aria-labelledby="stats-totals-heading" class="stats-totals">
<h2 id="stats-totals-heading" class="heading">${t('member.stats.totals', { period: periodText(s.query) })}</h2>
<dl class="stats">
${item(t('member.stats.works'), s.works.length, 'works')}${item(heading('words'), sums.words, 'words')}${item(heading('hits'), sums.hits, 'hits')}${item(heading('kudos'), sums.kudos, 'kudos')}
${item(heading('comments'), sums.comments, 'comments')}${item(heading('bookmarks'), sums.bookmarks, 'bookmarks')}${item(heading('subscriptions'), sums.subscriptions, 'subscriptions')}${item(t('member.stats.subscribers'), s.subscribers, 'user-subscriptions')}
</dl>
${s.query.year !== null ? html`<p class="hint">${t('member.stats.year_hint', { year: String(s.query.year) })}</p>` : ''}
</section>`;
}

function chartForm(s: AuthorStats): Html {
  const q = s.query;
  const sorted = `${q.sort} ${q.direction}`;
  return html`<form class="chart-options" method="get" action="/users/${s.user.login}/stats">
${q.year !== null ? html`<input type="hidden" name="year" value="${q.year}">` : ''}
${sorted !== 'hits desc' ? html`<input type="hidden" name="sort_column" value="${q.sort}"><input type="hidden" name="sort_direction" value="${q.direction}">` : ''}
<p><label for="stats-range">${t('member.stats.days')}</label>
<select id="stats-range" name="range">${CHART_RANGES.map((r) => html`<option value="${r}"${r === q.range ? html` selected` : ''}>${t('member.stats.last_days', { count: r })}</option>`)}</select></p>
<p><label for="stats-work">${heading('title')}</label>
<select id="stats-work" name="work"><option value="all">${t('member.stats.all_works')}</option>${[...s.works].sort((a, b) => a.title.localeCompare(b.title, currentLocale())).map((w) => html`<option value="${w.workId}"${w.workId === q.workId ? html` selected` : ''}>${w.title}</option>`)}</select></p>
<p><button type="submit">${t('member.stats.show_chart')}</button></p>
</form>`;
}

function chartSection(s: AuthorStats): Html {
  const subject = s.chartWork ? t('member.stats.quoted', { title: s.chartWork.title }) : t('member.stats.all_your_works');
  const first = s.days[0]!;
  const last = s.days[s.days.length - 1]!;
  return html`<section aria-labelledby="stats-chart-heading" class="stats-chart">
<h2 id="stats-chart-heading" class="heading">${t('member.stats.per_day')}</h2>
${chartForm(s)}
<p class="chart-span">${t('member.stats.span', { count: s.query.range, from: dayText(first.day), to: dayText(last.day), subject })}</p>
<div class="charts">
${barChart({ id: 'chart-hits', days: s.days, figure: 'hits', subject })}
${barChart({ id: 'chart-kudos', days: s.days, figure: 'kudos', subject })}
</div>
<details class="chart-data"><summary>${t('member.stats.as_table')}</summary>
<div class="table-scroll"><table class="chart-table">
<caption>${t('member.stats.table_caption', { subject })}</caption>
<thead><tr><th scope="col">${t('member.stats.date_utc')}</th><th scope="col">${heading('hits')}</th><th scope="col">${heading('kudos')}</th></tr></thead>
<tbody>${s.days.map((d) => html`<tr><th scope="row">${dayText(d.day)}</th><td>${countText(d.hits)}</td><td>${countText(d.kudos)}</td></tr>`)}</tbody>
</table></div>
</details>
</section>`;
}

/** A column heading: a link sorting by it (the sorted one links to the other direction). */
function sortHeading(s: AuthorStats, column: StatColumn): Html {
  const q = s.query;
  const sorted = q.sort === column;
  const next = sorted ? (q.direction === 'asc' ? 'desc' : 'asc') : firstDirection(column);
  const label = html`${heading(column)}${sorted ? html`<span aria-hidden="true">${q.direction === 'asc' ? ' ▲' : ' ▼'}</span>` : ''}`;
  return html`<th scope="col" class="${column}"${sorted ? html` aria-sort="${q.direction === 'asc' ? 'ascending' : 'descending'}"` : ''}><a href="${statsUrl(s.user.login, q, { sort: column, direction: next })}">${label}<span class="visually-hidden">${t(next === 'asc' ? 'member.stats.sort_asc' : 'member.stats.sort_desc')}</span></a></th>`;
}

/** The link turning the order round, by what is sorted and which way it runs now. */
const reverse = (what: 'title' | 'date' | 'figure', now: 'asc' | 'desc'): string => t(`member.stats.reverse.${what}_${now}`);

/** The same sorting as the headings, for narrow screens where the table is a list of cards without its header row. */
function sortNav(s: AuthorStats): Html {
  const q = s.query;
  return html`<nav class="stats-sort" aria-label="${t('member.stats.sort_works_by')}"><p>${t('member.stats.sort_by')}</p><ul class="navigation actions">
${STAT_COLUMNS.map((c) => html`<li>${choice(q.sort === c, statsUrl(s.user.login, q, { sort: c, direction: q.sort === c ? q.direction : firstDirection(c) }), heading(c))}</li>`)}
<li>${choice(false, statsUrl(s.user.login, q, { direction: q.direction === 'asc' ? 'desc' : 'asc' }), reverse(q.sort === 'title' ? 'title' : q.sort === 'date' ? 'date' : 'figure', q.direction))}</li>
</ul></nav>`;
}


function workRow(w: WorkFigures): Html {
  const cell = (column: Exclude<StatColumn, 'title' | 'date'>) => html`<td class="${column}" data-label="${heading(column)}">${countText(w[column])}</td>`;
  return html`<tr><th scope="row" class="title"><a href="/works/${w.workId}">${w.title}</a>${w.removal ? html` <span class="badge removal">${t(`member.stats.removal.${w.removal}`)}</span>` : ''}</th>
<td class="date" data-label="${heading('date')}">${dateOnly(w.publishedAt)}</td>${cell('words')}${cell('hits')}${cell('kudos')}${cell('comments')}${cell('bookmarks')}${cell('subscriptions')}</tr>`;
}

function worksTable(s: AuthorStats): Html {
  if (s.works.length === 0) {
    return html`<p>${s.query.year === null ? t('member.empty.own') : t('member.stats.none_in_year', { year: String(s.query.year) })}</p>`;
  }
  const sums = s.totals;
  const total = (column: keyof typeof sums) => html`<td class="${column}" data-label="${heading(column)}">${countText(sums[column])}</td>`;
  return html`${sortNav(s)}
<table class="stats-table">
<caption class="visually-hidden">${t('member.stats.caption', { period: periodText(s.query) })}</caption>
<thead><tr>${STAT_COLUMNS.map((c) => sortHeading(s, c))}</tr></thead>
<tbody>${s.works.map(workRow)}</tbody>
<tfoot><tr><th scope="row">${t('member.stats.all_works')}</th><td class="date"></td>${total('words')}${total('hits')}${total('kudos')}${total('comments')}${total('bookmarks')}${total('subscriptions')}</tr></tfoot>
</table>`;
}

/** The page. */
export function statsPage(ctx: PageContext, s: AuthorStats): Html {
  return layout(ctx, t('member.stats.title'), html`<div class="stats-page">
<h1 class="heading">${t('member.stats.title')}</h1>
${s.problems.map((p) => html`<p class="notice" role="status">${p}</p>`)}
${yearNav(s)}
${totals(s)}
${chartSection(s)}
<section aria-labelledby="stats-works-heading" class="stats-works">
<h2 id="stats-works-heading" class="heading">${t('member.stats.works_period', { period: periodText(s.query) })}</h2>
${worksTable(s)}
</section>
<p class="user-links"><a href="/users/${s.user.login}/works">${t('member.own.all_works')}</a> · <a href="/users/${s.user.login}">${t('member.own.profile')}</a></p>
</div>`);
}
