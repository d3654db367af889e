import { api } from './api.js';
import { h, flash } from './dom.js';

// The campaign buttons a role may press, for the state the campaign is in.
const BY_STATUS = {
  DRAFT: ['start', 'cancel'],
  SCHEDULED: ['cancel'],
  RUNNING: ['pause', 'cancel'],
  PAUSED: ['resume', 'cancel'],
};
const LABELS = { start: 'Start', pause: 'Pause', resume: 'Resume', cancel: 'Cancel' };

export function campaignControls(campaign, context, onDone) {
  const actions = (BY_STATUS[campaign.status] || []).filter(context.can);
  if (actions.length === 0) return null;
  return h('div', { class: 'controls', role: 'group', 'aria-label': `Controls of ${campaign.name}` },
    actions.map((action) => h('button', {
      type: 'button',
      class: action === 'cancel' ? 'danger' : '',
      'data-action': action,
      'aria-label': `${LABELS[action]} campaign ${campaign.name}`,
      onclick: async (event) => {
        event.target.disabled = true;
        try {
          const body = action === 'start' ? undefined : {};
          await api(`/api/campaigns/${encodeURIComponent(campaign.id)}/${action}`,
            { method: 'POST', body });
          flash(`${LABELS[action]}: ${campaign.name}`);
        } catch (e) {
          flash(e.message);
        }
        onDone();
      },
    }, LABELS[action])));
}

export function finished(campaign) {
  const open = ['PENDING', 'DIALING', 'RETRY'];
  return Object.entries(campaign.counts.byState)
    .filter(([state]) => !open.includes(state))
    .reduce((sum, [, n]) => sum + n, 0);
}

export function progressBar(id, campaign, done) {
  return h('progress', {
    id, max: Math.max(campaign.counts.contacts, 1), value: done,
    'aria-label': `Progress of ${campaign.name}`,
  });
}
