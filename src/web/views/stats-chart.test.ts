import { test } from 'node:test';
import assert from 'node:assert/strict';
import { barChart, chartDescription, yScale } from './stats-chart.ts';
import { xmlProblem } from '../../../test/support/xml-check.ts';
import { dayNumber } from '../../domain/visits.ts';

const first = dayNumber(Date.UTC(2026, 10, 7));
const days = Array.from({ length: 30 }, (_, i) => ({ day: first + i, hits: i === 3 ? 12 : i % 4, kudos: 0 }));

test('the y axis tops out at a round number with at most five steps', () => {
  assert.deepEqual(yScale(0), { top: 1, step: 1 });
  assert.deepEqual(yScale(1), { top: 1, step: 1 });
  assert.deepEqual(yScale(12), { top: 15, step: 5 });
  assert.deepEqual(yScale(9), { top: 10, step: 2 });
  assert.deepEqual(yScale(4321), { top: 5000, step: 1000 });
});

test('the chart is a well-formed SVG image named by its title and described by its desc', () => {
  const svg = String(barChart({ id: 'c', days, figure: 'hits', subject: 'all your works' }));
  assert.equal(xmlProblem(svg), undefined);
  assert.match(svg, /^<svg [^>]*role="img" aria-labelledby="c-title" aria-describedby="c-desc"/);
  assert.match(svg, /<title id="c-title">Hits per day<\/title>/);
  assert.match(svg, /<desc id="c-desc">Bar chart of hits per day from Nov 7, 2026 to Dec 6, 2026 \(UTC\), all your works: 52 hits in all; the most, 12, on Nov 10, 2026.<\/desc>/);
  assert.equal(svg.match(/<rect /g)?.length, days.filter((d) => d.hits > 0).length, 'a bar for each day with hits');
  assert.match(svg, />Date \(UTC\)<\/text>/);
  assert.match(svg, />Nov 7<\/text>/);
  assert.match(svg, />Dec 6<\/text>/);
});

test('a title with markup is escaped, and a period without any is said so', () => {
  const svg = String(barChart({ id: 'k', days, figure: 'kudos', subject: '“<b>Bold</b> & true”' }));
  assert.equal(xmlProblem(svg), undefined);
  assert.match(chartDescription({ id: 'k', days, figure: 'kudos', subject: 'x' }), /no kudos in this period/);
});
