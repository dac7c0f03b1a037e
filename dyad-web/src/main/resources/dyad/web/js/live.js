// The event table's live line: how many of the filter's events arrived since the table loaded,
// asked of /api/events?after=CURSOR (docs/api.md) every POLL_MS while the line is on the page.
import { api, el, fmtInt } from './dom.js';

const POLL_MS = 10000;

/** A line that counts the filter's events added after `cursor`; it stops asking once removed. */
export function liveCount(cursor, filters, reload) {
  const line = el('p', { id: 'events-live', class: 'hint', 'aria-live': 'polite', hidden: true });
  const timer = setInterval(async () => {
    if (!line.isConnected) {
      clearInterval(timer);
      return;
    }
    let data;
    try {
      data = await api('events', { ...filters, after: cursor, size: 1 });
    } catch (err) {
      return; // the server may be restarting: the next poll asks again
    }
    const n = Number(data.total) || 0;
    if (n > 0) {
      line.replaceChildren(fmtInt(n) + (n === 1 ? ' new event' : ' new events') + ' since this page loaded. ',
        el('a', { href: '#', onclick: (e) => { e.preventDefault(); reload(); } }, 'Show them'));
      line.hidden = false;
    }
  }, POLL_MS);
  return line;
}
