// DOM, URL and API helpers shared by the views. Everything the API returns is untrusted text:
// it only ever reaches the page through text nodes, attribute values set with setAttribute,
// and href values that passed safeHref. Nothing here parses HTML.

const SVG_NS = 'http://www.w3.org/2000/svg';
const URL_ATTRS = new Set(['href', 'src', 'xlink:href', 'action', 'formaction', 'poster']);
const FORBIDDEN_ATTRS = new Set(['innerhtml', 'outerhtml', 'srcdoc', 'srcset']);

/** Creates an HTML element: el('a', {href, class, dataset: {...}, onclick: fn}, 'text', node, [..]). */
export function el(tag, attrs, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** Creates an SVG element the same way. */
export function svg(tag, attrs, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

function build(node, attrs, children) {
  if (attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      const lower = key.toLowerCase();
      if (lower.startsWith('on')) {
        // Handlers only as functions: a string would be script.
        if (typeof value === 'function') node.addEventListener(lower.slice(2), value);
      } else if (FORBIDDEN_ATTRS.has(lower)) {
        throw new Error('el: attribute not allowed: ' + key);
      } else if (key === 'class') {
        const cls = Array.isArray(value) ? value.filter(Boolean).join(' ') : String(value);
        if (cls) node.setAttribute('class', cls);
      } else if (key === 'dataset') {
        for (const [k, v] of Object.entries(value)) {
          if (v !== null && v !== undefined) node.dataset[k] = String(v);
        }
      } else if (key === 'value' || key === 'checked' || key === 'selected') {
        node[key] = value;
      } else if (URL_ATTRS.has(lower)) {
        const safe = safeHref(value);
        if (safe) node.setAttribute(key, safe);
      } else {
        node.setAttribute(key, value === true ? '' : String(value));
      }
    }
  }
  appendAll(node, children);
  return node;
}

function appendAll(node, child) {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) {
    for (const c of child) appendAll(node, c);
  } else if (child instanceof Node) {
    node.appendChild(child);
  } else {
    node.appendChild(document.createTextNode(String(child)));
  }
}

/** An in-app hash link ('#/...') or an absolute http(s) URL; anything else gives null. */
export function safeHref(value) {
  if (typeof value !== 'string') return null;
  if (value.startsWith('#')) return value;
  return externalUrl(value);
}

