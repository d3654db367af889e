import { key } from './api.js';

// Opens the live event stream for one call or campaign. The key travels as a subprotocol, not in
// the URL, so that it shows in no access log. Reopens after a drop; `onOpen` lets the page
// reload what it may have missed meanwhile.
export function watch(query, onEvent, onOpen = () => {}) {
  let socket;
  let stopped = false;
  let delay = 500;
  const open = () => {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    socket = new WebSocket(`${scheme}://${location.host}/events/ws?${query}`,
      ['dialer-events', `bearer.${key()}`]);
    socket.onmessage = (message) => {
      const event = JSON.parse(message.data);
      if (event.type === 'subscribed') { delay = 500; onOpen(); } else onEvent(event);
    };
    socket.onclose = () => {
      if (!stopped) setTimeout(open, delay);
      delay = Math.min(delay * 2, 10000);
    };
  };
  open();
  return () => { stopped = true; socket.close(); };
}
