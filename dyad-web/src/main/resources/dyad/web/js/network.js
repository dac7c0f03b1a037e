// #/network: who acts on whom. Nodes sized by events, directed edges sized by events and coloured
// from green (all cooperation) to red (all conflict). Clicking an edge opens its events.
import {
  api, el, emptyBox, errorBox, extraFilterChips, field, filterKeys, fmtGold, fmtInt, go, hashFor, loading,
  pick, positiveInt, select, svg,
} from './dom.js';
import { forceLayout } from './layout.js';

const W = 960;
const H = 600;
const SHOWN = ['from', 'to'];
/**
 * How each kind of node the API names is told apart: a state, an organisation, a state's actor, and
 * a sector with no country (MIL, CVL), which is never drawn as a state: a grey square, not a circle.
 */
const KINDS = {
  country: { fill: '#5b7db1', what: 'a state' },
  igo: { fill: '#7a5bb1', what: 'an international organisation' },
  actor: { fill: '#5b9bb1', what: 'an actor of a state' },
  sector: { fill: '#9a9a9a', what: 'a sector with no country, not a state' },
};

export function renderNetwork(root, params) {
  const level = params.level === 'actor' ? 'actor' : 'country';
  const results = el('div', { id: 'network-results' });
  root.append(el('h2', null, 'Network'), form(params, level),
    extraFilterChips(params, SHOWN, (k) => go('network', { ...params, [k]: null })), results);
  load(results, params, level);
}

function form(params, level) {
  const f = el('form', { id: 'network-form', class: 'filters' },
    field('Level', select('n-level', [['country', 'countries'], ['actor', 'actors']], level)),
    field('From', el('input', { id: 'n-from', name: 'n-from', type: 'date', value: params.from || '' })),
    field('To', el('input', { id: 'n-to', name: 'n-to', type: 'date', value: params.to || '' })),
    field('Min. events per edge', el('input', { id: 'n-min', name: 'n-min', type: 'number', min: 1, step: 1,
      value: params.min || '1', class: 'narrow' })),
    field('Max. edges', el('input', { id: 'n-limit', name: 'n-limit', type: 'number', min: 1, step: 1,
      value: params.limit || '60', class: 'narrow' })),
    el('div', { class: 'buttons' }, el('button', { id: 'n-apply', type: 'submit', class: 'primary' }, 'Apply')));
  f.addEventListener('submit', (e) => {
    e.preventDefault();
    const v = (id) => f.querySelector('#' + id).value.trim();
    go('network', { ...params, level: v('n-level'), from: v('n-from'), to: v('n-to'),
      min: v('n-min') === '1' ? null : v('n-min'), limit: v('n-limit') === '60' ? null : v('n-limit') });
  });
  return f;
}

async function load(box, params, level) {
  box.replaceChildren(loading('Loading network…'));
  const query = { level, ...pick(params, filterKeys()), min: positiveInt(params.min, 1), limit: positiveInt(params.limit, 60) };
  let data;
  try {
    data = await api('network', query);
  } catch (err) {
    box.replaceChildren(errorBox(err));
    return;
  }
  const num = (x) => (Number.isFinite(Number(x)) ? Number(x) : 0);
  const edges = (Array.isArray(data.edges) ? data.edges : []).map((e) => ({
    source: String(e.source), target: String(e.target), events: num(e.events), cooperation: num(e.cooperation),
    conflict: num(e.conflict), meanGoldstein: Number.isFinite(e.meanGoldstein) ? e.meanGoldstein : null }));
  const nodes = new Map();
  for (const n of Array.isArray(data.nodes) ? data.nodes : []) {
    nodes.set(String(n.id), { id: String(n.id), events: num(n.events), kind: KINDS[n.kind] ? n.kind : 'actor' });
  }
  for (const e of edges) { // an edge whose end is not among the nodes still gets drawn
    for (const id of [e.source, e.target]) {
      if (!nodes.has(id)) nodes.set(id, { id, events: 0, implied: true, kind: 'actor' });
    }
  }
  for (const n of nodes.values()) {
    if (n.implied) n.events = edges.filter((e) => e.source === n.id || e.target === n.id).reduce((s, e) => s + e.events, 0);
  }
  if (!nodes.size) {
    box.replaceChildren(emptyBox('No events match.'));
    return;
  }
  const filters = pick(params, filterKeys());
  const edgeFilter = (e) => ({ ...filters, source: e.source, target: e.target });
  const nodeFilter = (n) => ({ ...filters, [level === 'actor' ? 'actor' : 'country']: n.id });
  box.replaceChildren(legend(),
    el('div', { class: 'chart-wrap' }, chart([...nodes.values()], edges, edgeFilter, nodeFilter)),
    edgeTable(edges, edgeFilter));
}

