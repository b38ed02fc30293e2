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

const HEADINGS: Record<StatColumn, string> = {
  title: 'Work', date: 'Posted', words: 'Words', hits: 'Hits', kudos: 'Kudos', comments: 'Comments', bookmarks: 'Bookmarks', subscriptions: 'Subscriptions',
};

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
  return html`<nav class="stats-years" aria-label="Year"><ul class="navigation actions">
<li>${choice(q.year === null, statsUrl(s.user.login, q, { year: null }), 'All years')}</li>
${s.years.map((y) => html`<li>${choice(q.year === y, statsUrl(s.user.login, q, { year: y }), String(y))}</li>`)}
</ul></nav>`;
}

const periodText = (q: StatsQuery): string => (q.year === null ? 'all years' : String(q.year));

function totals(s: AuthorStats): Html {
  const t = s.totals;
  // Each name stays with its number when the list wraps.
  const item = (label: string, value: number, cls: string) => html`<div><dt>${label}:</dt> <dd class="${cls}">${countText(value)}</dd></div>`;
  return html`<section aria-labelledby="stats-totals-heading" class="stats-totals">
<h2 id="stats-totals-heading" class="heading">Totals, ${periodText(s.query)}</h2>
<dl class="stats">
${item('Works', s.works.length, 'works')}${item('Words', t.words, 'words')}${item('Hits', t.hits, 'hits')}${item('Kudos', t.kudos, 'kudos')}
${item('Comments', t.comments, 'comments')}${item('Bookmarks', t.bookmarks, 'bookmarks')}${item('Subscriptions', t.subscriptions, 'subscriptions')}${item('Subscribers to you', s.subscribers, 'user-subscriptions')}
</dl>
${s.query.year !== null ? html`<p class="hint">Hits and kudos count on the day they were made (UTC). Words are each work’s length now; works posted after ${s.query.year} are not listed.</p>` : ''}
</section>`;
}

function chartForm(s: AuthorStats): Html {
  const q = s.query;
  const sorted = `${q.sort} ${q.direction}`;
  return html`<form class="chart-options" method="get" action="/users/${s.user.login}/stats">
${q.year !== null ? html`<input type="hidden" name="year" value="${q.year}">` : ''}
${sorted !== 'hits desc' ? html`<input type="hidden" name="sort_column" value="${q.sort}"><input type="hidden" name="sort_direction" value="${q.direction}">` : ''}
<p><label for="stats-range">Days</label>
<select id="stats-range" name="range">${CHART_RANGES.map((r) => html`<option value="${r}"${r === q.range ? html` selected` : ''}>Last ${r} days</option>`)}</select></p>
<p><label for="stats-work">Work</label>
<select id="stats-work" name="work"><option value="all">All works</option>${[...s.works].sort((a, b) => a.title.localeCompare(b.title, 'en')).map((w) => html`<option value="${w.workId}"${w.workId === q.workId ? html` selected` : ''}>${w.title}</option>`)}</select></p>
<p><button type="submit">Show chart</button></p>
</form>`;
}

