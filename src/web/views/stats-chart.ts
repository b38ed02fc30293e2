/**
 * A bar chart of one figure per day, drawn on the server as SVG: no script, readable without colour (bars, labelled
 * axes, gridlines), coloured by site.css so it follows the light and dark themes. It is one image to assistive
 * technology (role="img", named by its <title>, described by its <desc> with the total and the busiest day); the
 * page puts the same numbers in a table beside it.
 */
import { html, type Html } from './html.ts';
import { countText } from './numbers.ts';
import { dayStart, type DayFigures } from '../../domain/stats.ts';
import { t, formatNumber, formatDate } from '../../i18n/translate.ts';

// The drawing's own units; the page scales it to the width it has.
const WIDTH = 480;
const HEIGHT = 240;
const LEFT = 52;
const RIGHT = 10;
const TOP = 30;
const BOTTOM = 52;
const PLOT_W = WIDTH - LEFT - RIGHT;
const PLOT_H = HEIGHT - TOP - BOTTOM;

// Axis numbers from a thousand up as "1.5K", so they fit the space left of the plot at any size.
const tickText = (n: number): string => (n >= 1000 ? formatNumber(n, { notation: 'compact', maximumFractionDigits: 1 }) : countText(n));
const shortDay = (day: number): string => formatDate(dayStart(day), { month: 'short', day: 'numeric' });

/** The day as "Dec 6, 2026" in the reader's language (tables and descriptions say it in full). */
export const dayText = (day: number): string => formatDate(dayStart(day), { dateStyle: 'medium' });

/** A round top for the y axis and its step: 1, 2 or 5 times a power of ten, at most five gridlines. */
export function yScale(max: number): { top: number; step: number } {
  if (max <= 0) return { top: 1, step: 1 };
  let step = 1;
  for (let power = 1; ; power *= 10) {
    const found = [1, 2, 5].map((m) => m * power).find((s) => Math.ceil(max / s) <= 5);
    if (found !== undefined) {
      step = found;
      break;
    }
  }
  return { top: Math.ceil(max / step) * step, step };
}

/** Which days get a date under the axis: the first, the last, and evenly between (at most five). */
function labelledDays(count: number): number[] {
  if (count <= 1) return [0];
  const gaps = Math.min(4, count - 1);
  return Array.from({ length: gaps + 1 }, (_, i) => Math.round((i * (count - 1)) / gaps));
}

/** Narrow bars put the first and last dates' text inside the plot's width rather than centred on the bar. */
const anchor = (i: number, count: number, slot: number): string => (slot >= 40 ? 'middle' : i === 0 ? 'start' : i === count - 1 ? 'end' : 'middle');

/** What a chart shows: `figure` of each day ("hits" or "kudos"), for a subject ("all your works", a title). */
export interface ChartSpec {
  id: string;
  days: readonly DayFigures[];
  figure: 'hits' | 'kudos';
  subject: string;
}

/** The sentence a screen reader hears for the chart. */
export function chartDescription(c: ChartSpec): string {
  const first = c.days[0];
  const last = c.days[c.days.length - 1];
  if (!first || !last) return t('member.stats.chart.no_days');
  const total = c.days.reduce((sum, d) => sum + d[c.figure], 0);
  const span = { figure: c.figure, from: dayText(first.day), to: dayText(last.day), subject: c.subject };
  if (total === 0) return t('member.stats.chart.empty', span);
  const best = c.days.reduce((a, b) => (b[c.figure] > a[c.figure] ? b : a));
  return t('member.stats.chart.described', { ...span, total, most: best[c.figure], day: dayText(best.day) });
}

/** The chart as an inline SVG element. */
export function barChart(c: ChartSpec): Html {
  const { top, step } = yScale(Math.max(0, ...c.days.map((d) => d[c.figure])));
  const y = (v: number) => Math.round((TOP + PLOT_H - (v / top) * PLOT_H) * 100) / 100;
  const slot = PLOT_W / Math.max(1, c.days.length);
  const bar = Math.max(0.6, slot * 0.8);
  const ticks = Array.from({ length: top / step + 1 }, (_, i) => i * step);
  const title = t('member.stats.chart.title', { figure: c.figure });
  return html`<svg class="bar-chart ${c.figure}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${c.id}-title" aria-describedby="${c.id}-desc" xmlns="http://www.w3.org/2000/svg">
<title id="${c.id}-title">${title}</title>
<desc id="${c.id}-desc">${chartDescription(c)}</desc>
<text class="axis-title" x="${LEFT}" y="16" fill="currentColor">${title}</text>
${ticks.map((t) => html`<line class="grid" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${y(t)}" y2="${y(t)}" stroke="currentColor"/>
<text class="tick" x="${LEFT - 6}" y="${y(t) + 5}" text-anchor="end" fill="currentColor">${tickText(t)}</text>`)}
${c.days.map((d, i) => (d[c.figure] > 0 ? html`<rect class="bar" x="${(LEFT + i * slot + (slot - bar) / 2).toFixed(2)}" y="${y(d[c.figure])}" width="${bar.toFixed(2)}" height="${(TOP + PLOT_H - y(d[c.figure])).toFixed(2)}" fill="currentColor"><title>${dayText(d.day)}: ${countText(d[c.figure])}</title></rect>` : ''))}
<line class="axis" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${TOP + PLOT_H}" y2="${TOP + PLOT_H}" stroke="currentColor"/>
${labelledDays(c.days.length).map((i) => html`<text class="tick" x="${(LEFT + (i + 0.5) * slot).toFixed(2)}" y="${TOP + PLOT_H + 18}" text-anchor="${anchor(i, c.days.length, slot)}" fill="currentColor">${shortDay(c.days[i]!.day)}</text>`)}
<text class="axis-title" x="${LEFT + PLOT_W / 2}" y="${HEIGHT - 8}" text-anchor="middle" fill="currentColor">${t('member.stats.date_utc')}</text>
</svg>`;
}
