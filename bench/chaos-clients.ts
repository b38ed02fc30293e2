/**
 * The chaos writers: accounts signed up over HTTP, each posting a few works first, then writing comments, chapters,
 * kudos and bookmarks as fast as answers come back. Each acknowledged write (a 303 to the right place) is logged
 * with what must exist afterwards; each failed one with its timing, to tell errors while the server or database was
 * down from errors while it was up.
 */
import { Rng, mixSeed } from '../src/bench-data/random.ts';
import { Browser, accepted } from './chaos-browser.ts';

export type WriteKind = 'comment' | 'chapter' | 'kudos' | 'bookmark';
export const WRITE_KINDS: readonly WriteKind[] = ['comment', 'chapter', 'kudos', 'bookmark'];

/** An acknowledged write (answered at `at`, performance.now() ms): comments and chapters are found by token, kudos and bookmarks by (work, login). */
export interface Ack { kind: WriteKind; login: string; workId: number; token: string; at: number }
/** A write that was not acknowledged: when it was sent and answered (performance.now() ms) and what came back. */
export interface Failure { kind: WriteKind; startedAt: number; endedAt: number; what: string }

/** What all clients acknowledged and what failed. */
export interface WriteLog { acks: Ack[]; failures: Failure[] }

const PASSWORD = 'chaos monkeys at the archive door';
const PAUSE_AFTER_FAILURE_MS = 100;

const workFields = (title: string): Record<string, string> => ({
  'work[title]': title, 'work[summary]': 'Written by the chaos run.', 'work[rating_string]': 'General Audiences',
  'work[archive_warning_strings][]': 'No Archive Warnings Apply', 'work[fandom_string]': 'Original Work',
  'work[character_string]': 'Mira', 'work[freeform_string]': 'Chaos', 'work[language]': 'en', 'work[wip_length]': '?',
  'work[visibility]': 'public', 'chapter[format]': 'text', 'chapter[content]': 'The first lantern was lit at dusk.', commit: 'post',
});

const why = (error: unknown): string => {
  const e = error as { name?: string; cause?: { code?: string; name?: string } };
  return e.cause?.code ?? e.cause?.name ?? e.name ?? String(error);
};

/** One account writing. */
export class ChaosClient {
  readonly login: string;
  readonly browser: Browser;
  readonly ownWorks: number[] = [];
  private readonly rng: Rng;
  private kudosTodo: number[] = [];
  private bookmarkTodo: number[] = [];
  private counter = 0;
  private readonly tokenPrefix: string;

  constructor(base: string, index: number, seed: number) {
    this.login = `chaos${index + 1}`;
    this.browser = new Browser(base);
    this.rng = new Rng(mixSeed(seed, index + 1));
    this.tokenPrefix = `s${seed}c${index + 1}n`;
  }

  /** Signs the account up and logs it in. */
  async signUp(): Promise<void> {
    const email = `${this.login}@chaos.invalid`;
    const answer = await this.browser.post('/users', {
      'user[login]': this.login, 'user[email]': email, 'user[password]': PASSWORD, 'user[password_confirmation]': PASSWORD,
      'user[terms_of_service]': '1', 'user[age_confirmed]': '1',
    });
    // Sign-up answers with the login page (no session), so the account logs in next.
    if (!accepted(answer, new RegExp(`^/users/(login|${this.login})$`))) throw new Error(`signing ${this.login} up failed: HTTP ${answer.status} → ${answer.location}`);
    const login = await this.browser.post('/users/login', { 'user[login]': this.login, 'user[password]': PASSWORD });
    if (!accepted(login, /^\/(?!users\/login)/)) throw new Error(`logging ${this.login} in failed: HTTP ${login.status} → ${login.location}`);
    await this.browser.refreshToken();
  }

  /** Posts `count` works of its own (chapters go to these). */
  async postWorks(count: number): Promise<void> {
    for (let i = 0; i < count; i++) {
      const answer = await this.browser.post('/works', workFields(`Chaos work ${this.login} #${this.ownWorks.length + 1}`));
      const id = /^\/works\/(\d+)/.exec(answer.location)?.[1];
      if (!accepted(answer, /^\/works\/\d+/) || !id) throw new Error(`${this.login} could not post a work: HTTP ${answer.status} → ${answer.location}`);
      this.ownWorks.push(Number(id));
    }
  }