/** Green (no conflict) through yellow to red (all conflict); grey when neither is counted. */
function shareColor(e) {
  const all = e.cooperation + e.conflict;
  if (all <= 0) return '#999';
  const share = e.conflict / all;
  return `hsl(${Math.round(120 * (1 - share))}, 70%, 38%)`;
}

function describe(e) {
  return `${e.source} → ${e.target}: ${fmtInt(e.events)} events (${fmtInt(e.cooperation)} cooperation, ` +
    `${fmtInt(e.conflict)} conflict), mean Goldstein ${e.meanGoldstein === null ? '–' : fmtGold(e.meanGoldstein)}`;
}

const unit = (x, y) => {
  const d = Math.hypot(x, y) || 1;
  return [x / d, y / d];
};

function arrowHead(tip, ux, uy, len, half, color) {
  // (ux, uy) points along the edge into the tip
  const bx = tip.x - ux * len;
  const by = tip.y - uy * len;
  const pts = [[tip.x, tip.y], [bx - uy * half, by + ux * half], [bx + uy * half, by - ux * half]];
  return svg('polygon', { class: 'arrow', points: pts.map((p) => p.map((v) => v.toFixed(1)).join(',')).join(' '), fill: color });
}

function edgeShape(e, a, b, ra, rb, sw, color, loopDeg) {
  const len = 5 + sw * 1.6;
  const half = 2.5 + sw * 0.9;
  let d;
  let head;
  if (e.source === e.target) { // a loop on the node, towards its emptiest side (loopDeg)
    const at = (deg, r) => ({ x: a.x + r * Math.cos((deg * Math.PI) / 180), y: a.y + r * Math.sin((deg * Math.PI) / 180) });
    const s = at(loopDeg - 45, ra);
    const tip = at(loopDeg + 45, ra);
    const c1 = at(loopDeg - 55, ra + 36);
    const c2 = at(loopDeg + 55, ra + 36);
    const [ux, uy] = unit(tip.x - c2.x, tip.y - c2.y);
    d = `M${s.x.toFixed(1)} ${s.y.toFixed(1)} C${c1.x.toFixed(1)} ${c1.y.toFixed(1)} ${c2.x.toFixed(1)} ${c2.y.toFixed(1)} ` +
      `${(tip.x - ux * len).toFixed(1)} ${(tip.y - uy * len).toFixed(1)}`;
    head = arrowHead(tip, ux, uy, len, half, color);
  } else { // a gentle curve bending to the right of the direction, so A→B and B→A stay apart
    const dist = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const off = Math.min(40, dist * 0.15);
    const c = { x: (a.x + b.x) / 2 - ((b.y - a.y) / dist) * off, y: (a.y + b.y) / 2 + ((b.x - a.x) / dist) * off };
    const [sx, sy] = unit(c.x - a.x, c.y - a.y);
    const [tx, ty] = unit(b.x - c.x, b.y - c.y);
    const start = { x: a.x + sx * ra, y: a.y + sy * ra };
    const tip = { x: b.x - tx * (rb + 1), y: b.y - ty * (rb + 1) };
    d = `M${start.x.toFixed(1)} ${start.y.toFixed(1)} Q${c.x.toFixed(1)} ${c.y.toFixed(1)} ` +
      `${(tip.x - tx * len).toFixed(1)} ${(tip.y - ty * len).toFixed(1)}`;
    head = arrowHead(tip, tx, ty, len, half, color);
  }
  return { d, head };
}

/** The direction (degrees) in the middle of the widest angle between a node's other edges. */
function emptiestSide(id, edges, pos) {
  const p = pos.get(id);
  const angles = [];
  for (const e of edges) {
    const other = e.source === id ? e.target : e.target === id ? e.source : null;
    if (other === null || other === id) continue;
    const q = pos.get(other);
    angles.push((Math.atan2(q.y - p.y, q.x - p.x) * 180) / Math.PI);
  }
  if (!angles.length) return -45;
  angles.sort((x, y) => x - y);
  let best = -45;
  let widest = -1;
  angles.forEach((a, i) => {
    const next = i + 1 < angles.length ? angles[i + 1] : angles[0] + 360;
    if (next - a > widest) {
      widest = next - a;
      best = a + (next - a) / 2;
    }
  });
  return best;
}

