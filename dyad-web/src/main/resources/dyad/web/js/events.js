// #/events: the filter form, the sortable event table with its pager, and expandable mentions.
import {
  api, articleHref, basisActor, el, emptyBox, errorBox, externalUrl, extraFilterChips, field, filterKeys, fmtConf,
  fmtInt, go, goldBadge, hashFor, loading, modalityBadge, PLACE_KEYS, pick, positiveInt, qs, quadName,
  select, sentenceWithTrigger, VOCAB,
} from './dom.js';
import { liveCount } from './live.js';

const COLUMNS = [
  { cls: 'date', label: 'Date', sort: 'date' },
  { cls: 'src', label: 'Source', sort: 'source' },
  { cls: 'tgt', label: 'Target', sort: 'target' },
  { cls: 'code', label: 'Event', sort: 'code' },
  { cls: 'plover', label: 'PLOVER' },
  { cls: 'gold', label: 'Goldstein', sort: 'goldstein' },
  { cls: 'modality', label: 'Modality' },
  { cls: 'mentions', label: 'Mentions', sort: 'mentions', title: 'mentions / articles / sources' },
  { cls: 'evidence', label: 'Evidence' },
];
const FIRST_ORDER = { date: 'desc', goldstein: 'asc', mentions: 'desc', code: 'asc', source: 'asc', target: 'asc' };
const SIZES = [25, 50, 100, 200, 500];
const UPPER = new Set(['source', 'target', 'country', 'sector', 'plover']);
/** Filters set by a checkbox: the value a ticked box gives. */
const CHECKED = { direction: 'either', statements: 'all' };
/** The formats of the download links, as /api/export names them, and their labels. */
const DOWNLOADS = [['csv', 'CSV'], ['parquet', 'Parquet'], ['gdelt', 'GDELT']];

/**
 * The filters the API gets: the page's, with statements that have no target left out unless the
 * page asks for every statement (a statement addressed to no one says little about a relation).
 */
function apiFilters(params) {
  const f = pick(params, filterKeys());
  if (f.statements !== 'all') f.statements = 'targeted';
  return f;
}

/** The absolute URL of a download of the page's events (links must be absolute to pass safeHref). */
export function exportUrl(params, format) {
  return new URL('api/export?' + qs({ format, ...apiFilters(params) }), location.href).href;
}

export function renderEvents(root, params) {
  const results = el('div', { id: 'events-results' });
  // The map's place filters have no field in the form: they show as chips, and survive an Apply.
  root.append(el('h2', null, 'Events'), filterForm(params),
    extraFilterChips(params, filterKeys().filter((k) => !PLACE_KEYS.includes(k)),
      (k) => go('events', { ...params, [k]: null, page: null })),
    el('p', { class: 'hint' }, el('a', { id: 'events-map-link', href: hashFor('map', pick(params, filterKeys())) },
      'Map of these events'), ' · Download these events: ',
    DOWNLOADS.map(([format, label], i) => [i ? ' · ' : '', el('a', { id: 'export-' + format, class: 'download',
      href: exportUrl(params, format), download: '', title: 'All events of this filter as ' + label }, label)])),
    el('p', { id: 'statements-hint', class: 'hint' }),
    results);
  load(results, params);
}

function text(id, value, placeholder, extra) {
  return el('input', { id, name: id, type: 'text', value: value || '', placeholder, autocomplete: 'off', ...extra });
}

function checkbox(id, label, checked, title) {
  return el('label', { class: 'field check', title },
    el('input', { id, name: id, type: 'checkbox', checked }), el('span', { class: 'label' }, label));
}

