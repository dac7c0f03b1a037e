// #/search?q=…&type=all|article|quote: full-text search over articles and quotes.
import { api, articleHref, el, emptyBox, errorBox, field, fmtInt, go, loading, positiveInt, select } from './dom.js';

const TYPES = [['all', 'articles and quotes'], ['article', 'articles'], ['quote', 'quotes']];

export function renderSearch(root, params) {
  const type = TYPES.some(([t]) => t === params.type) ? params.type : 'all';
  const input = el('input', { id: 's-q', name: 's-q', type: 'search', value: params.q || '', class: 'wide',
    placeholder: 'prisoner, "peace talks", speakerName:Zelensky…', autocomplete: 'off' });
  const form = el('form', { id: 'search-form', class: 'filters', role: 'search' },
    field('Query (Lucene syntax)', input, 'wide'),
    field('In', select('s-type', TYPES, type)),
    el('div', { class: 'buttons' }, el('button', { id: 's-apply', type: 'submit', class: 'primary' }, 'Search')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = input.value.trim();
    const t = form.querySelector('#s-type').value;
    go('search', { q, type: t === 'all' ? null : t, limit: params.limit });
  });
  const box = el('div', { id: 'search-box' });
  root.append(el('h2', null, 'Search'), form, box);
  if (!params.q) {
    box.append(el('ol', { id: 'search-results', class: 'hits' }),
      el('p', { class: 'hint' }, 'Search article text and quotes; words (any form: “prisoner” finds “prisoners”), "phrases", AND/OR/NOT and wildcards work.'));
    input.focus();
    return;
  }
  load(box, params.q, type, positiveInt(params.limit, 20, 500));
}

async function load(box, q, type, limit) {
  box.replaceChildren(loading('Searching…'));
  let data;
  try {
    data = await api('search', { q, type, limit });
  } catch (err) {
    box.replaceChildren(errorBox(err), el('ol', { id: 'search-results', class: 'hits' }));
    return;
  }
  const hits = Array.isArray(data.hits) ? data.hits : [];
  const total = Number(data.total) || hits.length;
  box.replaceChildren(
    el('p', { class: 'summary' }, fmtInt(total) + (total === 1 ? ' hit' : ' hits') +
      (hits.length < total ? ', showing the first ' + fmtInt(hits.length) : '')),
    el('ol', { id: 'search-results', class: 'hits' }, hits.map(hit)),
    hits.length ? '' : emptyBox('Nothing found.'));
}

function hit(h) {
  const title = Array.isArray(h.titleMarks) ? marked(h.titleMarks)
    : h.title || (h.articleId !== undefined ? 'Article ' + h.articleId : '(untitled)');
  const fragments = Array.isArray(h.fragments) ? h.fragments : [];
  return el('li', { class: ['hit', 'hit-' + (h.type === 'quote' ? 'quote' : 'article')] },
    el('div', { class: 'hit-head' },
      el('span', { class: 'hit-type' }, h.type === 'quote' ? 'quote' : 'article'), ' ',
      h.articleId !== undefined && h.articleId !== null
        ? el('a', { class: 'hit-title', href: articleHref(h.articleId) }, title)
        : el('span', { class: 'hit-title' }, title),
      Number.isFinite(h.score) ? el('span', { class: 'score', title: 'relevance score' }, h.score.toFixed(2)) : null),
    h.type === 'quote' && (h.speakerName || h.speakerCode)
      ? el('div', { class: 'speaker' }, 'Speaker: ',
        Array.isArray(h.speakerMarks) ? marked(h.speakerMarks) : h.speakerName || '',
        h.speakerCode ? el('span', { class: 'actor-code' }, h.speakerCode) : null)
      : null,
    Array.isArray(h.matchedIn) && h.matchedIn.length
      ? el('div', { class: 'matched-in' }, 'Matched in ', h.matchedIn.map((f) => MATCHED[f] || String(f)).join(', '))
      : null,
    fragments.map((frag) => el('p', { class: 'fragment' }, '…', marked(frag), '…')));
}

/** What the API's field names are to a reader. */
const MATCHED = { title: 'the title', text: 'the words', speaker: 'the speaker' };

/** Pieces of text as nodes, the matched ones marked. */
function marked(pieces) {
  return (Array.isArray(pieces) ? pieces : []).map((piece) => (piece && piece.match
    ? el('mark', null, String(piece.text ?? ''))
    : String((piece && piece.text) ?? '')));
}
