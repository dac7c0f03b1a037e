// #/timeline: events per period of a dyad as bars stacked by QuadClass, with mean Goldstein as a line.
import {
  api, el, emptyBox, errorBox, extraFilterChips, field, filterKeys, fmtGold, fmtInt, go, hashFor, loading,
  pick, QUAD_COLORS, quadName, select, svg, VOCAB,
} from './dom.js';

const BUCKETS = ['day', 'week', 'month'];
const SHOWN = ['source', 'target', 'direction', 'from', 'to'];
const W = 960;
const H = 360;
const M = { l: 56, r: 60, t: 18, b: 74 };

export function renderTimeline(root, params) {
  const bucket = BUCKETS.includes(params.bucket) ? params.bucket : 'week';
  const results = el('div', { id: 'timeline-results' });
  root.append(el('h2', null, 'Timeline'), form(params, bucket),
    extraFilterChips(params, SHOWN, (k) => go('timeline', { ...params, [k]: null })), results);
  load(results, params, bucket);
}

function form(params, bucket) {
  const input = (id, value, placeholder, type = 'text') =>
    el('input', { id, name: id, type, value: value || '', placeholder, autocomplete: 'off' });
  const f = el('form', { id: 'timeline-form', class: 'filters' },
    field('Source', input('t-source', params.source, 'RUS')),
    field('Target', input('t-target', params.target, 'UKR')),
    el('label', { class: 'field check', title: 'Source to target or target to source' },
      el('input', { id: 't-direction', name: 't-direction', type: 'checkbox', checked: params.direction === 'either' }),
      el('span', { class: 'label' }, 'Either direction')),
    field('Bucket', select('t-bucket', BUCKETS, bucket)),
    field('From', input('t-from', params.from, '', 'date')),
    field('To', input('t-to', params.to, '', 'date')),
    el('div', { class: 'buttons' }, el('button', { id: 't-apply', type: 'submit', class: 'primary' }, 'Apply')));
  f.addEventListener('submit', (e) => {
    e.preventDefault();
    const v = (id) => f.querySelector('#' + id).value.trim();
    go('timeline', { ...params, source: v('t-source').toUpperCase(), target: v('t-target').toUpperCase(),
      direction: f.querySelector('#t-direction').checked ? 'either' : null,
      bucket: v('t-bucket'), from: v('t-from'), to: v('t-to') });
  });
  return f;
}

async function load(box, params, bucket) {
  box.replaceChildren(loading('Loading timeline…'));
  let data;
  try {
    data = await api('timeline', { ...pick(params, filterKeys()), bucket });
  } catch (err) {
    box.replaceChildren(errorBox(err));
    return;
  }
  const points = (Array.isArray(data.points) ? data.points : []).map(normalise);
  const b = BUCKETS.includes(data.bucket) ? data.bucket : bucket;
  if (!points.some((p) => p.events > 0)) {
    box.replaceChildren(emptyBox('No events match.'), ...coarserNote(data, b));
    return;
  }
  const filters = pick(params, filterKeys());
  const open = (p) => go('events', eventsFilter(filters, p.period, b));
  box.replaceChildren(legend(), el('div', { class: 'chart-wrap' }, chart(points, b, filters, open)),
    table(points, b, filters), ...coarserNote(data, b));
}

/** A line saying how many events are dated too coarsely for the bucket to be drawn (docs/api.md), or none. */
function coarserNote(data, bucket) {
  const n = Number(data.coarser) || 0;
  if (n <= 0) return [];
  return [el('p', { id: 'timeline-coarser', class: 'hint' }, fmtInt(n) + (n === 1 ? ' event is' : ' events are')
    + ' dated only to a longer period than a ' + bucket + ' (a month, season, year or range) and not drawn.')];
}

function normalise(p) {
  const n = (x) => (Number.isFinite(Number(x)) ? Number(x) : 0);
  const g = p.meanGoldstein;
  return { period: String(p.period ?? ''), events: n(p.events), q1: n(p.q1), q2: n(p.q2), q3: n(p.q3),
    q4: n(p.q4), meanGoldstein: g === null || g === undefined || !Number.isFinite(Number(g)) ? null : Number(g) };
}