function filterForm(params) {
  const p = params;
  const form = el('form', { id: 'events-form', class: 'filters', role: 'search' },
    field('Source', text('f-source', p.source, 'RUS, RUSGOV, IGO…')),
    field('Target', text('f-target', p.target, 'UKR')),
    checkbox('f-direction', 'Either direction', p.direction === CHECKED.direction,
      'Source to target or target to source'),
    field('Actor (either side)', text('f-actor', p.actor, 'code or name')),
    field('Country', text('f-country', p.country, 'ISO alpha-3')),
    field('Sector', text('f-sector', p.sector, 'GOV, MIL…')),
    field('CAMEO root', text('f-root', p.root, '19', { inputmode: 'numeric', maxlength: 2, class: 'narrow' })),
    field('CAMEO code', text('f-code', p.code, '112 or 03', { class: 'narrow' })),
    field('PLOVER', select('f-plover', [['', 'any'], ...VOCAB.plover], p.plover)),
    field('QuadClass', select('f-quad', [['', 'any'], ...VOCAB.quads.map((q) => [q, q + ' ' + (quadName(q) || '')])], p.quad)),
    field('Modality', select('f-modality', [['', 'any'], ...VOCAB.modalities], p.modality)),
    field('From', el('input', { id: 'f-from', name: 'f-from', type: 'date', value: p.from || '' })),
    field('To', el('input', { id: 'f-to', name: 'f-to', type: 'date', value: p.to || '' })),
    field('Sentence words', text('f-text', p.text, 'words in the evidence', { class: 'wide' }), 'wide'),
    checkbox('f-statements', 'Show statements without a target', p.statements === CHECKED.statements,
      'CAMEO 01 statements addressed to no one are hidden unless this is ticked'),
    el('div', { class: 'buttons' },
      el('button', { id: 'f-apply', type: 'submit', class: 'primary' }, 'Apply'),
      el('button', { id: 'f-clear', type: 'button', onclick: () => go('events', {}) }, 'Clear')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const next = {};
    for (const k of filterKeys()) {
      const input = form.querySelector('#f-' + k);
      if (CHECKED[k]) {
        if (input && input.checked) next[k] = CHECKED[k];
        continue;
      }
      let v = input ? input.value.trim() : '';
      if (v && UPPER.has(k)) v = v.toUpperCase();
      if (v) next[k] = v;
    }
    go('events', { ...next, ...pick(params, [...PLACE_KEYS, 'sort', 'order', 'size']) });
  });
  return form;
}

async function load(box, params) {
  box.replaceChildren(loading('Loading events…'));
  const page = positiveInt(params.page, 1);
  const size = positiveInt(params.size, 50, 500);
  const query = { ...apiFilters(params), ...pick(params, ['sort', 'order']), page, size };
  let data;
  try {
    data = await api('events', query);
  } catch (err) {
    box.replaceChildren(errorBox(err));
    return;
  }
  const events = Array.isArray(data.events) ? data.events : [];
  const total = Number(data.total) || 0;
  const parts = [];
  if (total === 0) {
    parts.push(emptyBox('No events match.'));
  } else if (!events.length) {
    parts.push(emptyBox('No events on this page.'));
  } else {
    parts.push(el('div', { class: 'table-wrap' }, table(events, params)));
  }
  parts.push(pager(params, page, size, events.length, total));
  parts.unshift(liveCount(Number(data.cursor) || 0, pick(params, filterKeys()), () => load(box, params)));
  box.replaceChildren(...parts);
  if (query.statements === 'targeted') hiddenStatements(params, total);
}

/** Says how many statements without a target the table leaves out, with a link that shows them. */
async function hiddenStatements(params, shown) {
  const hint = document.getElementById('statements-hint');
  let all;
  try {
    all = await api('events', { ...apiFilters(params), statements: 'all', size: 1 });
  } catch {
    return; // the table itself says what went wrong
  }
  const hidden = (Number(all.total) || 0) - shown;
  if (!hint || hidden <= 0) return;
  hint.replaceChildren(fmtInt(hidden) + (hidden === 1 ? ' statement' : ' statements') + ' without a target hidden · ',
    el('a', { id: 'show-statements', href: hashFor('events', { ...params, statements: 'all', page: null }) }, 'show them'));
}

