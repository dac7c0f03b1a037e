// A small deterministic force-directed layout (Fruchterman–Reingold with gravity and linear cooling).
// The same nodes and edges always give the same picture: nodes are placed in id order and the
// jitter comes from a seeded generator.

/** mulberry32: a tiny seeded PRNG returning floats in [0, 1). */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Positions for nodes ([{id, r}]) linked by edges ([{source, target, weight}]) inside a width×height box
 * with the given padding; returns Map id → {x, y}. After the simulation, nodes closer than the sum of
 * their radii r plus gap are pushed apart (a few deterministic passes).
 */
export function forceLayout(nodes, edges, { width, height, padding = 40, iterations = 400, seed = 7, gap = 24 } = {}) {
  const ids = nodes.map((n) => String(n.id)).sort();
  const n = ids.length;
  const out = new Map();
  if (n === 0) return out;
  if (n === 1) {
    out.set(ids[0], { x: width / 2, y: height / 2 });
    return out;
  }
  const index = new Map(ids.map((id, i) => [id, i]));
  const rand = seededRandom(seed);
  const w = width - 2 * padding;
  const h = height - 2 * padding;
  const k = Math.sqrt((w * h) / n) * 0.75;
  const pos = ids.map((_, i) => {
    const a = (2 * Math.PI * i) / n;
    return { x: Math.cos(a) * w * 0.35 + (rand() - 0.5) * k * 0.2, y: Math.sin(a) * h * 0.35 + (rand() - 0.5) * k * 0.2 };
  });
  const links = [];
  const maxW = Math.max(1, ...edges.map((e) => Number(e.weight) || 1));
  for (const e of edges) {
    const i = index.get(String(e.source));
    const j = index.get(String(e.target));
    if (i === undefined || j === undefined || i === j) continue;
    links.push([i, j, 0.4 + 0.6 * Math.sqrt((Number(e.weight) || 1) / maxW)]);
  }
  const t0 = Math.min(w, h) / 8;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let x = pos[i].x - pos[j].x;
        let y = pos[i].y - pos[j].y;
        let d2 = x * x + y * y;
        if (d2 < 1e-4) { // coincident: push apart along a fixed direction
          x = 0.01 * (i - j);
          y = 0.01;
          d2 = x * x + y * y;
        }
        const f = (k * k) / d2; // (k²/d) along the unit vector = k²/d² times the offset
        dx[i] += x * f; dy[i] += y * f;
        dx[j] -= x * f; dy[j] -= y * f;
      }
    }
    for (const [i, j, wgt] of links) {
      const x = pos[i].x - pos[j].x;
      const y = pos[i].y - pos[j].y;
      const d = Math.sqrt(x * x + y * y) || 0.01;
      const f = (d / k) * wgt; // (d²/k) along the unit vector
      dx[i] -= x * f; dy[i] -= y * f;
      dx[j] += x * f; dy[j] += y * f;
    }
    const temp = t0 * (1 - it / iterations) + 0.5;
    for (let i = 0; i < n; i++) {
      dx[i] -= pos[i].x * 0.08; // gravity towards the centre keeps loose parts on screen
      dy[i] -= pos[i].y * 0.08;
      const d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
      if (d > 0) {
        const step = Math.min(d, temp);
        pos[i].x += (dx[i] / d) * step;
        pos[i].y += (dy[i] / d) * step;
      }
    }
  }
  // fit into the box
  const xs = pos.map((p) => p.x);
  const ys = pos.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sx = x1 - x0 > 1e-6 ? w / (x1 - x0) : 1;
  const sy = y1 - y0 > 1e-6 ? h / (y1 - y0) : 1;
  const s = Math.min(sx, sy);
  const ox = padding + (w - (x1 - x0) * s) / 2;
  const oy = padding + (h - (y1 - y0) * s) / 2;
  const fit = pos.map((p) => ({ x: ox + (p.x - x0) * s, y: oy + (p.y - y0) * s }));
  const radius = new Map(nodes.map((nd) => [String(nd.id), Number(nd.r) || 0]));
  const r = ids.map((id) => radius.get(id) || 0);
  for (let pass = 0; pass < 60; pass++) {
    let moved = false;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const x = fit[j].x - fit[i].x;
        const y = fit[j].y - fit[i].y;
        const d = Math.sqrt(x * x + y * y) || 0.01;
        const need = r[i] + r[j] + gap;
        if (d >= need) continue;
        const push = (need - d) / 2;
        const ux = d > 0.01 ? x / d : 1;
        const uy = d > 0.01 ? y / d : 0;
        fit[i].x -= ux * push; fit[i].y -= uy * push;
        fit[j].x += ux * push; fit[j].y += uy * push;
        moved = true;
      }
    }
    for (const p of fit) {
      p.x = Math.min(width - padding, Math.max(padding, p.x));
      p.y = Math.min(height - padding, Math.max(padding, p.y));
    }
    if (!moved) break;
  }
  ids.forEach((id, i) => out.set(id, fit[i]));
  return out;
}