/** The last day of the bucket that starts on period (YYYY-MM-DD), or period itself if unparseable. */
export function bucketEnd(period, bucket) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(period);
  if (!m) return period;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const end = bucket === 'month' ? new Date(Date.UTC(y, mo + 1, 0))
    : new Date(Date.UTC(y, mo, d + (bucket === 'week' ? 6 : 0)));
  return end.toISOString().slice(0, 10);
}

function eventsFilter(filters, period, bucket) {
  const end = bucketEnd(period, bucket);
  const from = filters.from && filters.from > period ? filters.from : period;
  const to = filters.to && filters.to < end ? filters.to : end;
  return { ...filters, from, to };
}

function niceStep(max, ticks) {
  const raw = Math.max(max, 1) / ticks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const f = raw / mag;
  return Math.max(1, (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * mag);
}

function tooltip(p) {
  return p.period + ': ' + fmtInt(p.events) + ' events — ' +
    VOCAB.quads.map((q) => String(quadName(q) || 'Q' + q).toLowerCase() + ' ' + fmtInt(p['q' + q])).join(', ') +
    '; mean Goldstein ' + (p.meanGoldstein === null ? '–' : fmtGold(p.meanGoldstein));
}

function chart(points, bucket, filters, open) {
  const pw = W - M.l - M.r;
  const ph = H - M.t - M.b;
  const maxE = Math.max(...points.map((p) => Math.max(p.events, p.q1 + p.q2 + p.q3 + p.q4)));
  const step = niceStep(maxE, 5);
  const yMax = Math.ceil(Math.max(maxE, 1) / step) * step;
  const y = (v) => M.t + ph - (v / yMax) * ph;
  const g = (v) => M.t + ((10 - v) / 20) * ph;
  const band = pw / points.length;
  const barW = Math.max(1, band * 0.8);
  const cx = (i) => M.l + i * band + band / 2;
  const kids = [];
  const title = 'Events per ' + bucket + (filters.source ? ' from ' + filters.source : '') +
    (filters.target ? ' to ' + filters.target : '');
  kids.push(svg('title', null, title));
  // left axis (events) with grid
  for (let v = 0; v <= yMax; v += step) {
    kids.push(svg('line', { class: 'grid', x1: M.l, x2: W - M.r, y1: y(v), y2: y(v) }),
      svg('text', { class: 'tick', x: M.l - 6, y: y(v) + 4, 'text-anchor': 'end' }, fmtInt(v)));
  }
  kids.push(svg('text', { class: 'axis-label', transform: `translate(14 ${M.t + ph / 2}) rotate(-90)`,
    'text-anchor': 'middle' }, 'Events'));
  // right axis (Goldstein)
  for (const v of [-10, -5, 0, 5, 10]) {
    kids.push(svg('line', { class: 'tick-mark', x1: W - M.r, x2: W - M.r + 4, y1: g(v), y2: g(v) }),
      svg('text', { class: 'tick', x: W - M.r + 7, y: g(v) + 4 }, (v > 0 ? '+' : '') + v));
  }
  kids.push(svg('line', { class: 'zero', x1: M.l, x2: W - M.r, y1: g(0), y2: g(0) }),
    svg('line', { class: 'axis', x1: W - M.r, x2: W - M.r, y1: M.t, y2: M.t + ph }),
    svg('line', { class: 'axis', x1: M.l, x2: M.l, y1: M.t, y2: M.t + ph }),
    svg('line', { class: 'axis', x1: M.l, x2: W - M.r, y1: M.t + ph, y2: M.t + ph }),
    svg('text', { class: 'axis-label', transform: `translate(${W - 12} ${M.t + ph / 2}) rotate(90)`,
      'text-anchor': 'middle' }, 'Mean Goldstein (−10 … +10)'));
  // bars
  points.forEach((p, i) => {
    const x = M.l + i * band + (band - barW) / 2;
    const rects = [svg('rect', { class: 'bar-hit', x: M.l + i * band, y: M.t, width: band, height: ph, fill: 'transparent' })];
    let base = 0;
    for (const q of VOCAB.quads) {
      const v = p['q' + q];
      if (v > 0) rects.push(svg('rect', { class: 'q' + q, x, y: y(base + v), width: barW, height: y(base) - y(base + v), fill: QUAD_COLORS[q] }));
      base += v;
    }
    if (p.events > base) rects.push(svg('rect', { x, y: y(p.events), width: barW, height: y(base) - y(p.events), fill: '#bbb' }));
    const live = p.events > 0; // empty periods show their tooltip but lead nowhere
    kids.push(svg('g', { class: ['bar', !live && 'empty'], dataset: { period: p.period }, tabindex: live ? 0 : null,
      role: live ? 'button' : null, 'aria-label': live ? tooltip(p) : null, onclick: live ? () => open(p) : null,
      onkeydown: live ? (e) => { if (e.key === 'Enter') open(p); } : null }, svg('title', null, tooltip(p)), rects));
  });
  // mean Goldstein line, broken where a period has no events
  let d = '';
  let pen = false;
  points.forEach((p, i) => {
    if (p.events > 0 && p.meanGoldstein !== null) {
      d += (pen ? ' L' : ' M') + cx(i).toFixed(1) + ' ' + g(p.meanGoldstein).toFixed(1);
      pen = true;
    } else {
      pen = false;
    }
  });
  if (d) kids.push(svg('path', { class: 'gold-line', d: d.trim(), fill: 'none', stroke: '#2b4b7e', 'stroke-width': 2 }));
  points.forEach((p, i) => {
    if (p.events > 0 && p.meanGoldstein !== null) {
      kids.push(svg('circle', { class: 'gold-dot', cx: cx(i), cy: g(p.meanGoldstein), r: 2.8, fill: '#2b4b7e' }));
    }
  });
  // x labels, thinned
  const every = Math.ceil(points.length / 14);
  points.forEach((p, i) => {
    if (i % every !== 0) return;
    const label = bucket === 'month' ? p.period.slice(0, 7) : p.period;
    kids.push(svg('text', { class: 'tick', 'text-anchor': 'end',
      transform: `translate(${cx(i)} ${M.t + ph + 12}) rotate(-35)` }, label));
  });
  kids.push(svg('text', { class: 'axis-label', x: M.l + pw / 2, y: H - 6, 'text-anchor': 'middle' },
    bucket === 'week' ? 'Week (starting Monday)' : bucket === 'month' ? 'Month' : 'Day'));
  return svg('svg', { id: 'timeline-chart', class: 'chart', viewBox: `0 0 ${W} ${H}`, role: 'img',
    'aria-label': title, preserveAspectRatio: 'xMidYMid meet' }, kids);
}

function legend() {
  return el('div', { class: 'legend', id: 'timeline-legend' },
    VOCAB.quads.map((q) => el('span', { class: 'legend-item' }, el('span', { class: ['swatch', 'q' + q] }), quadName(q))),
    el('span', { class: 'legend-item' }, el('span', { class: 'swatch line' }), 'Mean Goldstein (right axis)'),
    el('span', { class: 'hint' }, 'Click a bar for its events.'));
}

function table(points, bucket, filters) {
  return el('div', { class: 'table-wrap fit' }, el('table', { id: 'timeline-table', class: 'data compact' },
    el('thead', null, el('tr', null, el('th', null, 'Period'), el('th', { class: 'num' }, 'Events'),
      VOCAB.quads.map((q) => el('th', { class: 'num', title: quadName(q) }, el('span', { class: ['swatch', 'q' + q] }), 'Q' + q)),
      el('th', { class: 'num' }, 'Mean Goldstein'))),
    el('tbody', null, points.filter((p) => p.events > 0).map((p) => el('tr', null,
      el('td', null, el('a', { href: hashFor('events', eventsFilter(filters, p.period, bucket)) }, p.period)),
      el('td', { class: 'num' }, fmtInt(p.events)),
      VOCAB.quads.map((q) => el('td', { class: 'num' }, fmtInt(p['q' + q]))),
      el('td', { class: 'num' }, p.meanGoldstein === null ? '–' : fmtGold(p.meanGoldstein)))))));
}
