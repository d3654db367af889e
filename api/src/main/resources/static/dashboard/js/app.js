import { api, key, setKey, clearKey, ApiError } from './api.js';
import { h } from './dom.js';
import { campaignsView } from './campaigns.js';
import { campaignView } from './campaign.js';
import { callsView } from './calls.js';
import { callView } from './call.js';
import { clarificationsView } from './clarifications.js';

// What each role may do from the page; the api refuses the rest (403) whatever the page shows.
const ALLOWED = {
  admin: ['start', 'pause', 'resume', 'cancel', 'end', 'override'],
  supervisor: ['pause', 'resume', 'end', 'override'],
  viewer: [],
};

const routes = [
  [/^#\/campaigns\/([^/]+)$/, campaignView],
  [/^#\/calls\/([^/]+)$/, callView],
  [/^#\/calls$/, callsView],
  [/^#\/clarifications$/, clarificationsView],
  [/^#\/campaigns$/, campaignsView],
];

let me = null;
let cleanup = () => {};

async function signIn() {
  const form = document.getElementById('sign-in');
  if (!key()) { showSignIn(); return; }
  try {
    me = await api('/api/me');
  } catch (e) {
    clearKey();
    showSignIn(e instanceof ApiError && e.status === 401 ? 'That key is not valid.' : e.message);
    return;
  }
  form.hidden = true;
  document.getElementById('who').textContent = `Signed in as ${me.keyId} (${me.role})`;
  document.getElementById('sign-out').hidden = false;
  route();
}

function showSignIn(error = '') {
  cleanup();
  document.getElementById('view').replaceChildren();
  document.getElementById('sign-in').hidden = false;
  document.getElementById('key-error').textContent = error;
  document.getElementById('key-input').focus();
}

function route() {
  if (!me) return;
  cleanup();
  const hash = location.hash || '#/campaigns';
  const main = document.getElementById('view');
  main.replaceChildren();
  const context = {
    role: me.role,
    can: (action) => ALLOWED[me.role]?.includes(action),
    temporalUiUrl: me.temporalUiUrl,
    temporalNamespace: me.temporalNamespace,
  };
  for (const [pattern, view] of routes) {
    const match = hash.match(pattern);
    if (match) {
      cleanup = view(main, decodeURIComponent(match[1] ?? ''), context) || (() => {});
      main.focus();
      return;
    }
  }
  main.append(h('p', { text: 'No such page.' }), h('a', { href: '#/campaigns', text: 'Campaigns' }));
}

document.getElementById('key-form').addEventListener('submit', (event) => {
  event.preventDefault();
  setKey(document.getElementById('key-input').value.trim());
  document.getElementById('key-input').value = '';
  signIn();
});
document.getElementById('sign-out').addEventListener('click', () => {
  clearKey();
  me = null;
  document.getElementById('who').textContent = '';
  document.getElementById('sign-out').hidden = true;
  showSignIn();
});
window.addEventListener('hashchange', route);
signIn();
