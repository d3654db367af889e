import { key } from './api.js';
import { h } from './dom.js';
import { time } from './format.js';

// One line of the live transcript: who said what, cut-offs, commands and supervisor actions.
export function transcriptLine(e) {
  const who = e.type === 'supervisor_override' ? `supervisor ${e.keyId || ''}`.trim()
    : e.type === 'command_executed' ? 'command' : e.speaker || e.type;
  const what = e.type === 'supervisor_override'
    ? `${e.action}${e.value ? ` “${e.value}”` : ''}${e.message ? ` — ${e.message}` : ''}`
    : e.type === 'command_executed' ? `${e.command || ''}${e.detail ? ` ${e.detail}` : ''}`
      : e.text || (e.digits ? `[${e.digits}]` : '');
  return h('li', { 'data-type': e.type, 'data-speaker': e.speaker, 'data-seq': e.seq },
    h('time', { datetime: e.timestamp, text: time(e.timestamp) }),
    h('strong', { text: `${who}: ` }), what,
    e.interrupted ? h('em', { class: 'interrupted', text: ' (interrupted)' }) : null);
}

// What the call came to ("outcome" adds it to the call view): each field in words.
export function outcomeList(outcome) {
  if (!outcome || typeof outcome !== 'object') return null;
  return h('section', { 'aria-label': 'Outcome', id: 'call-outcome' }, h('h3', { text: 'Outcome' }),
    h('dl', { class: 'stats' }, Object.entries(outcome).filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => h('div', { class: 'stat' }, h('dt', { class: 'label', text: k }),
        h('dd', { class: 'value', text: typeof v === 'object' ? JSON.stringify(v) : String(v) })))));
}

// The call's recording ("audio" adds recording.url): fetched with the key, since an <audio> element
// cannot send one, then played from memory.
export function recordingPlayer(recording) {
  if (!recording?.url) return null;
  const player = h('audio', { controls: true, preload: 'none', 'aria-label': 'Call recording' });
  fetch(recording.url, { headers: { Authorization: `Bearer ${key()}` } })
    .then((r) => (r.ok ? r.blob() : Promise.reject(new Error(`${r.status}`))))
    .then((blob) => { player.src = URL.createObjectURL(blob); })
    .catch(() => player.replaceWith(h('p', { class: 'error', text: 'The recording could not be fetched.' })));
  return h('section', { 'aria-label': 'Recording' }, h('h3', { text: 'Recording' }), player);
}

// A link to the workflow in Temporal UI, when TEMPORAL_UI_URL is set (from /api/me).
export function temporalLink(context, workflowId) {
  if (!context.temporalUiUrl) return null;
  const href = `${context.temporalUiUrl}/namespaces/${encodeURIComponent(context.temporalNamespace)}`
    + `/workflows/${encodeURIComponent(workflowId)}`;
  return h('p', {}, h('a', { href, id: 'temporal-link', target: '_blank', rel: 'noopener',
    text: `Workflow ${workflowId} in Temporal UI` }));
}