function table(events, params) {
  const sort = params.sort;
  const order = params.order === 'asc' || params.order === 'desc' ? params.order : FIRST_ORDER[sort];
  const head = el('tr', null, COLUMNS.map((c) => {
    if (!c.sort) return el('th', { class: c.cls, scope: 'col', title: c.title }, c.label);
    const active = sort === c.sort;
    const nextOrder = active ? (order === 'asc' ? 'desc' : 'asc') : FIRST_ORDER[c.sort];
    return el('th', { class: [c.cls, 'sortable', active && 'sorted'], scope: 'col', title: c.title,
      'aria-sort': active ? (order === 'asc' ? 'ascending' : 'descending') : null },
    el('button', { type: 'button', class: 'sort', dataset: { sort: c.sort },
      onclick: () => go('events', { ...params, sort: c.sort, order: nextOrder, page: null }) },
    c.label, el('span', { class: 'arrow', 'aria-hidden': 'true' }, active ? (order === 'asc' ? ' ▲' : ' ▼') : '')));
  }));
  const tbody = el('tbody', null, events.map(row));
  tbody.addEventListener('click', (e) => {
    if (e.target.closest('a, button, input')) return;
    if (String(window.getSelection ? window.getSelection() : '').length) return; // selecting text
    const tr = e.target.closest('tr[data-event-id]');
    if (tr) toggle(tr);
  });
  tbody.addEventListener('keydown', (e) => {
    const tr = e.target.closest && e.target.closest('tr[data-event-id]');
    if (tr && e.target === tr && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      toggle(tr);
    }
  });
  return el('table', { id: 'events-table', class: 'data' }, el('thead', null, head), tbody);
}

function actorCell(code, name, country, basis) {
  return [basisActor(code || '—', basis),
    name ? el('span', { class: 'actor-name' }, name) : null,
    country && code && !String(code).startsWith(country) ? el('span', { class: 'actor-country' }, country) : null];
}

function row(ev) {
  return el('tr', { class: 'event-row', tabindex: 0, 'aria-expanded': 'false', dataset: { eventId: ev.id } },
  el('td', { class: 'date' }, ev.date || ''),
  el('td', { class: 'src' }, actorCell(ev.sourceCode, ev.sourceName, ev.sourceCountry, ev.sourceBasis)),
  el('td', { class: 'tgt' }, actorCell(ev.targetCode, ev.targetName, ev.targetCountry, ev.targetBasis)),
  el('td', { class: 'code' }, el('span', { class: 'cameo' }, ev.cameo || ''), ' ',
    el('span', { class: 'cameo-name' }, ev.cameoName || '')),
  el('td', { class: 'plover' }, ev.plover || '',
    ev.ploverMode ? el('span', { class: 'plover-mode' }, ev.ploverMode) : null),
  el('td', { class: 'gold', dataset: { quad: ev.quadClass } }, goldBadge(ev.goldstein, ev.quadClass)),
  el('td', { class: 'modality' }, modalityBadge(ev.modality)),
  el('td', { class: 'mentions', title: 'mentions / articles / sources' },
    [ev.numMentions, ev.numArticles, ev.numSources].map((n) => fmtInt(n)).join('/')),
  el('td', { class: 'evidence' },
    el('span', { class: 'sentence' }, sentenceWithTrigger(ev.sentence, ev.trigger)),
    ev.articleId !== undefined && ev.articleId !== null
      ? el('a', { class: 'article-link', href: articleHref(ev.articleId) }, ev.articleTitle || 'article ' + ev.articleId)
      : null));
}

function toggle(tr) {
  const next = tr.nextElementSibling;
  if (next && next.classList.contains('detail-row')) {
    next.remove();
    tr.classList.remove('expanded');
    tr.setAttribute('aria-expanded', 'false');
    return;
  }
  const cell = el('td', { colspan: COLUMNS.length }, loading('Loading mentions…'));
  tr.after(el('tr', { class: 'detail-row' }, cell));
  tr.classList.add('expanded');
  tr.setAttribute('aria-expanded', 'true');
  api('events/' + encodeURIComponent(tr.dataset.eventId))
    .then((d) => cell.replaceChildren(details(d)))
    .catch((err) => cell.replaceChildren(errorBox(err)));
}

