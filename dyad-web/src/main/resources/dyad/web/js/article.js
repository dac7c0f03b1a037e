// #/article/{id}: the article text with actor mentions, event evidence, triggers and quotes
// highlighted, and side lists of its events (with their explanation), quotes, actors and same-story
// articles. Hovering or clicking a list item lights up its spans in the text (class "active").
import {
  api, articleHref, basisActor, el, errorBox, externalUrl, findPhrase, fmtConf, fmtInt, goldBadge, hashFor,
  loading, modalityBadge, offSentence,
} from './dom.js';
import { highlight } from './highlight.js';

export function renderArticle(root, params, rest) {
  const id = rest.join('/');
  if (!id) {
    root.append(errorBox(new Error('No article id in the address')));
    return;
  }
  root.append(loading('Loading article…'));
  api('articles/' + encodeURIComponent(id))
    .then((a) => root.replaceChildren(...article(a)))
    .catch((err) => root.replaceChildren(el('h2', null, 'Article ' + id), errorBox(err)));
}

const list = (x) => (Array.isArray(x) ? x : []);
const present = (v) => v !== null && v !== undefined && v !== '';
/** An actor code in a tooltip, with its basis when it was not found in the sentence. */
const sideText = (code, basis) => (code || '?') + (offSentence(basis) ? ' (' + basis + ')' : '');

function article(a) {
  const text = typeof a.text === 'string' ? a.text : '';
  const events = list(a.events).slice().sort((x, y) => (x.start ?? 0) - (y.start ?? 0));
  const quotes = list(a.quotes);
  const actors = list(a.actors);
  const spans = [];
  const triggers = new Set();
  events.forEach((ev) => {
    const key = 'e:' + ev.eventId;
    spans.push({ start: ev.start, end: ev.end, key, rank: 0,
      make: () => el('mark', { class: 'evidence', dataset: { eventId: ev.eventId },
        title: [ev.cameo, ev.cameoName].filter(present).join(' ') + ': ' + sideText(ev.sourceCode, ev.sourceBasis) + ' → ' + sideText(ev.targetCode, ev.targetBasis) }) });
    const s = Number(ev.start);
    const at = Number.isInteger(s) && Number(ev.end) > s ? findPhrase(text.slice(s, Number(ev.end)), ev.trigger) : null;
    if (at && !triggers.has((s + at[0]) + ':' + (s + at[1]))) {
      triggers.add((s + at[0]) + ':' + (s + at[1]));
      spans.push({ start: s + at[0], end: s + at[1], key: 't:' + ev.eventId, rank: 3,
        make: () => el('span', { class: 'trigger', title: 'trigger: ' + ev.trigger }) });
    }
  });
  quotes.forEach((q, i) => spans.push({ start: q.start, end: q.end, key: 'q:' + i, rank: 1,
    make: () => el('mark', { class: 'quote', dataset: { quoteIndex: i },
      title: 'Quote — ' + (q.speakerName || q.speaker || 'unknown speaker') + (q.cue ? ' (' + q.cue + ')' : '') }) }));
  actors.forEach((ac, i) => {
    const title = [ac.name, ac.code, ac.role].filter(present).join(' · ');
    for (const m of list(ac.mentions)) {
      spans.push({ start: m.start, end: m.end, key: 'a:' + i, rank: 2,
        make: () => el('mark', { class: 'actor', dataset: { actorId: ac.id }, title }) });
    }
  });
  const { fragment, registry } = highlight(text, spans);
  const textBox = el('div', { id: 'article-text', class: 'article-text' }, text ? fragment : el('p', { class: 'empty' }, 'No text stored.'));

  const items = new Map(); // key → list item
  let pinned = null;
  const setActive = (key, on) => {
    for (const node of registry.get(key) || []) node.classList.toggle('active', on);
    if (items.has(key)) items.get(key).classList.toggle('active', on);
  };
  const pin = (key, scrollText) => {
    if (pinned && pinned !== key) setActive(pinned, false);
    pinned = pinned === key ? null : key;
    setActive(key, pinned === key);
    const first = (registry.get(key) || [])[0];
    if (pinned && scrollText && first) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    if (pinned && !scrollText && items.has(key)) items.get(key).scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  };
  const item = (key, attrs, ...children) => {
    const li = el('li', { tabindex: 0, ...attrs,
      onmouseenter: () => setActive(key, true),
      onmouseleave: () => { if (pinned !== key) setActive(key, false); },
      onfocus: () => setActive(key, true),
      onblur: () => { if (pinned !== key) setActive(key, false); },
      onclick: (e) => { if (!e.target.closest('a')) pin(key, true); },
      onkeydown: (e) => { if (e.key === 'Enter' && e.target === e.currentTarget) pin(key, true); } }, ...children);
    items.set(key, li);
    if (!registry.has(key)) li.classList.add('not-in-text');
    return li;
  };
  textBox.addEventListener('click', (e) => {
    const mark = e.target.closest('mark.evidence');
    if (mark) pin('e:' + mark.dataset.eventId, false);
  });

  const url = externalUrl(a.url);
  const meta = [
    present(a.published) ? el('span', { class: 'published' }, a.published) : null,
    present(a.source) ? el('span', { class: 'source' }, a.source) : null,
    url ? el('a', { id: 'article-url', href: url, rel: 'noopener noreferrer', target: '_blank' }, url)
      : present(a.url) ? el('span', { id: 'article-url', class: 'unsafe-url', title: 'not an http(s) address' }, String(a.url)) : null,
    present(a.storyId) ? el('span', { class: 'story' }, 'story ' + a.storyId) : null,
  ].filter(Boolean).flatMap((n, i) => (i ? [' · ', n] : [n]));

  const side = el('aside', { class: 'article-side' },
    el('h3', null, 'Events (' + fmtInt(events.length) + ')'),
    events.length ? el('ol', { id: 'article-events', class: 'side-list' }, events.map((ev) => eventItem(ev, item)))
      : [el('ol', { id: 'article-events', class: 'side-list' }), el('p', { class: 'empty' }, 'No events coded in this article.')],
    el('h3', null, 'Quotes (' + fmtInt(quotes.length) + ')'),
    el('ul', { id: 'article-quotes', class: 'side-list' }, quotes.map((q, i) => item('q:' + i, { class: 'quote-item' },
      el('q', null, present(q.text) ? q.text : text.slice(q.start, q.end)),
      el('div', { class: 'speaker' }, '— ', q.speakerName || q.speaker || 'unknown speaker',
        q.speakerCode ? el('span', { class: 'actor-code' }, q.speakerCode) : null,
        q.cue ? el('span', { class: 'cue' }, ' (' + q.cue + ')') : null)))),
    el('h3', null, 'Actors (' + fmtInt(actors.length) + ')'),
    el('ul', { id: 'article-actors', class: 'side-list' }, actors.map((ac, i) => item('a:' + i, { class: 'actor-item', dataset: { actorId: ac.id } },
      el('span', { class: 'actor-name' }, ac.name || '(unnamed)'), ' ',
      ac.code ? el('span', { class: 'actor-code' }, ac.code) : null,
      el('div', { class: 'actor-meta' }, [ac.kind, ac.country, ac.role, ac.basis && 'basis: ' + ac.basis,
        fmtInt(list(ac.mentions).length) + ' mention' + (list(ac.mentions).length === 1 ? '' : 's')].filter(present).join(' · '))))),
    list(a.sameStory).length ? [el('h3', null, 'Same story'), el('ul', { id: 'article-same-story', class: 'links' },
      list(a.sameStory).map((sid) => el('li', null, el('a', { href: articleHref(sid) }, 'Article ' + sid))))] : null);

  return [
    el('h2', { id: 'article-title' }, present(a.title) ? a.title : '(untitled article ' + a.id + ')'),
    el('p', { class: 'meta', id: 'article-meta' }, meta),
    el('p', { class: 'legend' },
      el('mark', { class: 'actor' }, 'actor'), ' ', el('mark', { class: 'evidence' }, 'event sentence'), ' ',
      el('mark', { class: 'evidence' }, el('span', { class: 'trigger' }, 'trigger')), ' ', el('mark', { class: 'quote' }, 'quote'),
      el('span', { class: 'hint' }, ' Hover or click an event, quote or actor to find it in the text.')),
    el('div', { class: 'article-grid' }, el('section', { class: 'article-main' }, textBox), side),
  ];
}

