/** Debian's Chromium driven by playwright-core, and axe-core checks of a page. */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { before, after } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { engines } from './databases.ts';
import { startArchive, type TestArchive } from './archive.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why browser tests cannot run here, or false when they can. */
export const browserSkip = existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM} (apt-get install chromium)`;

/** Starts headless Chromium with the flags a closed network needs, and any `extraArgs`. */
export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', ...extraArgs],
  });
}

/**
 * Chromium flags under which every request to another host fails at once, without a round trip to this process:
 * everything but loopback (which Chromium never proxies) goes to a proxy on a port nothing listens on. Tests that only
 * need to see and refuse such requests can then watch `request` events instead of intercepting every request with
 * `route`, which costs a pause and a round trip per request.
 */
export const NO_OTHER_HOSTS = ['--proxy-server=http://127.0.0.1:1'];

/**
 * axe-core's script, served on loopback so that Chromium keeps it in its HTTP cache and keeps its compiled code: added
 * to a page by its address it costs ~40 ms after the first page of a context, where added as inline text it is parsed
 * and compiled again on every page (~300 ms, most of a page's check). Started on the first check; never keeps the
 * process alive.
 */
let axeAddress: Promise<string> | undefined;
function axeScriptUrl(): Promise<string> {
  axeAddress ??= new Promise((resolve, reject) => {
    const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'));
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'public, max-age=86400' });
      response.end(source);
    });
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/axe.min.js`));
    server.unref();
  });
  return axeAddress;
}

/** One axe-core violation, shortened for an assertion message. */
export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** The axe-core rules whose findings depend on colors: all that the dark theme (colors only, site.css) can change. */
export const COLOR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe-core on the current page: the WCAG 2.x A and AA rules and best practices, or only `rules`. The page's
 * context must bypass CSP.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.addScriptTag({ url: await axeScriptUrl() });
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] };
  return page.evaluate(async (runOnly) => {
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    // Only violations are wanted: axe then keeps no node lists for the rules that pass.
    const result = await axe.run(document, { runOnly, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, runOnly);
}

/**
 * axe-core findings on the current page in light colors and then in dark, switching the emulated color scheme on
 * the loaded page (the dark theme is CSS only: no reload, no new context or login). The dark theme changes colors
 * and nothing else, so in dark only the color rules run again. Each finding names its scheme; the page is left in
 * the scheme it was in.
 */
export async function axeInBothSchemes(page: Page): Promise<(Violation & { scheme: 'light' | 'dark' })[]> {
  const found: (Violation & { scheme: 'light' | 'dark' })[] = [];
  const was = await page.evaluate(() => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'));
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const v of contractExempt(await axeViolations(page, scheme === 'dark' ? COLOR_RULES : undefined))) found.push({ ...v, scheme });
  }
  await page.emulateMedia({ colorScheme: was });
  return found;
}

/** A test archive served on loopback with Chromium started; fields are set once `before` has run. */
export interface BrowserArchive {
  archive: TestArchive;
  browser: Browser;
  /** The server's address, e.g. http://127.0.0.1:41234 */
  base: string;
}

/**
 * Registers before/after hooks in the current suite: a fresh archive (set up with an admin unless told not to),
 * `prepare` run on it before serving, then the server on loopback and Chromium (with `browserArgs` added to its flags).
 */
export function useBrowserArchive(options: { setUp?: boolean; prepare?: (archive: TestArchive) => Promise<void>; browserArgs?: string[] } = {}): BrowserArchive {
  const state = {} as BrowserArchive;
  before(async () => {
    state.archive = await startArchive(engines()[0]!, { setUp: options.setUp ?? true });
    await options.prepare?.(state.archive);
    state.base = await state.archive.server.listen({ port: 0, host: '127.0.0.1' });
    state.browser = await launchBrowser(options.browserArgs);
  });
  after(async () => {
    await state.browser?.close();
    await state.archive?.close();
  });
  return state;
}

/**
 * The OTW contract fixes blurbs as `li role="article"` (readers' muting CSS and userscripts select them so), which
 * axe's best-practice rule aria-allowed-role reports (minor: li allows only list-like roles). That one finding on
 * blurbs is accepted; any other finding, or this rule on anything else, fails.
 */
export function contractExempt(violations: Violation[]): Violation[] {
  return violations.flatMap((v) => {
    if (v.id !== 'aria-allowed-role') return [v];
    const targets = v.targets.filter((t) => !/^#work_\d+$/.test(t));
    return targets.length ? [{ ...v, targets }] : [];
  });
}

/** Logs a page in through the login form and waits for the front page. */
export async function logIn(page: Page, base: string, login: string, password: string): Promise<void> {
  await page.goto(`${base}/users/login`);
  await page.getByLabel('Username or email').fill(login);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL(`${base}/`);
}

/** Saves a screenshot (full page unless told) as `{name}.png` in SCREENSHOT_DIR, when that is set (for looking at pages by eye). */
export async function saveScreenshot(page: Page, name: string, fullPage = true): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage });
}

/** Screenshots of the loaded page in light and then dark colors (the dark theme is CSS only), back in light after. */
export async function saveScreenshotsInBothSchemes(page: Page, name: (colorScheme: 'light' | 'dark') => string, fullPage = true): Promise<void> {
  if (!process.env.SCREENSHOT_DIR) return;
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await saveScreenshot(page, name(colorScheme), fullPage);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
