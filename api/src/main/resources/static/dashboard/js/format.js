// Numbers and times in the operator's own locale and time zone.
const numbers = new Intl.NumberFormat();
const decimals = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const times = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'medium' });
const clock = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

export const count = (n) => (n === null || n === undefined ? '–' : numbers.format(n));
export const rate = (n) => (n === null || n === undefined ? '–' : decimals.format(n));
export const when = (iso) => (iso ? times.format(new Date(iso)) : '–');
export const time = (iso) => (iso ? clock.format(new Date(iso)) : '–');
export function seconds(s) {
  if (s === null || s === undefined) return '–';
  const m = Math.floor(s / 60);
  return m > 0 ? `${numbers.format(m)} min ${s % 60} s` : `${s} s`;
}

// "in 12 s" / "1 min 5 s left" for a countdown; null once the moment has passed.
export function remaining(iso, now = Date.now()) {
  if (!iso) return null;
  const left = Math.ceil((Date.parse(iso) - now) / 1000);
  return left > 0 ? seconds(left) : null;
}
