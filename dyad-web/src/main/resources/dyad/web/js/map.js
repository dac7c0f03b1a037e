// #/map: where the filter's events took place, on Natural Earth country outlines (map/world-110m.json,
// served by Dyad) drawn by this file in an equirectangular projection. A place is a circle sized by
// its events and coloured from conflict (red) through neutral (yellow) to cooperation (green) by their
// mean Goldstein value; places that would overlap merge into one cluster. Clicking a place opens the
// event table filtered to it, clicking a cluster the table filtered to the cluster's box.
import {
  api, el, emptyBox, errorBox, extraFilterChips, filterKeys, fmtGold, fmtInt, go, hashFor, loading, pick, svg,
} from './dom.js';

const W = 960;
const H = 480;
const CELL = 22; // places closer than this (in map pixels) cluster
const LIMIT = 2000;
let outlines = null; // the SVG path of the country outlines, built once per page load

export function renderMap(root, params) {
  const results = el('div', { id: 'map-results' });
  root.append(el('h2', null, 'Map'),
    el('p', { class: 'hint' }, 'Where events took place, as the articles name it. Circles grow with the number of '
      + 'events; colour goes from conflict (red) to cooperation (green). Click a place or a cluster for its events.'),
    extraFilterChips(params, [], (k) => go('map', { ...params, [k]: null })), results);
  load(results, params);
}

async function load(box, params) {
  box.replaceChildren(loading('Loading places…'));
  let places;
  try {
    const [world, counts] = await Promise.all([worldPath(), api('places', { ...pick(params, filterKeys()), level: 'place', limit: LIMIT })]);
    places = Array.isArray(counts) ? counts : [];
    const filters = pick(params, filterKeys());
    const clusters = cluster(places.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon)));
    box.replaceChildren(places.length ? chart(world, clusters, filters) : emptyBox('No event of this filter has a place.'),
      places.length ? table(places, filters) : '');
  } catch (err) {
    box.replaceChildren(errorBox(err));
  }
}

function x(lon) {
  return ((lon + 180) / 360) * W;
}

function y(lat) {
  return ((90 - lat) / 180) * H;
}

