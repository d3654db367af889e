// The dashboard's only way to data: /api/** with the key, which lives in this tab's session.
const KEY = 'dialer.key';

export const key = () => sessionStorage.getItem(KEY);
export const setKey = (value) => sessionStorage.setItem(KEY, value);
export const clearKey = () => sessionStorage.removeItem(KEY);

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.error?.message || `The api answered ${status}.`);
    this.status = status;
    this.code = body?.error?.code;
    this.field = body?.error?.field;
  }

  // What the operator reads next to the control: the field at fault, then why.
  get detail() {
    return this.field ? `${this.field}: ${this.message}` : this.message;
  }
}

export async function api(path, { method = 'GET', body } = {}) {
  const headers = { Authorization: `Bearer ${key()}`, Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json = text && response.headers.get('Content-Type')?.includes('json') ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, json);
  return json;
}

// A download that needs the key: fetched, then handed to the browser as a file.
export async function download(path, filename) {
  const response = await fetch(path, { headers: { Authorization: `Bearer ${key()}` } });
  if (!response.ok) throw new ApiError(response.status, null);
  const url = URL.createObjectURL(await response.blob());
  const a = Object.assign(document.createElement('a'), { href: url, download: filename });
  a.click();
  URL.revokeObjectURL(url);
}