function details(ev) {
  const mentions = Array.isArray(ev.mentions) ? ev.mentions : [];
  const dyad = { source: ev.sourceCode, target: ev.targetCode };
  return el('div', { class: 'event-detail' },
    el('p', { class: 'detail-summary' },
      goldBadge(ev.goldstein, ev.quadClass), ' ', quadName(ev.quadClass) || '',
      ' · CAMEO ', ev.cameo || '', ' ', ev.cameoName || '', ' (root ', ev.root || '–', ')',
      ev.plover ? ' · PLOVER ' + ev.plover + (ev.ploverMode ? ' / ' + ev.ploverMode : '') : '',
      ' · confidence ', fmtConf(ev.confidence), ' · ',
      el('a', { href: hashFor('timeline', { ...dyad, bucket: 'week' }) }, 'timeline of this dyad'), ' · ',
      el('a', { href: hashFor('events', dyad) }, 'all events of this dyad')),
    mentions.length
      ? el('ol', { class: 'mentions' }, mentions.map(mention))
      : el('p', { class: 'empty' }, 'No mentions recorded.'));
}

function mention(m) {
  const url = externalUrl(m.url);
  // An actor's text as the mention gives it, marked when it came from elsewhere in the article.
  const said = (text, basis) => (text === null || text === undefined || text === '' ? null
    : basisActor(String(text), basis, 'actor-text'));
  const facts = [
    ['Source text', said(m.sourceText, m.sourceBasis)], ['Target text', said(m.targetText, m.targetBasis)],
    ['Trigger', m.trigger],
    ['Rule', m.rule], ['Modality', m.modality], ['Date basis', m.dateBasis],
    ['Confidence', Number.isFinite(m.confidence) ? fmtConf(m.confidence) : null],
  ].filter(([, v]) => v !== null && v !== undefined && v !== '');
  return el('li', { class: 'mention' },
    el('div', { class: 'mention-head' },
      m.articleId !== undefined && m.articleId !== null
        ? el('a', { class: 'article-link', href: articleHref(m.articleId) }, m.articleTitle || 'article ' + m.articleId)
        : el('span', null, m.articleTitle || ''),
      m.published ? el('span', { class: 'published' }, ' · ' + m.published) : null,
      url ? [' · ', el('a', { class: 'external', href: url, rel: 'noopener noreferrer', target: '_blank' }, 'original ↗')] : null),
    el('blockquote', { class: 'sentence' }, sentenceWithTrigger(m.sentence, m.trigger)),
    el('dl', { class: 'facts' }, facts.map(([k, v]) => [el('dt', null, k),
      el('dd', null, k === 'Rule' ? el('code', null, v) : v instanceof Node ? v : String(v))])));
}

function pager(params, page, size, count, total) {
  const from = count ? (page - 1) * size + 1 : 0;
  const to = count ? from + count - 1 : 0;
  const info = count ? fmtInt(from) + '–' + fmtInt(to) + ' of ' + fmtInt(total) : '0 of ' + fmtInt(total);
  const last = Math.max(1, Math.ceil(total / size));
  return el('div', { class: 'pager' },
    el('button', { id: 'page-prev', type: 'button', disabled: page <= 1,
      onclick: () => go('events', { ...params, page: page - 1 > 1 ? page - 1 : null }) }, '‹ Previous'),
    el('span', { id: 'page-info' }, info),
    el('button', { id: 'page-next', type: 'button', disabled: page >= last,
      onclick: () => go('events', { ...params, page: page + 1 }) }, 'Next ›'),
    el('label', { class: 'page-size' }, 'Per page ',
      el('select', { id: 'page-size', onchange: (e) => go('events', { ...params, size: e.target.value, page: null }) },
        SIZES.map((s) => el('option', { value: s, selected: s === size }, String(s))))));
}