  /** Which works it may give kudos to (not its own) and bookmark, in its own random order. */
  setTargets(allWorks: readonly number[]): void {
    const shuffled = (list: number[]) => {
      for (let i = list.length - 1; i > 0; i--) {
        const j = this.rng.int(0, i);
        [list[i], list[j]] = [list[j]!, list[i]!];
      }
      return list;
    };
    this.kudosTodo = shuffled(allWorks.filter((w) => !this.ownWorks.includes(w)));
    this.bookmarkTodo = shuffled([...allWorks]);
  }

  /** The next write (kudos 25 %, bookmark 25 %, chapter 15 %, comment 35 %; with no kudos or bookmark target left, the next kind). */
  private nextWrite(allWorks: readonly number[]): { kind: WriteKind; workId: number; path: string; fields: Record<string, string>; token: string; expected: RegExp } {
    const token = `${this.tokenPrefix}${++this.counter}`;
    const r = this.rng.next();
    if (r < 0.25 && this.kudosTodo.length) {
      const workId = this.kudosTodo.pop()!;
      return { kind: 'kudos', workId, token, path: `/works/${workId}/kudos`, fields: {}, expected: new RegExp(`^/works/${workId}$`) };
    }
    if (r < 0.5 && this.bookmarkTodo.length) {
      const workId = this.bookmarkTodo.pop()!;
      return { kind: 'bookmark', workId, token, path: `/works/${workId}/bookmarks`, fields: { 'bookmark[notes]': `Chaos bookmark ${token}`, 'bookmark[tag_string]': '' }, expected: new RegExp(`^/works/${workId}$`) };
    }
    if (r < 0.65) {
      const workId = this.ownWorks[this.counter % this.ownWorks.length]!;
      return {
        kind: 'chapter', workId, token, path: `/works/${workId}/chapters`, expected: new RegExp(`^/works/${workId}/chapters/\\d+$`),
        fields: { 'chapter[title]': `Chaos chapter ${token}`, 'chapter[format]': 'text', 'chapter[content]': `Chapter ${token}: the lanterns went out one by one.`, commit: 'post' },
      };
    }
    const workId = this.rng.pick(allWorks);
    return { kind: 'comment', workId, token, path: `/works/${workId}/comments`, fields: { 'comment[content]': `Chaos comment ${token}: the market never sleeps.` }, expected: new RegExp(`^/works/${workId}#comment_\\d+$`) };
  }

  /** Writes until `done()`; every answer goes into `log`. */
  async run(allWorks: readonly number[], done: () => boolean, log: WriteLog): Promise<void> {
    while (!done()) {
      const w = this.nextWrite(allWorks);
      const startedAt = performance.now();
      let what: string;
      try {
        const answer = await this.browser.post(w.path, w.fields);
        if (accepted(answer, w.expected)) {
          log.acks.push({ kind: w.kind, login: this.login, workId: w.workId, token: w.token, at: performance.now() });
          continue;
        }
        what = `HTTP ${answer.status}${answer.status < 400 ? ` → ${answer.location}` : ''}`;
        // A refused token (e.g. after a restart with another secret) would show as 403s; ask again once.
        if (answer.status === 403) await this.browser.refreshToken().catch(() => undefined);
      } catch (error) {
        what = why(error);
      }
      log.failures.push({ kind: w.kind, startedAt, endedAt: performance.now(), what });
      await new Promise((r) => setTimeout(r, PAUSE_AFTER_FAILURE_MS));
    }
  }
}

/** Signs up `n` clients and has each post `worksEach` works; gives every client its kudos and bookmark targets. */
export async function prepareClients(base: string, n: number, seed: number, worksEach: number): Promise<{ clients: ChaosClient[]; works: number[] }> {
  const admin = new Browser(base);
  const setup = await admin.post('/setup', {
    'site[name]': 'Quire chaos', 'user[login]': 'chaos_admin', 'user[email]': 'chaos_admin@chaos.invalid',
    'user[password]': PASSWORD, 'user[password_confirmation]': PASSWORD,
  });
  if (!accepted(setup, /^\/$/)) throw new Error(`setup failed: HTTP ${setup.status} → ${setup.location}`);
  const clients = Array.from({ length: n }, (_, i) => new ChaosClient(base, i, seed));
  await Promise.all(clients.map(async (c) => (await c.signUp(), await c.postWorks(worksEach))));
  const works = clients.flatMap((c) => c.ownWorks);
  for (const c of clients) c.setTargets(works);
  return { clients, works };
}
