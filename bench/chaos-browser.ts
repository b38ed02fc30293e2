/** A browser-like HTTP client for the chaos run: a cookie jar, the CSRF token from /token_dispenser.json, forms. */

const REQUEST_TIMEOUT_MS = 15_000;

/** One visitor with its own cookies. */
export class Browser {
  readonly base: string;
  private readonly jar = new Map<string, string>();
  private token = '';

  constructor(base: string) {
    this.base = base;
  }

  private remember(response: Response): void {
    for (const c of response.headers.getSetCookie()) {
      const [pair = ''] = c.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (value === '' || /max-age=0\b/i.test(c)) this.jar.delete(name);
      else this.jar.set(name, value);
    }
  }

  private get cookie(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /** GETs `path`, keeping cookies; the body is read. */
  async get(path: string): Promise<{ status: number; body: string }> {
    const r = await fetch(this.base + path, { headers: { cookie: this.cookie }, redirect: 'manual', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    this.remember(r);
    return { status: r.status, body: await r.text() };
  }

  /** Asks /token_dispenser.json for this visitor's CSRF token (again). */
  async refreshToken(): Promise<void> {
    const { status, body } = await this.get('/token_dispenser.json');
    if (status !== 200) throw new Error(`token_dispenser.json answered ${status}`);
    this.token = (JSON.parse(body) as { token: string }).token;
  }

  /** POSTs a form with the CSRF token; answers the status and Location (the body is drained). */
  async post(path: string, fields: Record<string, string | string[]>): Promise<{ status: number; location: string }> {
    if (!this.token) await this.refreshToken();
    const form = new URLSearchParams({ authenticity_token: this.token });
    for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) form.append(k, one);
    const r = await fetch(this.base + path, { method: 'POST', body: form, headers: { cookie: this.cookie }, redirect: 'manual', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    this.remember(r);
    await r.arrayBuffer();
    return { status: r.status, location: r.headers.get('location') ?? '' };
  }
}

/** Whether a form post was accepted: a redirect (302/303) to the expected place (not, say, to the login page). */
export const accepted = (answer: { status: number; location: string }, expected: RegExp): boolean =>
  (answer.status === 303 || answer.status === 302) && expected.test(answer.location);