function chartSection(s: AuthorStats): Html {
  const subject = s.chartWork ? `“${s.chartWork.title}”` : 'all your works';
  const first = s.days[0]!;
  const last = s.days[s.days.length - 1]!;
  return html`<section aria-labelledby="stats-chart-heading" class="stats-chart">
<h2 id="stats-chart-heading" class="heading">Hits and kudos per day</h2>
${chartForm(s)}
<p class="chart-span">The last ${s.query.range} days, ${dayText(first.day)} to ${dayText(last.day)} (UTC), ${subject}.</p>
<div class="charts">
${barChart({ id: 'chart-hits', days: s.days, figure: 'hits', noun: 'hits', subject })}
${barChart({ id: 'chart-kudos', days: s.days, figure: 'kudos', noun: 'kudos', subject })}
</div>
<details class="chart-data"><summary>Hits and kudos per day as a table</summary>
<div class="table-scroll"><table class="chart-table">
<caption>Hits and kudos per day, ${subject}</caption>
<thead><tr><th scope="col">Date (UTC)</th><th scope="col">Hits</th><th scope="col">Kudos</th></tr></thead>
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
  const label = html`${HEADINGS[column]}${sorted ? html`<span aria-hidden="true">${q.direction === 'asc' ? ' ▲' : ' ▼'}</span>` : ''}`;
  return html`<th scope="col" class="${column}"${sorted ? html` aria-sort="${q.direction === 'asc' ? 'ascending' : 'descending'}"` : ''}><a href="${statsUrl(s.user.login, q, { sort: column, direction: next })}">${label}<span class="visually-hidden">, sort ${next === 'asc' ? 'ascending' : 'descending'}</span></a></th>`;
}

/** The link turning the order round, by what is sorted and which way it runs now. */
const REVERSE = {
  title: { asc: 'Z to A', desc: 'A to Z' }, date: { asc: 'Newest first', desc: 'Oldest first' }, figure: { asc: 'Largest first', desc: 'Smallest first' },
} as const;

/** The same sorting as the headings, for narrow screens where the table is a list of cards without its header row. */
function sortNav(s: AuthorStats): Html {
  const q = s.query;
  return html`<nav class="stats-sort" aria-label="Sort works by"><p>Sort by:</p><ul class="navigation actions">
${STAT_COLUMNS.map((c) => html`<li>${choice(q.sort === c, statsUrl(s.user.login, q, { sort: c, direction: q.sort === c ? q.direction : firstDirection(c) }), HEADINGS[c])}</li>`)}
<li>${choice(false, statsUrl(s.user.login, q, { direction: q.direction === 'asc' ? 'desc' : 'asc' }), REVERSE[q.sort === 'title' ? 'title' : q.sort === 'date' ? 'date' : 'figure'][q.direction])}</li>
</ul></nav>`;
}

const REMOVAL: Record<'hidden' | 'pending', string> = { hidden: 'Hidden by moderators', pending: 'Waiting for validation' };

function workRow(w: WorkFigures): Html {
  const cell = (column: Exclude<StatColumn, 'title' | 'date'>) => html`<td class="${column}" data-label="${HEADINGS[column]}">${countText(w[column])}</td>`;
  return html`<tr><th scope="row" class="title"><a href="/works/${w.workId}">${w.title}</a>${w.removal ? html` <span class="badge removal">${REMOVAL[w.removal]}</span>` : ''}</th>
<td class="date" data-label="Posted">${dateOnly(w.publishedAt)}</td>${cell('words')}${cell('hits')}${cell('kudos')}${cell('comments')}${cell('bookmarks')}${cell('subscriptions')}</tr>`;
}

function worksTable(s: AuthorStats): Html {
  if (s.works.length === 0) {
    return html`<p>${s.query.year === null ? 'You have not posted any works yet.' : `You had no posted works in ${s.query.year}.`}</p>`;
  }
  const t = s.totals;
  const total = (column: keyof typeof t) => html`<td class="${column}" data-label="${HEADINGS[column]}">${countText(t[column])}</td>`;
  return html`${sortNav(s)}
<table class="stats-table">
<caption class="visually-hidden">Your works’ statistics, ${periodText(s.query)}</caption>
<thead><tr>${STAT_COLUMNS.map((c) => sortHeading(s, c))}</tr></thead>
<tbody>${s.works.map(workRow)}</tbody>
<tfoot><tr><th scope="row">All works</th><td class="date"></td>${total('words')}${total('hits')}${total('kudos')}${total('comments')}${total('bookmarks')}${total('subscriptions')}</tr></tfoot>
</table>`;
}

/** The page. */
export function statsPage(ctx: PageContext, s: AuthorStats): Html {
  return layout(ctx, 'Statistics', html`<div class="stats-page">
<h1 class="heading">Statistics</h1>
${s.problems.map((p) => html`<p class="notice" role="status">${p}</p>`)}
${yearNav(s)}
${totals(s)}
${chartSection(s)}
<section aria-labelledby="stats-works-heading" class="stats-works">
<h2 id="stats-works-heading" class="heading">Works, ${periodText(s.query)}</h2>
${worksTable(s)}
</section>
<p class="user-links"><a href="/users/${s.user.login}/works">All my works</a> · <a href="/users/${s.user.login}">My profile</a></p>
</div>`);
}
