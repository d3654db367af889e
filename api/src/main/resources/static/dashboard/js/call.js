import { api } from './api.js';
import { h, flash } from './dom.js';
import { seconds, time, when } from './format.js';
import { watch } from './events.js';
import { listenButton } from './listen.js';

const SPOKEN = ['transcript', 'assistant_reply', 'command_executed', 'supervisor_override'];

// One call: its state, its live events and transcript, supervisor controls, and its workflow
// history as Temporal recorded it.
export function callView(main, id, context) {
  const path = `/api/calls/${encodeURIComponent(id)}`;
  const details = h('section', { class: 'card', 'aria-label': 'Call' });
  const events = h('ol', { class: 'feed', id: 'call-events', 'aria-label': 'Call events' });
  const transcript = h('ol', { class: 'feed', id: 'transcript', 'aria-label': 'Transcript' });
  const history = h('tbody', { id: 'history' });
  main.append(details,
    h('section', { class: 'card' }, h('h3', { text: 'Events' }), events),
    h('section', { class: 'card' }, h('h3', { text: 'Transcript' }), transcript),
    h('section', { class: 'card' }, h('h3', { text: 'Workflow history' }),
      h('table', {}, h('thead', {}, h('tr', {},
        ...['#', 'Time', 'Event', 'About'].map((t) => h('th', { scope: 'col', text: t })))), history)));

  let alive = true;
  let controlsShown = null;
  const controlSlot = h('div');
  const seen = new Set();
  const addEvent = (e) => {
    // The same status arrives from the stored call and from the stream, with times written
    // differently: Twilio's SequenceNumber tells them apart.
    const key = `${e.type}|${e.status}|${e.source}|${e.sequenceNumber ?? e.timestamp}`;
    if (seen.has(key)) return;
    seen.add(key);
    events.append(h('li', { 'data-type': e.type },
      h('time', { datetime: e.timestamp, text: time(e.timestamp) }),
      `${e.type}: ${e.disposition || e.status || ''}${e.source ? ` (${e.source})` : ''}`));
  };
  const load = async () => {
    const call = await api(path);
    if (!alive) return;
    details.replaceChildren(
      h('h2', {}, `Call to ${call.to} `, h('span', { class: `badge ${call.status}`, id: 'call-status', text: call.status })),
      h('dl', { class: 'stats' },
        pair('Disposition', call.disposition || '–'), pair('Call SID', call.callSid || '–'),
        pair('Dialed', when(call.startTime)), pair('Answered', when(call.answerTime)),
        pair('Ended', when(call.endTime)), pair('Duration', seconds(call.duration)),
        pair('Answered by', call.answeredBy || '–'),
        pair('Compliance', call.complianceReason || (call.status === 'not-dialed' ? 'refused' : 'allowed')),
        pair('Next allowed', when(call.nextAllowedAt))),
      controlSlot);
    // Rebuilt only when the call ends, so that focus stays on a control between updates.
    if (controlsShown !== Boolean(call.disposition)) {
      controlsShown = Boolean(call.disposition);
      controlSlot.replaceChildren(controls(call, context, path, load) || '');
    }
    (call.events || []).forEach((e) => addEvent({ type: 'status', ...e, timestamp: e.occurredAt }));
    loadHistory();
  };
  const loadHistory = async () => {
    try {
      const h2 = await api(`${path}/history`);
      if (!alive) return;
      history.replaceChildren(...h2.events.map((e) => h('tr', {},
        h('td', { class: 'num', text: e.eventId }), h('td', { text: time(e.time) }),
        h('td', { text: e.kind }), h('td', { text: e.summary }))));
    } catch (e) {
      history.replaceChildren(h('tr', {}, h('td', { colspan: 4, text: e.message })));
    }
  };
  load();
  const stop = watch(`callId=${encodeURIComponent(id)}`, (e) => {
    if (SPOKEN.includes(e.type)) {
      transcript.append(h('li', { 'data-type': e.type },
        h('time', { datetime: e.timestamp, text: time(e.timestamp) }),
        h('strong', { text: `${e.speaker || e.type}: ` }), e.text || e.command || '',
        e.interrupted ? ' (interrupted)' : ''));
    } else {
      addEvent(e);
      if (e.type === 'outcome' || e.type === 'status') load();
    }
  }, load);
  return () => { alive = false; stop(); };
}

function pair(label, value) {
  return h('div', { class: 'stat' }, h('dt', { class: 'label', text: label }), h('dd', { class: 'value', text: value }));
}

// Supervisor controls. Say text, DTMF and transfer arrive with the supervisor updates (issue 12).
function controls(call, context, path, reload) {
  if (!context.can('end') || call.disposition) return null;
  return h('div', { class: 'controls', role: 'group', 'aria-label': 'Call controls' },
    h('button', {
      type: 'button', class: 'danger', id: 'end-call', 'aria-label': `End the call to ${call.to}`,
      onclick: async (event) => {
        event.target.disabled = true;
        try {
          await api(`${path}/end`, { method: 'POST' });
          flash('Ending the call.');
        } catch (e) {
          flash(e.message);
        }
        reload();
      },
    }, 'End call'),
    listenButton(call, path));
}
