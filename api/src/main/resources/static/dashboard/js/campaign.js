import { api, download } from './api.js';
import { h, flash } from './dom.js';
import { count, rate, time, when } from './format.js';
import { campaignControls, finished } from './controls.js';
import { watch } from './events.js';
import { contactsTable } from './contacts.js';
import { temporalLink } from './call-parts.js';

// One campaign: live progress (the event stream's progress events), its outcomes, its calls as
// they happen, its contacts, report and settings.
export function campaignView(main, id, context) {
  const path = `/api/campaigns/${encodeURIComponent(id)}`;
  const summary = h('section', { class: 'card', 'aria-label': 'Campaign' });
  const feed = h('ol', { class: 'feed', id: 'campaign-feed', 'aria-label': 'Calls as they happen' });
  main.append(summary,
    h('section', { class: 'card' }, h('h3', { text: 'Calls as they happen' }), feed),
    contactsTable(id));

  // Built once and updated in place, so that keyboard focus stays where the operator left it.
  const status = h('span', { class: 'badge', id: 'campaign-status' });
  const title = h('h2', {}, h('span'), ' ', status);
  const bar = h('progress', { id: 'campaign-progress', max: 1, value: 0, 'aria-label': 'Campaign progress' });
  const barText = h('p', { id: 'campaign-progress-text' });
  const stats = h('div', { class: 'stats' });
  const controls = h('div');
  const chart = h('div');
  const settings = h('pre');
  summary.append(title, bar, barText, stats, controls, temporalLink(context, `campaign:${id}`) || '',
    h('h3', { text: 'Outcomes' }), chart,
    h('div', { class: 'controls' },
      h('button', {
        type: 'button', class: 'secondary',
        onclick: () => download(`${path}/report.csv`, `campaign-${id}.csv`).catch((e) => flash(e.message)),
      }, 'Download report (CSV)')),
    h('details', {}, h('summary', { text: 'Settings' }), settings));

  let alive = true;
  let shownStatus = null;
  const load = async () => {
    const c = await api(path);
    if (!alive) return;
    const done = finished(c);
    title.firstChild.textContent = c.name;
    status.textContent = c.status;
    status.className = `badge ${c.status}`;
    bar.max = Math.max(c.counts.contacts, 1);
    bar.value = done;
    bar.setAttribute('aria-label', `Progress of ${c.name}`);
    barText.textContent = `${count(done)} of ${count(c.counts.contacts)} contacts finished`;
    stats.replaceChildren(
      stat('Calls/s', rate(c.currentCps)), stat('In flight', count(c.callsInFlight)),
      stat('Dials', count(c.attempts)), stat('ETA', when(c.eta)),
      stat('Started', when(c.startedAt)), stat('Completed', when(c.completedAt)));
    if (c.status !== shownStatus) {
      shownStatus = c.status;
      controls.replaceChildren(campaignControls(c, context, load) || '');
    }
    chart.replaceChildren(outcomeChart(c.counts.byDisposition));
    settings.textContent = JSON.stringify(c.settings, null, 2);
  };
  load();
  let pending = null;
  const stop = watch(`campaignId=${encodeURIComponent(id)}`, (event) => {
    if (event.type === 'progress') {
      bar.max = Math.max(event.contacts, 1);
      bar.value = event.finished;
      // The full view (rates, chart) at most once a second.
      pending ??= setTimeout(() => { pending = null; load(); }, 1000);
    } else if (event.callId) {
      feed.prepend(h('li', {}, h('time', { datetime: event.timestamp, text: time(event.timestamp) }),
        h('a', { href: `#/calls/${encodeURIComponent(event.callId)}`, text: event.callId }),
        ` ${event.type}: ${event.disposition || event.status || event.text || ''}`));
      while (feed.children.length > 100) feed.lastChild.remove();
    }
  }, load);
  return () => { alive = false; stop(); clearTimeout(pending); };
}

function stat(label, value) {
  return h('div', { class: 'stat' }, h('div', { class: 'label', text: label }), h('div', { class: 'value', text: value }));
}

function outcomeChart(byDisposition) {
  const entries = Object.entries(byDisposition || {});
  if (entries.length === 0) return h('p', { text: 'No call has ended yet.' });
  const max = Math.max(...entries.map(([, n]) => n));
  return h('div', { class: 'bars', role: 'list', 'aria-label': 'Contacts by last disposition' },
    entries.flatMap(([disposition, n]) => [
      h('span', { role: 'listitem', text: disposition }),
      h('span', { class: 'bar', style: `width:${(100 * n) / max}%`, 'aria-hidden': 'true' }),
      h('span', { class: 'num', text: count(n) }),
    ]));
}
