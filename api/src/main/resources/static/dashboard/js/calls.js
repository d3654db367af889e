import { api } from './api.js';
import { h } from './dom.js';
import { seconds, when } from './format.js';

// Calls on the line now, then the most recent ones; refreshed every two seconds.
export function callsView(main) {
  const live = h('tbody');
  const recent = h('tbody');
  main.append(
    h('section', { class: 'card' }, h('h2', { text: 'Live calls' }), table(live, 'live')),
    h('section', { class: 'card' }, h('h2', { text: 'Recent calls' }), table(recent, 'recent')));
  let alive = true;
  const load = async () => {
    const list = await api('/api/calls?limit=100');
    if (!alive) return;
    const now = Date.now();
    const row = (c) => h('tr', { 'data-call': c.callId },
      h('td', {}, h('a', { href: `#/calls/${encodeURIComponent(c.callId)}`, text: c.to })),
      h('td', {}, h('span', { class: `badge ${c.status}`, text: c.status })),
      h('td', { text: c.disposition || '' }),
      h('td', { class: 'hide-narrow', text: when(c.createdAt) }),
      h('td', { class: 'num', text: c.duration != null ? seconds(c.duration)
        : c.answerTime ? seconds(Math.round((now - Date.parse(c.answerTime)) / 1000)) : '' }));
    const onLine = list.calls.filter((c) => !c.disposition);
    live.replaceChildren(...onLine.map(row));
    if (onLine.length === 0) live.append(h('tr', {}, h('td', { colspan: 5, text: 'No call is on the line.' })));
    recent.replaceChildren(...list.calls.filter((c) => c.disposition).slice(0, 50).map(row));
  };
  load();
  const timer = setInterval(load, 2000);
  return () => { alive = false; clearInterval(timer); };
}

function table(body, name) {
  return h('table', { 'aria-label': `${name} calls` },
    h('thead', {}, h('tr', {}, ...['To', 'Status', 'Disposition', 'Created', 'Duration']
      .map((t) => h('th', { scope: 'col', class: t === 'Duration' ? 'num' : '', text: t })))),
    body);
}
