import { api } from './api.js';
import { h } from './dom.js';
import { seconds, time, when } from './format.js';
import { watch } from './events.js';
import { superviseControls } from './supervise.js';
import { clarificationPanel } from './clarifications.js';
import { transcriptLine, outcomeList, recordingPlayer, temporalLink } from './call-parts.js';
import { listenButton } from './listen.js';

const SPOKEN = ['transcript', 'assistant_reply', 'command_executed', 'supervisor_override'];

// One call: its state, its live events and transcript, supervisor controls, pending questions,
// and its workflow history as Temporal recorded it.
export function callView(main, id, context) {
  const path = `/api/calls/${encodeURIComponent(id)}`;
  const details = h('section', { class: 'card', 'aria-label': 'Call' });
  const events = h('ol', { class: 'feed', id: 'call-events', 'aria-label': 'Call events' });
  const transcript = h('ol', { class: 'feed', id: 'transcript', 'aria-label': 'Transcript' });
  const history = h('tbody', { id: 'history' });
  const controlSlot = h('div', { id: 'control-slot' });
  // "audio" mounts its Listen button here (js/listen.js).
  const listenSlot = h('div', { id: 'listen-slot' });
  const clarifications = clarificationPanel(context, id);
  main.append(details, controlSlot, clarifications.element,
    h('section', { class: 'card' }, h('h3', { text: 'Transcript' }), listenSlot, transcript),
    h('section', { class: 'card' }, h('h3', { text: 'Events' }), events),
    h('section', { class: 'card' }, h('h3', { text: 'Workflow history' }),
      h('table', {}, h('thead', {}, h('tr', {},
        ...['#', 'Time', 'Event', 'About'].map((t) => h('th', { scope: 'col', text: t })))), history)));

  let alive = true;
  let controlsShown = null;
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
  const spoken = new Set();
  const addLine = (e) => {
    // Turns come from the stored transcript and from the stream: their seq tells them apart.
    const key = e.seq != null ? `turn|${e.seq}` : `${e.type}|${e.timestamp}|${e.action}|${e.command}`;
    if (spoken.has(key)) return;
    spoken.add(key);
    const line = transcriptLine(e);
    const after = [...transcript.children].find((li) => li.dataset.seq && e.seq != null && Number(li.dataset.seq) > e.seq);
    transcript.insertBefore(line, after || null);
  };
  const loadTranscript = async () => {
    try {
      const stored = await api(`${path}/transcript`);
      if (alive) (stored.turns || []).forEach((t) => addLine({ ...t, timestamp: t.startedAt }));
    } catch { /* a call that never connected has no transcript yet */ }
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
        pair('Compliance', compliance(call), 'compliance'),
        pair('Next allowed', when(call.nextAllowedAt))),
      ...[outcomeList(call.outcome), recordingPlayer(call.recording),
        temporalLink(context, `call:${call.callId}`)].filter(Boolean));
    // Rebuilt only when the call ends, so that focus stays on a control between updates.
    if (controlsShown !== Boolean(call.disposition)) {
      controlsShown = Boolean(call.disposition);
      const show = context.can('override') && !call.disposition;
      controlSlot.replaceChildren(show ? superviseControls(call, path, load) : '');
      listenSlot.replaceChildren((show && listenButton(call, path)) || '');
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
  const stop = watch(`callId=${encodeURIComponent(id)}`, (e) => {
    if (SPOKEN.includes(e.type)) addLine(e);
    else if (!e.type.startsWith('clarification_')) {
      addEvent(e);
      if (e.type === 'outcome' || e.type === 'status') load();
    }
  }, () => { load(); loadTranscript(); });
  return () => { alive = false; stop(); clarifications.stop(); };
}

// Allowed, or refused with the rules that refused it (the api's complianceReason).
function compliance(call) {
  if (call.complianceReason) return `refused: ${call.complianceReason}`;
  return call.status === 'not-dialed' ? 'refused' : 'allowed';
}

function pair(label, value, id) {
  return h('div', { class: 'stat' }, h('dt', { class: 'label', text: label }),
    h('dd', { class: 'value', id: id ? `call-${id}` : undefined, text: value }));
}
