import { api, ApiError } from './api.js';
import { h, flash } from './dom.js';
import { remaining, when } from './format.js';
import { watch } from './events.js';

// The agents' pending questions with an answer box each and a countdown to the agent's fallback
// line. `only` narrows the list to one call (the call page's panel); the page of all of them
// watches every running campaign's stream. Both reload the list when a clarification event
// arrives, so a question shows while the agent still holds the line.
export function clarificationPanel(context, only = null) {
  const list = h('ul', { class: 'clarifications', id: 'clarifications', 'aria-label': 'Pending clarifications' });
  const section = h('section', { class: 'card', 'aria-labelledby': 'clarifications-title' },
    h('h2', { id: 'clarifications-title', text: 'Pending clarifications' }), list);
  const rows = new Map();
  let alive = true;

  const render = (pending) => {
    const keep = new Set(pending.map((c) => `${c.callId}#${c.number}`));
    for (const [id, row] of rows) if (!keep.has(id)) { row.remove(); rows.delete(id); }
    for (const c of pending) {
      const id = `${c.callId}#${c.number}`;
      if (!rows.has(id)) {
        const row = item(c, context);
        rows.set(id, row);
        list.append(row);
      }
    }
    list.querySelector('.none')?.remove();
    if (rows.size === 0) list.append(h('li', { class: 'none', text: 'No question is waiting for an answer.' }));
  };
  const reload = async () => {
    try {
      const all = await api('/api/clarifications?status=pending');
      if (alive) render(all.clarifications.filter((c) => !only || c.callId === only));
    } catch (e) {
      if (alive) list.replaceChildren(h('li', { class: 'error', text: e.message }));
    }
  };
  const tick = setInterval(() => {
    for (const el of list.querySelectorAll('[data-deadline]')) {
      el.textContent = remaining(el.dataset.deadline) ?? 'timed out: the agent says its fallback';
    }
  }, 250);
  const onEvent = (e) => { if (e.type.startsWith('clarification_')) reload(); };
  const sockets = new Map();
  let timer = null;
  if (only) {
    sockets.set(only, watch(`callId=${encodeURIComponent(only)}`, onEvent, reload));
  } else {
    // Single calls belong to no campaign stream, and campaigns start after the page opened: a
    // slow look for both.
    const look = async () => {
      await reload();
      const list = await api('/api/campaigns?limit=50');
      for (const c of list.campaigns) {
        if (alive && (c.status === 'RUNNING' || c.status === 'PAUSED') && !sockets.has(c.id)) {
          sockets.set(c.id, watch(`campaignId=${encodeURIComponent(c.id)}`, onEvent, reload));
        }
      }
    };
    look();
    timer = setInterval(look, 5000);
  }
  return {
    element: section,
    stop: () => {
      alive = false;
      clearInterval(tick);
      clearInterval(timer);
      sockets.forEach((stop) => stop());
    },
  };
}

export function clarificationsView(main, _id, context) {
  const panel = clarificationPanel(context);
  main.append(panel.element);
  return panel.stop;
}

function item(c, context) {
  const inputId = `answer-${c.callId}-${c.number}`;
  const result = h('p', { class: 'result', role: 'status' });
  const end = deadline(c);
  const countdown = h('strong', { class: 'countdown', 'data-times-out': c.timesOutAt || '',
    'data-deadline': end || '', text: remaining(end) ?? '–' });
  const form = context.can('override') ? h('form', {
    class: 'answer',
    onsubmit: async (event) => {
      event.preventDefault();
      const input = form.querySelector('input');
      const button = form.querySelector('button');
      button.disabled = true;
      try {
        const reply = await api(`/api/calls/${encodeURIComponent(c.callId)}/override/clarification`,
          { method: 'POST', body: { response: input.value } });
        result.className = 'result';
        result.textContent = reply.message;
        flash(reply.message);
        input.value = '';
      } catch (e) {
        result.className = 'result error';
        result.textContent = e instanceof ApiError ? e.detail : e.message;
        button.disabled = false;
      }
    },
  },
  h('label', { for: inputId, text: 'Answer' }),
  h('input', { id: inputId, name: 'response', type: 'text', required: true, autocomplete: 'off',
    'aria-describedby': `${inputId}-q` }),
  h('button', { type: 'submit', text: 'Send answer' })) : null;
  return h('li', { 'data-call': c.callId },
    h('p', { id: `${inputId}-q`, class: 'question' }, h('strong', { text: 'Question: ' }), c.question),
    h('dl', { class: 'meta' },
      meta('Call', h('a', { href: `#/calls/${encodeURIComponent(c.callId)}`, text: c.callId })),
      meta('Contact', c.contactId ?? '–'),
      meta('Campaign', c.campaignId
        ? h('a', { href: `#/campaigns/${encodeURIComponent(c.campaignId)}`, text: c.campaignId }) : '–'),
      meta('Waiting since', when(c.waitingSince)),
      meta('Times out in', countdown)),
    form, result);
}

// timesOutAt is on the workflow's clock. A question the api still lists as pending whose
// timesOutAt is already past in this browser means the clocks disagree (a skewed laptop, or a test
// server's clock): then the whole timeout counts from now, close to right for a question just
// asked, instead of a countdown that says it timed out while the agent still waits.
function deadline(c) {
  if (!c.timesOutAt) return null;
  const at = Date.parse(c.timesOutAt);
  if (at > Date.now() || !c.waitingSince) return c.timesOutAt;
  return new Date(Date.now() + at - Date.parse(c.waitingSince)).toISOString();
}

function meta(label, value) {
  return h('div', {}, h('dt', { text: label }), h('dd', {}, value));
}