// TopoJSON, decoded here: arcs are delta-encoded integer points; an index ~i is arc i reversed.
async function worldPath() {
  if (outlines) return outlines;
  const res = await fetch('map/world-110m.json', { headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error('the world outlines did not load (HTTP ' + res.status + ')');
  const topo = (await res.json()).topology;
  const [sx, sy] = topo.transform.scale;
  const [tx, ty] = topo.transform.translate;
  const arcs = topo.arcs.map((arc) => {
    let ax = 0;
    let ay = 0;
    return arc.map(([dx, dy]) => {
      ax += dx;
      ay += dy;
      return [x(ax * sx + tx), y(ay * sy + ty)];
    });
  });
  const ring = (indices) => {
    const pts = [];
    for (const i of indices) {
      const a = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
      pts.push(...(pts.length ? a.slice(1) : a));
    }
    // A ring that crosses the 180th meridian jumps across the map: lift the pen there instead of
    // drawing a line through every country on the way (and leave that ring open).
    let d = '';
    let broken = false;
    pts.forEach((p, k) => {
      const jump = k > 0 && Math.abs(p[0] - pts[k - 1][0]) > W / 2;
      broken = broken || jump;
      d += (k === 0 || jump ? 'M' : 'L') + p[0].toFixed(1) + ' ' + p[1].toFixed(1);
    });
    return broken ? d : d + 'Z';
  };
  const parts = [];
  for (const g of topo.objects.countries.geometries) {
    const polygons = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
    for (const polygon of polygons) for (const r of polygon) parts.push(ring(r));
  }
  outlines = parts.join('');
  return outlines;
}

// Greedy grid clustering in map pixels: each place joins the cluster of its cell.
function cluster(places) {
  const cells = new Map();
  for (const p of places) {
    const px = x(p.lon);
    const py = y(p.lat);
    const key = Math.floor(px / CELL) + ',' + Math.floor(py / CELL);
    let c = cells.get(key);
    if (!c) {
      c = { members: [], events: 0, gold: 0, px: 0, py: 0, west: 180, east: -180, south: 90, north: -90 };
      cells.set(key, c);
    }
    const n = Number(p.events) || 0;
    c.members.push(p);
    c.events += n;
    c.gold += n * (Number(p.meanGoldstein) || 0);
    c.px += n * px;
    c.py += n * py;
    c.west = Math.min(c.west, p.lon);
    c.east = Math.max(c.east, p.lon);
    c.south = Math.min(c.south, p.lat);
    c.north = Math.max(c.north, p.lat);
  }
  return [...cells.values()].map((c) => ({ ...c, px: c.px / Math.max(c.events, 1), py: c.py / Math.max(c.events, 1),
    meanGoldstein: c.gold / Math.max(c.events, 1) })).sort((a, b) => b.events - a.events);
}

// Red (-10) through yellow (0) to green (+10), as the network's edges.
function goldColor(g) {
  const t = Math.max(0, Math.min(1, (g + 10) / 20));
  const lerp = (a, b, u) => Math.round(a + (b - a) * u);
  const [from, to, u] = t < 0.5 ? [[215, 25, 28], [255, 255, 191], t * 2] : [[255, 255, 191], [26, 150, 65], (t - 0.5) * 2];
  return 'rgb(' + lerp(from[0], to[0], u) + ',' + lerp(from[1], to[1], u) + ',' + lerp(from[2], to[2], u) + ')';
}

function placeFilter(filters, p) {
  return { ...filters, place: p.name, place_country: p.country || null, bbox: null };
}

// A cluster's box, widened a little so that its edge places are inside it.
function boxFilter(filters, c) {
  const pad = 0.01;
  const f = (v) => String(Math.round(v * 1000) / 1000);
  return { ...filters, place: null, place_country: null,
    bbox: [f(Math.max(-180, c.west - pad)), f(Math.max(-90, c.south - pad)), f(Math.min(180, c.east + pad)),
      f(Math.min(90, c.north + pad))].join(',') };
}

function chart(world, clusters, filters) {
  const marks = clusters.map((c) => {
    const single = c.members.length === 1;
    const p = c.members[0];
    const label = single ? p.name + (p.country ? ' (' + p.country + ')' : '') : c.members.length + ' places';
    const describe = label + ': ' + fmtInt(c.events) + ' events, mean Goldstein ' + fmtGold(c.meanGoldstein);
    const target = single ? placeFilter(filters, p) : boxFilter(filters, c);
    const r = Math.min(24, 3 + 2.2 * Math.sqrt(c.events));
    const open = () => go('events', target);
    return svg('g', { class: ['place', single ? 'single' : 'cluster'], tabindex: 0, role: 'link', 'aria-label': describe,
      dataset: { name: single ? p.name : '', events: c.events, href: hashFor('events', target) }, onclick: open,
      onkeydown: (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(); } } },
    svg('title', null, describe + ' — click for the events'),
    svg('circle', { cx: c.px.toFixed(1), cy: c.py.toFixed(1), r: r.toFixed(1), fill: goldColor(c.meanGoldstein),
      'fill-opacity': 0.85, stroke: single ? '#333' : '#000', 'stroke-width': single ? 0.8 : 1.6 }),
    single ? null : svg('text', { class: 'cluster-count', x: c.px.toFixed(1), y: (c.py + 4).toFixed(1),
      'text-anchor': 'middle' }, String(c.members.length)));
  });
  return svg('svg', { id: 'map-chart', class: 'chart map', viewBox: `0 0 ${W} ${H}`, role: 'group',
    'aria-label': 'Map of event places' },
  svg('rect', { class: 'sea', x: 0, y: 0, width: W, height: H, fill: '#eef3f8' }),
  svg('path', { class: 'land', d: world, fill: '#dcdcd2', stroke: '#9a9a90', 'stroke-width': 0.4, 'fill-rule': 'evenodd' }),
  svg('g', { class: 'places' }, marks));
}

function table(places, filters) {
  return el('table', { id: 'places-table', class: 'data' },
    el('thead', null, el('tr', null, ['Place', 'Division', 'Country', 'Kind', 'Events', 'Mean Goldstein']
      .map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', null, places.slice(0, 100).map((p) => el('tr', null,
      el('td', null, el('a', { href: hashFor('events', placeFilter(filters, p)) }, p.name || '')),
      el('td', null, p.admin1Name || ''), el('td', null, p.country || ''), el('td', null, p.feature || ''),
      el('td', { class: 'num' }, fmtInt(p.events)), el('td', { class: 'num' }, fmtGold(p.meanGoldstein))))));
}
