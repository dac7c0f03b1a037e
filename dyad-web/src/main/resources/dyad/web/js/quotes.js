// #/quotes?speaker=…&actor=…&text=…: who said what. The most quoted speakers of the filter, then each
// quote with its speaker (as the article names them, and their actor code) and its article.
import {
  api, articleHref, el, emptyBox, errorBox, field, fmtInt, go, loading, positiveInt,
} from './dom.js';

const KEYS = ['speaker', 'actor', 'text'];
const SIZE = 50;

export function renderQuotes(root, params) {
  const results = el('div', { id: 'quotes-results' });
  root.append(el('h2', null, 'Quotes'), form(params),
    el('p', { class: 'hint' }, 'Who said what: quotes found in the articles, with their speakers.'), results);
  load(results, params);
}

function form(params) {
  const input = (id, value, placeholder) =>
    el('input', { id, name: id, type: 'text', value: value || '', placeholder, autocomplete: 'off' });
  const f = el('form', { id: 'quotes-form', class: 'filters', role: 'search' },
    field('Speaker', input('q-speaker', params.speaker, 'a part of the name')),
    field('Actor', input('q-actor', params.actor, 'RUS, UKRGOV…')),
    field('Words', input('q-text', params.text, 'words in the quote'), 'wide'),
    el('div', { class: 'buttons' },
      el('button', { id: 'q-apply', type: 'submit', class: 'primary' }, 'Apply'),
      el('button', { id: 'q-clear', type: 'button', onclick: () => go('quotes', {}) }, 'Clear')));
  f.addEventListener('submit', (e) => {
    e.preventDefault();
    const v = (id) => f.querySelector('#' + id).value.trim();
    go('quotes', { speaker: v('q-speaker'), actor: v('q-actor').toUpperCase(), text: v('q-text') });
  });
  return f;
}

async function load(box, params) {
  box.replaceChildren(loading('Loading quotes…'));
  const page = positiveInt(params.page, 1);
  const filters = {};
  for (const k of KEYS) if (params[k]) filters[k] = params[k];
  let data;
  try {
    data = await api('quotes', { ...filters, page, size: SIZE });
  } catch (err) {
    box.replaceChildren(errorBox(err));
    return;
  }
  const quotes = Array.isArray(data.quotes) ? data.quotes : [];
  const speakers = Array.isArray(data.speakers) ? data.speakers : [];
  const total = Number(data.total) || 0;
  if (!total) {
    box.replaceChildren(emptyBox('No quotes match.'));
    return;
  }
  box.replaceChildren(
    el('p', { id: 'quotes-summary', class: 'summary' }, fmtInt(total) + (total === 1 ? ' quote' : ' quotes')),
    speakers.length ? el('div', { class: 'chips', id: 'quote-speakers' }, el('span', { class: 'label' }, 'Speakers:'),
      speakers.map((s) => el('button', { type: 'button', class: 'chip speaker-chip', dataset: { name: s.name },
        title: 'Only the quotes of ' + s.name, onclick: () => go('quotes', { ...filters, speaker: s.name }) },
      String(s.name), s.code ? el('span', { class: 'actor-code' }, ' ' + s.code) : null,
      ' (' + fmtInt(s.quotes) + ')'))) : '',
    el('ol', { id: 'quotes-list', class: 'hits' }, quotes.map(quote)),
    pager(filters, page, total));
}

function quote(q) {
  return el('li', { class: 'quote-item', dataset: { articleId: q.articleId } },
    el('blockquote', { class: 'quote-text' }, '“' + String(q.text ?? '') + '”'),
    el('div', { class: 'quote-who' }, '— ',
      q.speakerName ? el('span', { class: 'speaker-name' }, String(q.speakerName)) : el('em', null, 'speaker unknown'),
      q.speakerCode ? [' ', el('span', { class: 'actor-code' }, String(q.speakerCode))] : null,
      ' · ', el('a', { class: 'article-link', href: articleHref(q.articleId) }, q.articleTitle || 'article ' + q.articleId),
      q.published ? el('span', { class: 'published' }, ' · ' + q.published) : null));
}

function pager(filters, page, total) {
  const last = Math.max(1, Math.ceil(total / SIZE));
  if (last === 1) return '';
  return el('div', { class: 'pager' },
    el('button', { type: 'button', disabled: page <= 1, onclick: () => go('quotes', { ...filters, page: page > 2 ? page - 1 : null }) },
      '‹ Previous'),
    el('span', null, 'page ' + fmtInt(page) + ' of ' + fmtInt(last)),
    el('button', { type: 'button', disabled: page >= last, onclick: () => go('quotes', { ...filters, page: page + 1 }) }, 'Next ›'));
}