/** The normalised URL when it is absolute http or https, else null. */
export function externalUrl(value) {
  if (typeof value !== 'string' || !value) return null;
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/** 'a=1&b=x%20y' from an object, skipping empty values; keys in insertion order. */
export function qs(params) {
  const parts = [];
  for (const [k, v] of Object.entries(params || {})) {
    if (v === null || v === undefined || v === '') continue;
    parts.push(encodeURIComponent(k) + '=' + encodeURIComponent(String(v)));
  }
  return parts.join('&');
}

/** '#/route?query' for a route ('events', 'article/12', ...) and parameters. */
export function hashFor(route, params) {
  const q = qs(params);
  return '#/' + route + (q ? '?' + q : '');
}

export function articleHref(id) {
  return '#/article/' + encodeURIComponent(String(id));
}

/** Navigates; re-renders when the hash would not change (so "Apply" always reloads). */
export function go(route, params) {
  const hash = hashFor(route, params);
  if (location.hash === hash) {
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    location.hash = hash;
  }
}

/** {route, parts, params} from location.hash; empty parameters are dropped. */
export function parseHash(hash) {
  const h = String(hash || '').replace(/^#\/?/, '');
  const qi = h.indexOf('?');
  const path = qi < 0 ? h : h.slice(0, qi);
  const params = {};
  for (const [k, v] of new URLSearchParams(qi < 0 ? '' : h.slice(qi + 1))) {
    if (v.trim() !== '') params[k] = v.trim();
  }
  const parts = path.split('/').filter((p) => p !== '').map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  return { route: parts[0] || 'events', parts, params };
}

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** GETs api/{path}?{params} and returns the parsed JSON, or throws ApiError with the server's error. */
export async function api(path, params) {
  const q = qs(params);
  const url = 'api/' + path + (q ? '?' + q : '');
  let res;
  try {
    res = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new ApiError(0, 'The server could not be reached (' + e.message + ')');
  }
  const body = await res.text();
  let json = null;
  try {
    json = body ? JSON.parse(body) : null;
  } catch {
    json = null;
  }
  if (!res.ok) {
    const msg = json && typeof json.error === 'string' ? json.error : (res.statusText || body.slice(0, 200));
    throw new ApiError(res.status, msg || 'no error text');
  }
  if (json === null || typeof json !== 'object') throw new ApiError(res.status, 'The answer was not JSON');
  return json;
}

/** The alert box for a failed request. */
export function errorBox(err) {
  const status = err && err.status ? 'Request failed: HTTP ' + err.status : 'Request failed';
  return el('div', { class: 'error', role: 'alert' },
    el('strong', null, status), ' — ', String((err && err.message) || err));
}

export function loading(text) {
  return el('div', { class: 'loading', role: 'status', 'aria-busy': 'true' }, text || 'Loading…');
}

export function emptyBox(text) {
  return el('p', { class: 'empty' }, text);
}

// ---- vocabularies and formatting -------------------------------------------------------------

/**
 * The closed vocabularies (modalities, QuadClass names, the store's PLOVER types and CAMEO codes), as
 * the API gives them: the UI keeps no copy. Filled once by loadVocabulary() before the first view.
 */
export const VOCAB = { modalities: [], plover: [], cameo: [], quads: [], quadNames: {}, filters: [] };

/** Fetches /api/vocabulary into VOCAB. */
export async function loadVocabulary() {
  const v = await api('vocabulary');
  const list = (x) => (Array.isArray(x) ? x : []);
  VOCAB.modalities = list(v.modalities).map(String);
  VOCAB.plover = list(v.plover).map((t) => [String(t.code), t.code + ' (' + fmtInt(t.events) + ')']);
  VOCAB.cameo = list(v.cameo).map((t) => ({ code: String(t.code), name: t.name == null ? '' : String(t.name) }));
  VOCAB.quads = list(v.quadClasses).map((q) => Number(q.id));
  VOCAB.filters = list(v.filters).map(String);
  for (const q of list(v.quadClasses)) VOCAB.quadNames[q.id] = String(q.name);
}

/** The name of a QuadClass (a number of VOCAB.quads), or undefined. */
export function quadName(q) {
  return VOCAB.quadNames[q];
}
export const QUAD_COLORS = { 1: '#a6d96a', 2: '#1a9641', 3: '#fdae61', 4: '#d7191c' };
/** The event filters, in the order forms show them (from /api/vocabulary: the UI keeps no copy). */
export function filterKeys() {
  return VOCAB.filters;
}
/** The filters of where events took place: set by the map, shown as chips. */
export const PLACE_KEYS = ['bbox', 'place', 'place_country'];

export function quadCls(q) {
  return quadName(q) ? 'q' + q : 'q0';
}

export function fmtInt(n) {
  return Number.isFinite(Number(n)) ? Number(n).toLocaleString('en-US') : '–';
}

export function fmtGold(x) {
  if (!Number.isFinite(x)) return '–';
  return (x > 0 ? '+' : '') + x.toFixed(1);
}

export function fmtConf(x) {
  return Number.isFinite(x) ? x.toFixed(2) : '–';
}

export function modalityBadge(m) {
  return m ? el('span', { class: ['modality-badge', 'm-' + String(m).replace(/[^a-z]/g, '')] }, m) : '';
}

/**
 * Whether an event's actor was found somewhere other than its own sentence. The API's basis values
 * are shown as they come (today only 'context'); the UI knows just that 'text', an actor the
 * sentence names, is the ordinary case that needs no mark.
 */
export function offSentence(basis) {
  return basis !== null && basis !== undefined && basis !== '' && basis !== 'text';
}

const OFF_SENTENCE_HINT = 'taken from the article, not this sentence';

/**
 * An actor's code (or text) for an event, in italics with a badge naming its basis when the actor
 * was not found in the event's own sentence; a plain code span otherwise.
 */
export function basisActor(code, basis, cls = 'actor-code') {
  const off = offSentence(basis);
  return el('span', { class: ['basis-actor', off && 'off-sentence'], title: off ? OFF_SENTENCE_HINT : null,
    dataset: { basis: basis || null } },
  el('span', { class: cls }, code || '?'),
  off ? el('span', { class: 'basis-badge', 'aria-label': String(basis) + ': ' + OFF_SENTENCE_HINT }, String(basis)) : null);
}

export function goldBadge(goldstein, quad) {
  return el('span', { class: ['gold-badge', quadCls(quad)], title: quadName(quad) || 'QuadClass unknown' },
    fmtGold(goldstein));
}

export function select(id, options, value) {
  // options: [value, label] pairs or plain strings
  return el('select', { id, name: id },
    options.map((o) => {
      const [v, label] = Array.isArray(o) ? o : [o, o];
      return el('option', { value: v, selected: String(v) === String(value ?? '') }, label);
    }));
}

export function field(label, input, cls) {
  return el('label', { class: ['field', cls] }, el('span', { class: 'label' }, label), input);
}

export function positiveInt(value, fallback, max) {
  const n = Number.parseInt(value, 10);
  if (!Number.isFinite(n) || n < 1) return fallback;
  return max ? Math.min(n, max) : n;
}

/** The filter params among params, as an object. */
export function pick(params, keys) {
  const out = {};
  for (const k of keys) if (params[k] !== undefined && params[k] !== '') out[k] = params[k];
  return out;
}

/**
 * Chips for filters carried in the hash that the view's form does not show, each with a remove
 * button; onRemove(key) gets called with the filter to drop. An empty string when there are none
 * (so it can go straight into append()).
 */
export function extraFilterChips(params, shownKeys, onRemove) {
  const extra = filterKeys().filter((k) => params[k] !== undefined && !shownKeys.includes(k));
  if (!extra.length) return '';
  return el('div', { class: 'chips' }, el('span', { class: 'label' }, 'Also filtered by:'),
    extra.map((k) => el('span', { class: 'chip' }, k + ' = ' + params[k],
      el('button', { type: 'button', class: 'chip-x', title: 'Remove this filter',
        'aria-label': 'Remove filter ' + k, onclick: () => onRemove(k) }, '×'))));
}

// ---- text --------------------------------------------------------------------------------------

const WORD = /[\p{L}\p{N}]/u;

/**
 * [start, end) of phrase in text (case-insensitive), preferring a whole-word match and extending a
 * match that starts a word to the end of that word ("accuse" finds "accused"); null when absent.
 */
export function findPhrase(text, phrase) {
  if (!text || !phrase || !String(phrase).trim()) return null;
  const hay = text.toLowerCase();
  const needle = String(phrase).trim().toLowerCase();
  let first = null;
  let wordStart = null;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    const leftOk = i === 0 || !WORD.test(hay[i - 1]);
    const j = i + needle.length;
    const rightOk = j >= hay.length || !WORD.test(hay[j]);
    if (leftOk && rightOk) return [i, j];
    if (leftOk && wordStart === null) {
      let e = j;
      while (e < hay.length && WORD.test(hay[e])) e++;
      wordStart = [i, e];
    }
    if (first === null) first = [i, j];
  }
  return wordStart || first;
}

/** The sentence as nodes with the trigger wrapped in <em class="trigger">. */
export function sentenceWithTrigger(sentence, trigger) {
  const s = sentence == null ? '' : String(sentence);
  const at = findPhrase(s, trigger);
  if (!at) return [s];
  return [s.slice(0, at[0]), el('em', { class: 'trigger' }, s.slice(at[0], at[1])), s.slice(at[1])];
}
