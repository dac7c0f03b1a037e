// Highlighting possibly overlapping spans of a text without losing or repeating characters: the
// text is cut at every span boundary and each piece is wrapped in the marks of all spans covering
// it (longer spans outside). A span that is cut into pieces gets one element per piece; all of a
// span's elements are registered under its key so they can be activated together.

/**
 * Builds a fragment for text with spans [{start, end, key, rank, make: () => Element}]. Offsets are
 * UTF-16 offsets (Java's and JavaScript's string indices); spans outside the text are clipped and
 * empty or malformed ones dropped. Returns {fragment, registry: Map key → [Element]}.
 */
export function highlight(text, spans) {
  const len = text.length;
  const valid = [];
  for (const s of spans) {
    const a = Math.max(0, Math.min(len, Math.trunc(Number(s.start))));
    const b = Math.max(0, Math.min(len, Math.trunc(Number(s.end))));
    if (Number.isFinite(a) && Number.isFinite(b) && a < b) valid.push({ ...s, start: a, end: b });
  }
  const cuts = new Set([0, len]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const bounds = [...cuts].sort((x, y) => x - y);
  const byStart = valid.slice().sort((x, y) => x.start - y.start);
  const registry = new Map();
  const fragment = document.createDocumentFragment();
  let next = 0;
  let active = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const a = bounds[i];
    const piece = text.slice(a, bounds[i + 1]);
    active = active.filter((s) => s.end > a);
    while (next < byStart.length && byStart[next].start <= a) {
      if (byStart[next].end > a) active.push(byStart[next]);
      next++;
    }
    if (!active.length) {
      fragment.append(piece);
      continue;
    }
    // Bounds are consecutive cut points, so every active span covers the whole piece.
    const nesting = active.slice().sort((x, y) => (y.end - y.start) - (x.end - x.start) ||
      (x.rank || 0) - (y.rank || 0) || x.start - y.start);
    let outer = null;
    let inner = null;
    for (const s of nesting) {
      const node = s.make();
      if (inner) inner.appendChild(node);
      else outer = node;
      inner = node;
      if (s.key !== undefined) {
        if (!registry.has(s.key)) registry.set(s.key, []);
        registry.get(s.key).push(node);
      }
    }
    inner.appendChild(document.createTextNode(piece));
    fragment.append(outer);
  }
  return { fragment, registry };
}