function eventItem(ev, item) {
  const facts = [['Trigger', ev.trigger], ['Rule', ev.rule],
    ['Source text', present(ev.sourceText) ? basisActor(String(ev.sourceText), ev.sourceBasis, 'actor-text') : null],
    ['Target text', present(ev.targetText) ? basisActor(String(ev.targetText), ev.targetBasis, 'actor-text') : null]]
    .filter(([, v]) => present(v));
  return item('e:' + ev.eventId, { class: 'article-event', dataset: { eventId: ev.eventId } },
    el('div', { class: 'ev-head' }, el('span', { class: 'cameo' }, ev.cameo || ''), ' ',
      el('span', { class: 'cameo-name' }, ev.cameoName || ''), ' ', goldBadge(ev.goldstein, ev.quadClass),
      ev.plover ? el('span', { class: 'plover' }, ev.plover) : null),
    el('div', { class: 'ev-dyad' }, basisActor(ev.sourceCode, ev.sourceBasis), ' → ',
      basisActor(ev.targetCode, ev.targetBasis)),
    el('div', { class: 'ev-meta' }, modalityBadge(ev.modality), ' ', ev.date || 'no date',
      ev.dateBasis ? ' (' + ev.dateBasis + ')' : '', ' · confidence ', fmtConf(ev.confidence), ' · ',
      el('a', { href: hashFor('events', { source: ev.sourceCode, target: ev.targetCode, code: ev.cameo, from: ev.date, to: ev.date }) }, 'in table')),
    facts.length ? el('dl', { class: 'facts' }, facts.map(([k, v]) =>
      [el('dt', null, k), el('dd', null, k === 'Rule' ? el('code', null, String(v)) : v instanceof Node ? v : String(v))])) : null);
}
