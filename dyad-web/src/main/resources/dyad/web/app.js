// Dyad browser UI: hash router, navigation and the statistics line. The views live in js/*.js.
import { api, el, errorBox, fmtInt, loadVocabulary, parseHash } from './js/dom.js';
import { renderEvents } from './js/events.js';
import { renderTimeline } from './js/timeline.js';
import { renderNetwork } from './js/network.js';
import { renderMap } from './js/map.js';
import { renderArticle } from './js/article.js';
import { renderSearch } from './js/search.js';
import { renderQuotes } from './js/quotes.js';

const ROUTES = {
  events: { title: 'Events', render: renderEvents },
  timeline: { title: 'Timeline', render: renderTimeline },
  network: { title: 'Network', render: renderNetwork },
  map: { title: 'Map', render: renderMap },
  quotes: { title: 'Quotes', render: renderQuotes },
  search: { title: 'Search', render: renderSearch },
  article: { title: 'Article', render: renderArticle, nav: null },
};

let lastRoute = null;

function route() {
  const { route: name, parts, params } = parseHash(location.hash);
  const main = document.getElementById('view');
  const entry = ROUTES[name];
  for (const a of document.querySelectorAll('#nav a')) {
    const on = a.dataset.route === name;
    a.classList.toggle('active', on);
    if (on) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  // Each navigation renders into a fresh container: answers to requests of a view that was left
  // land in a detached node and change nothing on screen.
  const root = el('div', { class: ['page', 'page-' + name] });
  main.replaceChildren(root);
  if (!entry) {
    document.title = 'Dyad — not found';
    root.append(el('h2', null, 'Not found'),
      el('p', null, 'There is no view called “' + name + '”. ', el('a', { href: '#/events' }, 'Go to events.')));
    return;
  }
  document.title = 'Dyad — ' + entry.title;
  if (name !== lastRoute) window.scrollTo(0, 0);
  lastRoute = name;
  try {
    entry.render(root, params, parts.slice(1));
  } catch (e) {
    console.error(e);
    root.append(errorBox(e));
  }
}

async function loadStats() {
  const box = document.getElementById('stats');
  try {
    const s = await api('stats');
    const parts = [
      fmtInt(s.articles) + ' articles',
      fmtInt(s.events) + ' events',
      fmtInt(s.mentions) + ' mentions',
      fmtInt(s.quotes) + ' quotes',
    ];
    if (Number(s.errors) > 0) parts.push(fmtInt(s.errors) + ' errors');
    if (s.firstDate || s.lastDate) parts.push((s.firstDate || '?') + ' – ' + (s.lastDate || '?'));
    if (s.schemaVersion !== undefined && s.schemaVersion !== null) parts.push('schema ' + s.schemaVersion);
    box.replaceChildren(parts.join(' · '));
  } catch (e) {
    box.replaceChildren(el('span', { class: 'stats-error' },
      'Statistics unavailable' + (e.status ? ' (HTTP ' + e.status + ': ' : ' (') + e.message + ')'));
  }
}

window.addEventListener('hashchange', route);
if (!location.hash || location.hash === '#' || location.hash === '#/') {
  history.replaceState(null, '', '#/events');
}
// The filters' vocabularies come from the API; a view drawn without them would offer empty lists.
loadVocabulary().catch((e) => console.error('vocabulary unavailable', e)).finally(route);
loadStats();
