/** The bench's browsers: an account logged in as a browser does, and a guest's cookies. */

/** Cookies and the CSRF token for the account's posts. */
export interface Session { cookie: string; token: string }

/** Keeps the response's cookies in the jar as a browser does, dropping those it expires (a one-time message, once shown). */
function cookiesOf(response: Response, jar: Map<string, string>): void {
  for (const c of response.headers.getSetCookie()) {
    const [pair, ...attributes] = c.split(';');
    const at = pair!.indexOf('=');
    const expires = attributes.map((a) => a.trim().toLowerCase()).find((a) => a.startsWith('expires='));
    const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || (expires !== undefined && Date.parse(expires.slice(8)) <= Date.now());
    if (expired) jar.delete(pair!.slice(0, at));
    else jar.set(pair!.slice(0, at), pair!.slice(at + 1));
  }
}
const header = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

/** Logs `login` in on `base` as a browser would (CSRF cookie, token, login form); returns what posts need. */
export async function logIn(base: string, login: string, password: string): Promise<Session> {
  const jar = new Map<string, string>();
  cookiesOf(await fetch(`${base}/users/login`), jar);
  const tokenResponse = await fetch(`${base}/token_dispenser.json`, { headers: { cookie: header(jar) } });
  cookiesOf(tokenResponse, jar);
  const { token } = (await tokenResponse.json()) as { token: string };
  const form = new URLSearchParams({ 'user[login]': login, 'user[password]': password, authenticity_token: token });
  const r = await fetch(`${base}/users/login`, { method: 'POST', body: form, headers: { cookie: header(jar) }, redirect: 'manual' });
  cookiesOf(r, jar);
  if (r.status !== 302 && r.status !== 303) throw new Error(`logging ${login} in failed: HTTP ${r.status}`);
  // The page a browser lands on shows "logged in" once and expires that message.
  cookiesOf(await fetch(new URL(r.headers.get('location') ?? '/', base), { headers: { cookie: header(jar) } }), jar);
  // The session may rotate the CSRF token: ask again as the logged-in browser.
  const after = await fetch(`${base}/token_dispenser.json`, { headers: { cookie: header(jar) } });
  cookiesOf(after, jar);
  return { cookie: header(jar), token: ((await after.json()) as { token: string }).token };
}

/** A guest's browser after its first page: the cookies it was given (no account), as it sends them from then on. */
export async function guestBrowser(base: string): Promise<Session> {
  const jar = new Map<string, string>();
  const r = await fetch(`${base}/token_dispenser.json`);
  cookiesOf(r, jar);
  return { cookie: header(jar), token: ((await r.json()) as { token: string }).token };
}

