import { api } from './api.js';
import { h } from './dom.js';
import { count, when } from './format.js';

const STATES = ['', 'PENDING', 'DIALING', 'RETRY', 'DONE', 'EXHAUSTED', 'BLOCKED', 'CANCELED', 'EXPIRED'];
const PAGE = 25;

// A campaign's contacts, a page at a time, filtered by state.
export function contactsTable(campaignId) {
  let offset = 0;
  const filter = h('select', { id: 'contact-state' },
    STATES.map((s) => h('option', { value: s, text: s || 'any state' })));
  const body = h('tbody');
  const pageInfo = h('span', { 'aria-live': 'polite' });
  const previous = h('button', { type: 'button', class: 'secondary', onclick: () => { offset -= PAGE; load(); } }, 'Previous page');
  const next = h('button', { type: 'button', class: 'secondary', onclick: () => { offset += PAGE; load(); } }, 'Next page');
  const load = async () => {
    const state = filter.value ? `&state=${filter.value}` : '';
    const page = await api(`/api/campaigns/${encodeURIComponent(campaignId)}/contacts?limit=${PAGE}&offset=${offset}${state}`);
    body.replaceChildren(...page.contacts.map((c) => h('tr', {},
      h('td', { class: 'num', text: count(c.row) }),
      h('td', { text: c.phone }),
      h('td', { text: c.name || '' }),
      h('td', { text: c.state }),
      h('td', { class: 'num', text: count(c.attempts) }),
      h('td', {}, c.lastCallId ? h('a', { href: `#/calls/${encodeURIComponent(c.lastCallId)}`, text: c.lastDisposition || 'call' }) : ''),
      h('td', { class: 'hide-narrow', text: c.note || (c.nextEligibleAt ? `next ${when(c.nextEligibleAt)}` : '') }))));
    pageInfo.textContent = page.total === 0 ? 'No contacts.'
      : `${count(offset + 1)}–${count(offset + page.contacts.length)} of ${count(page.total)}`;
    previous.disabled = offset === 0;
    next.disabled = offset + PAGE >= page.total;
  };
  filter.addEventListener('change', () => { offset = 0; load(); });
  load();
  return h('section', { class: 'card' },
    h('h3', { text: 'Contacts' }),
    h('div', { class: 'controls' }, h('label', { for: 'contact-state', text: 'State' }), filter, previous, next, pageInfo),
    h('table', {}, h('thead', {}, h('tr', {},
      ...['Row', 'Phone', 'Name', 'State', 'Dials', 'Last call', 'Note'].map((t) => h('th', { scope: 'col', text: t })))), body));
}