function chart(nodes, edges, edgeFilter, nodeFilter) {
  const maxN = Math.max(1, ...nodes.map((n) => n.events));
  const maxE = Math.max(1, ...edges.map((e) => e.events));
  const radius = new Map(nodes.map((n) => [n.id, 5 + 17 * Math.sqrt(n.events / maxN)]));
  const pos = forceLayout(nodes.map((n) => ({ id: n.id, r: radius.get(n.id) })), edges.map((e) => ({ ...e, weight: e.events })),
    { width: W, height: H, padding: 60, gap: 40 });
  const edgeEls = edges.slice().sort((x, y) => y.events - x.events || x.source.localeCompare(y.source))
    .map((e) => {
      const sw = 1 + 7 * Math.sqrt(e.events / maxE);
      const color = shareColor(e);
      const { d, head } = edgeShape(e, pos.get(e.source), pos.get(e.target), radius.get(e.source), radius.get(e.target), sw, color,
        e.source === e.target ? emptiestSide(e.source, edges, pos) : 0);
      const open = () => go('events', edgeFilter(e));
      return svg('g', { class: 'edge', tabindex: 0, role: 'link', 'aria-label': describe(e),
        dataset: { source: e.source, target: e.target }, onclick: open,
        onkeydown: (ev) => { if (ev.key === 'Enter') open(); } },
      svg('title', null, describe(e) + ' — click for the events'),
      svg('path', { class: 'edge-hit', d, fill: 'none', stroke: 'transparent', 'stroke-width': Math.max(12, sw + 6) }),
      svg('path', { class: 'edge-line', d, fill: 'none', stroke: color, 'stroke-width': sw.toFixed(2), 'stroke-linecap': 'round' }),
      head);
    });
  const nodeEls = nodes.slice().sort((x, y) => x.id.localeCompare(y.id)).map((n) => {
    const p = pos.get(n.id);
    const r = radius.get(n.id);
    const open = () => go('events', nodeFilter(n));
    const kind = KINDS[n.kind];
    const said = n.id + ' (' + kind.what + '): ' + fmtInt(n.events) + ' events';
    const shape = n.kind === 'sector'
      ? svg('rect', { x: (p.x - r).toFixed(1), y: (p.y - r).toFixed(1), width: (2 * r).toFixed(1), height: (2 * r).toFixed(1),
        fill: kind.fill, stroke: '#fff', 'stroke-width': 1.5 })
      : svg('circle', { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: r.toFixed(1), fill: kind.fill, stroke: '#fff', 'stroke-width': 1.5 });
    return svg('g', { class: ['node', 'node-' + n.kind], tabindex: 0, role: 'link', dataset: { id: n.id, kind: n.kind },
      'aria-label': said, onclick: open,
      onkeydown: (ev) => { if (ev.key === 'Enter') open(); } },
    svg('title', null, said + ' — click for its events'),
    shape,
    svg('text', { class: 'node-label', x: (p.x + r + 3).toFixed(1), y: (p.y + 4).toFixed(1) }, n.id));
  });
  return svg('svg', { id: 'network-chart', class: 'chart', viewBox: `0 0 ${W} ${H}`, role: 'group',
    'aria-label': 'Network of ' + nodes.length + ' nodes and ' + edges.length + ' edges' },
  svg('g', { class: 'edges' }, edgeEls), svg('g', { class: 'nodes' }, nodeEls));
}

function legend() {
  return el('div', { class: 'legend', id: 'network-legend' },
    el('span', { class: 'legend-item' }, 'Cooperation', el('span', { class: 'gradient', 'aria-hidden': 'true' }), 'Conflict'),
    el('span', { class: 'legend-item' }, 'Circle size: events; edge width: events; arrow: source → target;'
      + ' a grey square: a sector with no country (not a state).'),
    el('span', { class: 'hint' }, 'Click an edge or node for its events.'));
}

function edgeTable(edges, edgeFilter) {
  const rows = edges.slice().sort((x, y) => y.events - x.events);
  return el('details', { class: 'edge-list' }, el('summary', null, 'Edges as a table (' + fmtInt(rows.length) + ')'),
    el('div', { class: 'table-wrap fit' }, el('table', { id: 'network-edges', class: 'data compact' },
      el('thead', null, el('tr', null, ['Source', 'Target', 'Events', 'Cooperation', 'Conflict', 'Mean Goldstein']
        .map((h, i) => el('th', { class: i > 1 ? 'num' : null }, h)))),
      el('tbody', null, rows.map((e) => el('tr', null,
        el('td', null, e.source), el('td', null, e.target),
        el('td', { class: 'num' }, el('a', { href: hashFor('events', edgeFilter(e)) }, fmtInt(e.events))),
        el('td', { class: 'num' }, fmtInt(e.cooperation)), el('td', { class: 'num' }, fmtInt(e.conflict)),
        el('td', { class: 'num' }, e.meanGoldstein === null ? '–' : fmtGold(e.meanGoldstein))))))));
}
