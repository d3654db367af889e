import { api, ApiError } from './api.js';
import { h, flash } from './dom.js';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];

// A supervisor steps into a live call: say a line, press keys, transfer, end. Each control shows
// what the api answered ({message}) or its error (field and why) next to itself.
export function superviseControls(call, path, reload) {
  const result = h('p', { class: 'result', id: 'control-result', role: 'status', 'aria-live': 'polite' });
  const act = async (action, body, button) => {
    if (button) button.disabled = true;
    try {
      const reply = await api(`${path}/override/${action}`, { method: 'POST', body });
      result.className = 'result';
      result.textContent = reply.message;
      return true;
    } catch (e) {
      result.className = 'result error';
      result.textContent = e instanceof ApiError ? e.detail : e.message;
      return false;
    } finally {
      if (button) button.disabled = false;
    }
  };
  const say = h('form', {
    class: 'control', id: 'say-form',
    onsubmit: async (event) => {
      event.preventDefault();
      const input = say.querySelector('input');
      if (await act('text', { text: input.value }, say.querySelector('button'))) input.value = '';
    },
  },
  h('label', { for: 'say-text', text: 'Say' }),
  h('input', { id: 'say-text', name: 'text', type: 'text', autocomplete: 'off',
    placeholder: 'A line for the agent to say' }),
  h('button', { type: 'submit', text: 'Say' }));
  const pad = h('div', { class: 'pad', role: 'group', 'aria-label': 'DTMF keypad' },
    KEYS.map((digit) => h('button', {
      type: 'button', class: 'secondary', 'data-digit': digit, 'aria-label': `Press key ${digit}`,
      onclick: (event) => act('dtmf', { digit }, event.currentTarget),
    }, digit)));
  const transfer = h('form', {
    class: 'control', id: 'transfer-form',
    onsubmit: async (event) => {
      event.preventDefault();
      await act('transfer', { target: transfer.querySelector('input').value }, transfer.querySelector('button'));
    },
  },
  h('label', { for: 'transfer-to', text: 'Transfer to' }),
  h('input', { id: 'transfer-to', name: 'target', type: 'tel', autocomplete: 'off', placeholder: '+14155550123' }),
  h('button', { type: 'submit', text: 'Transfer' }));
  const end = h('button', {
    type: 'button', class: 'danger', id: 'end-call', 'aria-label': `End the call to ${call.to}`,
    onclick: async (event) => {
      if (await act('end', undefined, event.currentTarget)) flash('Ending the call.');
      reload();
    },
  }, 'End call');
  return h('section', { class: 'card controls-card', role: 'group', 'aria-labelledby': 'controls-title' },
    h('h3', { id: 'controls-title', text: 'Supervisor controls' }),
    say, h('p', { class: 'label', text: 'Keys' }), pad, transfer, h('div', { class: 'controls' }, end), result);
}
