import { api } from './api.js';
import { h } from './dom.js';
import { count, rate, when } from './format.js';
import { campaignControls, finished, progressBar } from './controls.js';

// All campaigns with their progress; refreshed every few seconds.
export function campaignsView(main, _id, context) {
  const body = h('tbody');
  main.append(h('section', { class: 'card' },
    h('h2', { text: 'Campaigns' }),
    h('table', {},
      h('caption', { class: 'hide-narrow', text: 'Newest first' }),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col', text: 'Name' }),
        h('th', { scope: 'col', text: 'Status' }),
        h('th', { scope: 'col', text: 'Progress' }),
        h('th', { scope: 'col', class: 'num hide-narrow', text: 'Calls/s' }),
        h('th', { scope: 'col', class: 'num hide-narrow', text: 'In flight' }),
        h('th', { scope: 'col', class: 'hide-narrow', text: 'ETA' }),
        h('th', { scope: 'col', text: 'Controls' }))),
      body)));

  let alive = true;
  const load = async () => {
    const list = await api('/api/campaigns?limit=20');
    const campaigns = await Promise.all(
      list.campaigns.map((c) => api(`/api/campaigns/${encodeURIComponent(c.id)}`)));
    if (!alive) return;
    // A row is rebuilt only when its campaign changed state, so that focus stays on its buttons.
    const rows = new Map([...body.querySelectorAll('tr[data-campaign]')].map((r) => [r.dataset.campaign, r]));
    body.replaceChildren(...campaigns.map((c) => {
      const done = finished(c);
      const old = rows.get(c.id);
      if (old && old.dataset.status === c.status) {
        const bar = old.querySelector('progress');
        bar.max = Math.max(c.counts.contacts, 1);
        bar.value = done;
        bar.nextSibling.textContent = ` ${count(done)} / ${count(c.counts.contacts)}`;
        const cells = old.children;
        cells[3].textContent = rate(c.currentCps);
        cells[4].textContent = count(c.callsInFlight);
        cells[5].textContent = when(c.eta);
        return old;
      }
      return h('tr', { 'data-campaign': c.id, 'data-status': c.status },
        h('td', {}, h('a', { href: `#/campaigns/${encodeURIComponent(c.id)}`, text: c.name })),
        h('td', {}, h('span', { class: `badge ${c.status}`, text: c.status })),
        h('td', {}, progressBar(`progress-${c.id}`, c, done),
          ` ${count(done)} / ${count(c.counts.contacts)}`),
        h('td', { class: 'num hide-narrow', text: rate(c.currentCps) }),
        h('td', { class: 'num hide-narrow', text: count(c.callsInFlight) }),
        h('td', { class: 'hide-narrow', text: when(c.eta) }),
        h('td', {}, campaignControls(c, context, load)));
    }));
    if (campaigns.length === 0) body.append(h('tr', {}, h('td', { colspan: 7, text: 'No campaigns yet.' })));
  };
  load();
  const timer = setInterval(load, 3000);
  return () => { alive = false; clearInterval(timer); };
}
