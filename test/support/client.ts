/** A browser-like test client over Fastify's inject: keeps cookies, follows nothing, fills in CSRF tokens. */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { outboxFor } from '../../src/storage/outbox.ts';

/** The sign-up form's consent boxes: the terms of service and the minimum age. */
export const SIGNUP_CONSENT = { 'user[terms_of_service]': '1', 'user[age_confirmed]': '1' };

/** One visitor with a cookie jar. */
export class Client {
  readonly server: FastifyInstance;
  readonly ip: string;
  readonly cookies = new Map<string, string>();
  constructor(server: FastifyInstance, ip = '203.0.113.7') {
    this.server = server;
    this.ip = ip;
  }

  private remember(res: LightMyRequestResponse) {
    for (const c of res.cookies) {
      const expired = (c.expires && new Date(c.expires).getTime() <= Date.now()) || c.maxAge === 0 || c.value === '';
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
  }

  /** The Cookie header this client sends (to send its cookies another way, e.g. over a real socket). */
  get cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /** GET a path. */
  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const res = await this.server.inject({ method: 'GET', url, remoteAddress: this.ip, headers: { cookie: this.cookieHeader, ...headers } });
    this.remember(res);
    return res;
  }

  /** The CSRF token a page of this visitor would carry. */
  async csrfToken(): Promise<string> {
    return (await this.get('/token_dispenser.json')).json().token;
  }

  /** POST a form; the CSRF token is added unless `authenticity_token` is given (null leaves it out); `headers` adds to the browser's. */
  async post(url: string, fields: Record<string, string | string[] | null> = {}, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const form = new URLSearchParams();
    if (!('authenticity_token' in fields)) form.set('authenticity_token', await this.csrfToken());
    for (const [k, v] of Object.entries(fields)) for (const one of v === null ? [] : Array.isArray(v) ? v : [v]) form.append(k, one);
    const res = await this.server.inject({
      method: 'POST',
      url,
      remoteAddress: this.ip,
      headers: { cookie: this.cookieHeader, 'content-type': 'application/x-www-form-urlencoded', ...headers },
      payload: form.toString(),
    });
    this.remember(res);
    return res;
  }

  /** Registers, logs in (sign-up itself does not) and (unless `confirm` is false) confirms the email through the link the archive mailed. */
  async register(login: string, password = 'a long test passphrase', email = `${login}@example.org`, confirm = true) {
    const res = await this.post('/users', { 'user[login]': login, 'user[email]': email, 'user[password]': password, 'user[password_confirmation]': password, ...SIGNUP_CONSENT });
    if (res.statusCode !== 303) throw new Error(`register failed: ${res.statusCode} ${res.body.slice(0, 300)}`);
    const session = await this.login(login, password);
    if (session.statusCode !== 303) throw new Error(`logging in after sign-up failed: ${session.statusCode} ${session.body.slice(0, 300)}`);
    if (confirm) await this.confirmEmail(email);
    return res;
  }

  /** Follows the newest confirmation link mailed to `email`. */
  async confirmEmail(email: string) {
    const [mail] = await outboxFor(this.server.quire.db, email, 1);
    const link = mail?.body.match(/\/users\/verify\?token=[\w-]+/)?.[0];
    if (!link) throw new Error(`no confirmation link was mailed to ${email}`);
    const res = await this.get(link);
    if (res.statusCode >= 400) throw new Error(`confirming failed: ${res.statusCode}`);
    return res;
  }

  /** Logs in. */
  login(login: string, password = 'a long test passphrase', remember = false) {
    return this.post('/users/login', { 'user[login]': login, 'user[password]': password, ...(remember ? { 'user[remember_me]': '1' } : {}) });
  }
}
