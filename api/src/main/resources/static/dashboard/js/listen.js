import { api } from './api.js';
import { h, flash } from './dom.js';

// Live listen: POST /api/calls/{id}/listen starts the call's media stream and answers the media
// worker's socket; its frames are Twilio Media Streams messages (base64 μ-law, 8 kHz mono), decoded
// here and played with Web Audio.

const SAMPLE_RATE = 8000;
// Frames that would play later than this are dropped: a listener hears the call now, not late.
const MAX_LAG_SECONDS = 0.5;

// G.711 μ-law to linear, one table for all 256 codes.
const MULAW = new Float32Array(256);
for (let code = 0; code < 256; code++) {
  const u = ~code & 0xff;
  const exponent = (u >> 4) & 0x07;
  const magnitude = ((((u & 0x0f) << 3) + 0x84) << exponent) - 0x84;
  MULAW[code] = ((u & 0x80) ? -magnitude : magnitude) / 32768;
}

export function decodeMuLaw(bytes) {
  const samples = new Float32Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) samples[i] = MULAW[bytes[i]];
  return samples;
}

function base64Bytes(text) {
  const raw = atob(text);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

// Plays one socket's frames back to back, in arrival order.
function player() {
  const audio = new AudioContext();
  let playAt = 0;
  return {
    play(payload) {
      const samples = decodeMuLaw(base64Bytes(payload));
      const now = audio.currentTime;
      if (playAt < now) playAt = now;
      if (playAt - now > MAX_LAG_SECONDS) return;
      const buffer = audio.createBuffer(1, samples.length, SAMPLE_RATE);
      buffer.copyToChannel(samples, 0);
      const source = audio.createBufferSource();
      source.buffer = buffer;
      source.connect(audio.destination);
      source.start(playAt);
      playAt += buffer.duration;
    },
    close: () => audio.close(),
  };
}

// The call page's "Listen" button: starts listening, and stops when pressed again or the call ends.
export function listenButton(call, path) {
  let socket = null;
  let sound = null;
  const button = h('button', {
    type: 'button', id: 'listen-call', 'aria-pressed': 'false',
    'aria-label': `Listen to the call to ${call.to}`,
  }, 'Listen');
  const stop = () => {
    if (socket) socket.close();
    if (sound) sound.close();
    socket = null;
    sound = null;
    button.setAttribute('aria-pressed', 'false');
    button.textContent = 'Listen';
  };
  button.onclick = async () => {
    if (socket) { stop(); return; }
    try {
      const listen = await api(`${path}/listen`, { method: 'POST' });
      sound = player();
      socket = new WebSocket(listen.url);
      socket.onmessage = (message) => {
        const frame = JSON.parse(message.data);
        if (frame.event === 'media') sound.play(frame.media.payload);
        if (frame.event === 'stop') stop();
      };
      socket.onclose = () => { if (socket) stop(); };
      button.setAttribute('aria-pressed', 'true');
      button.textContent = 'Stop listening';
    } catch (e) {
      flash(e.message);
      stop();
    }
  };
  return button;
}
