/**
 * The page revisions (storage/page-revisions.ts) a node serves cached pages against, without a database query per
 * page where it can. On PostgreSQL every bump is NOTIFYed (migration 31); while this node is LISTENing, the
 * revisions it has seen are kept in memory, set by each notification and, for a scope not seen yet, read once.
 * A notification arrives after its transaction commits, so a page rendered from the data it announces is labelled
 * with the newer revision or stored under the older one and dropped on the next request: never served stale
 * beyond the notification's own delay. When the channel is down (not yet listening, connection lost, heartbeat
 * unanswered, or a marker the node sends itself every 10 s not back within 5 s) notifications may have been
 * missed: the memory is forgotten and every lookup asks the database. SQLite (one node per file) never listens: a
 * lookup asks the database once per data version, the counter SQLite moves with every commit from any connection.
 * After LISTEN succeeds again each scope is read afresh, so no change committed while the channel was down is missed.
 * The same channel says whose data changed ("member <id>", migration 35): while listening, the feed tells
 * unchanged-reads.ts which reads kept for a member still stand (`MemberChanges`), and this node's own writes end them
 * all at once, so its next page shows them without waiting for the notification.
 */
import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import type { Database } from '../storage/db.ts';
import { listenTo, type Listener, type ListenerOptions } from '../storage/postgres-listener.ts';
import { keepReadsPerMember, type MemberChanges } from '../storage/unchanged-reads.ts';
import {
  LISTING_NOTICE, PAGE_REVISION_CHANNEL, SITE_SCOPE, announce, parseMemberNotice, parseRevisionNotice, revisionKey, sitePageRevision, workAndSiteRevisions,
} from '../storage/page-revisions.ts';

/** Scopes kept in memory at most; past it the memory is forgotten and filled again as pages are asked for. */
const MAX_SCOPES = 100_000;
/** Members whose last notice is remembered at most; past it every kept read counts as changed. */
const MAX_MEMBERS = 100_000;
/** A marker not back on the channel within this long means notifications are not arriving: listen afresh. */
const SETTLE_MS = 5_000;
/** How often a listening node sends itself a marker, so a channel that stopped delivering is noticed. */
const CHECK_MS = 10_000;

interface Log {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** How a feed is set up. */
export interface FeedOptions {
  /** The PostgreSQL database to LISTEN to; without it the feed asks the database on every lookup. */
  listenUrl?: string;
  listener?: ListenerOptions;
  log?: Log;
  maxScopes?: number;
  settleMs?: number;
  checkMs?: number;
}

/**
 * Page revisions for this node. Events: `listening` (the memory is in use), `down` (every lookup asks the
 * database until `listening`), `notice` ({ scope, revision }, after it is applied).
 */
export class PageRevisionFeed extends EventEmitter implements MemberChanges {
  private readonly db: Database;
  private readonly options: FeedOptions;
  private readonly known = new Map<number, number>();
  /** Reads of a scope under way, shared by the requests that wait for them. */
  private readonly reading = new Map<number, { epoch: number; answer: Promise<{ work: number; site: number }> }>();
  /** Moves whenever the memory is forgotten, so a read begun before then is not remembered. */
  private epoch = 0;
  private live = false;
  private listener: Listener | undefined;
  /** Between start() and close(). */
  private wanted = false;
  private suspended = false;
  /** Markers sent on the channel by `settled()`, and who waits for each. */
  private readonly markers = new Map<string, () => void>();
  private readonly markerPrefix = `settled ${randomUUID()} `;
  private markerCount = 0;
  private check: NodeJS.Timeout | undefined;
  /** Revision queries sent to the database (reads of unseen scopes while listening, every lookup otherwise). */
  reads = 0;

  constructor(db: Database, options: FeedOptions = {}) {
    super();
    this.db = db;
    this.options = options;
    if (options.listenUrl) keepReadsPerMember(db, this);
  }

  /** Whether lookups are answered from memory. */
  get listening(): boolean {
    return this.live;
  }

  /** The server process id of the listening session, while listening. */
  get listenerPid(): number | undefined {
    return this.listener?.pid;
  }

  /** Starts listening, when there is a database to listen to (`quire serve`; tests of several nodes). */
  start(): void {
    this.wanted = true;
    this.open();
  }

  /** Stops listening (the server's end). */
  async close(): Promise<void> {
    this.wanted = false;
    await this.shut();
  }

  /** Stops listening until `resume()`: the per-request check takes over (tests of the fallback; maintenance). */
  async suspend(): Promise<void> {
    this.suspended = true;
    await this.shut();
  }

  /** Listens again after `suspend()`. */
  resume(): void {
    this.suspended = false;
    this.open();
  }

  private open(): void {
    const url = this.options.listenUrl;
    if (!url || this.listener || !this.wanted || this.suspended) return;
    this.listener = listenTo(url, PAGE_REVISION_CHANNEL, {
      listening: () => {
        this.forget();
        this.live = true;
        clearInterval(this.check);
        // The listener's heartbeat proves its connection; a marker proves that notifications still arrive on it.
        this.check = setInterval(() => void this.settled().catch(() => undefined), this.options.checkMs ?? CHECK_MS);
        this.check.unref();
        this.options.log?.info({}, 'page revisions: listening for changes');
        this.emit('listening');
      },
      down: (err) => this.fallBack(err),
      notice: (payload) => this.apply(payload),
    });
  }

  private async shut(): Promise<void> {
    const listener = this.listener;
    this.listener = undefined;
    this.fallBack(undefined);
    await listener?.close();
  }

  /** Resolves once lookups are answered from memory (at once if they already are). */
  whenListening(): Promise<void> {
    return this.live ? Promise.resolve() : new Promise((resolve) => this.once('listening', () => resolve()));
  }

  /**
   * Resolves once every notification committed before the call has been applied: a marker sent on the channel now
   * comes back after them, since PostgreSQL delivers notifications in commit order. At once while not listening
   * (every lookup reads the database then). A marker that does not come back means the channel is broken.
   */
  async settled(): Promise<void> {
    if (!this.live) return;
    const marker = this.markerPrefix + ++this.markerCount;
    let timer: NodeJS.Timeout | undefined;
    const back = new Promise<void>((resolve) => this.markers.set(marker, resolve));
    try {
      await announce(this.db, marker);
      // Timed from the marker's commit, so a busy pool is not taken for a broken channel.
      const late = new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          if (this.markers.delete(marker)) {
            this.options.log?.error({}, 'page revisions: a change notification did not arrive in time; listening afresh');
            void this.restart();
          }
          resolve();
        }, this.options.settleMs ?? SETTLE_MS);
      });
      await Promise.race([back, late]);
    } finally {
      this.markers.delete(marker);
      clearTimeout(timer);
    }
  }

  /**
   * What was read while the database's data version stood at `version` (SQLite): nothing has been committed since,
   * so those revisions are still the revisions.
   */
  private unchanged: { version: number | undefined; works: Map<number, string>; site: number | undefined } = { version: undefined, works: new Map(), site: undefined };

  /** The reads kept for the database's current data version (emptied when it moved), or undefined where it cannot tell. */
  private sinceLastCommit(): typeof this.unchanged | undefined {
    const version = this.db.dataVersion?.();
    if (version === undefined) return undefined;
    if (version !== this.unchanged.version) this.unchanged = { version, works: new Map(), site: undefined };
    return this.unchanged;
  }

  /** The revision of a work's page: its counter and the site's, as one string (storage/page-revisions.ts `revisionKey`). */
  work(workId: number): Promise<string> {
    if (!this.live) {
      const kept = this.sinceLastCommit();
      const known = kept?.works.get(workId);
      if (known !== undefined) return Promise.resolve(known);
      this.reads++;
      // The site's counter comes with the work's: a page rendered next asks for it (the settings it shows).
      return workAndSiteRevisions(this.db, workId).then(({ work, site }) => {
        const revision = revisionKey(work, site);
        if (kept && kept.works.size < MAX_SCOPES) kept.works.set(workId, revision);
        if (kept) kept.site ??= site;
        return revision;
      });
    }
    const work = this.known.get(workId);
    const site = this.known.get(SITE_SCOPE);
    if (work !== undefined && site !== undefined) return Promise.resolve(revisionKey(work, site));
    return this.read(workId).then((read) => revisionKey(this.known.get(workId) ?? read.work, this.known.get(SITE_SCOPE) ?? read.site));
  }

  /** The site-wide revision, as `sitePageRevision` reads it. */
  site(): Promise<number> {
    if (!this.live) {
      const kept = this.sinceLastCommit();
      if (kept?.site !== undefined) return Promise.resolve(kept.site);
      this.reads++;
      return sitePageRevision(this.db).then((site) => {
        if (kept) kept.site = site;
        return site;
      });
    }
    const site = this.known.get(SITE_SCOPE);
    if (site !== undefined) return Promise.resolve(site);
    return this.read(SITE_SCOPE).then((read) => this.known.get(SITE_SCOPE) ?? read.site);
  }

  /** Reads a scope and the site (one read per scope at a time), and remembers them unless the memory was forgotten meanwhile. */
  private read(scope: number): Promise<{ work: number; site: number }> {
    const pending = this.reading.get(scope);
    if (pending && pending.epoch === this.epoch) return pending.answer;
    const epoch = this.epoch;
    this.reads++;
    const answer: Promise<{ work: number; site: number }> = workAndSiteRevisions(this.db, scope).then((read) => {
      if (this.epoch === epoch) {
        // A notification that arrived during the read may be newer than what the read saw: the higher one stands.
        this.learn(scope, read.work);
        this.learn(SITE_SCOPE, read.site);
      }
      return read;
    }).finally(() => {
      if (this.reading.get(scope)?.answer === answer) this.reading.delete(scope);
    });
    this.reading.set(scope, { epoch, answer });
    return answer;
  }

  /**
   * Moves with every change-log notice (migration 34: once per transaction that logged listing changes) and whenever
   * the memory is forgotten; undefined while not listening. The listing index reads the log only when it moved.
   */
  listingMark(): number | undefined {
    return this.live ? this.listingNotices : undefined;
  }

  private listingNotices = 0;

  /** Moves with every member notice, every write of this node and every forgetting: the marks reads are kept under. */
  private memberMark = 0;
  /** Reads kept at a mark below this are void for everyone. */
  private everyoneSince = 0;
  /** The mark of each member's last notice. */
  private readonly memberSince = new Map<number, number>();
  /** `localWrites` when last looked at. */
  private writesSeen: number | undefined;

  mark(): number | undefined {
    if (!this.live) return undefined;
    this.noteLocalWrites();
    return this.memberMark;
  }

  unchangedSince(member: number, mark: number): boolean {
    if (!this.live) return false;
    this.noteLocalWrites();
    return mark >= this.everyoneSince && mark >= (this.memberSince.get(member) ?? 0);
  }

  /** A write of this node may have changed anyone's data: it is answered (committed), its notification may not be in yet. */
  private noteLocalWrites(): void {
    const writes = this.db.localWrites?.();
    if (writes === this.writesSeen) return;
    this.writesSeen = writes;
    this.everyoneSince = ++this.memberMark;
  }

  private memberChanged(member: number): void {
    if (this.memberSince.size >= MAX_MEMBERS) {
      this.memberSince.clear();
      this.everyoneSince = this.memberMark + 1;
    }
    this.memberSince.set(member, ++this.memberMark);
  }

  private apply(payload: string): void {
    const marker = this.markers.get(payload);
    if (marker) {
      this.markers.delete(payload);
      return marker();
    }
    if (payload === LISTING_NOTICE) {
      this.listingNotices++;
      return;
    }
    const member = parseMemberNotice(payload);
    if (member !== undefined) return this.memberChanged(member);
    const notice = parseRevisionNotice(payload);
    if (!notice || !this.live) return;
    this.learn(notice.scope, notice.revision);
    if (this.known.size > (this.options.maxScopes ?? MAX_SCOPES)) this.forget();
    this.emit('notice', notice);
  }

  /** Revisions only move forward while listening (commit order); an older one arriving late is ignored. */
  private learn(scope: number, revision: number): void {
    const had = this.known.get(scope);
    if (had === undefined || revision > had) this.known.set(scope, revision);
  }

  /** Every lookup asks the database from now on, until listening again; whoever waits in `settled()` goes on. */
  private fallBack(err: unknown): void {
    if (this.live && err) this.options.log?.error({ err }, 'page revisions: change notifications lost; checking the database on every page until they are back');
    const was = this.live;
    this.live = false;
    clearInterval(this.check);
    this.forget();
    for (const done of this.markers.values()) done();
    this.markers.clear();
    if (was || err) this.emit('down', err);
  }

  private async restart(): Promise<void> {
    await this.shut();
    this.open();
  }

  private forget(): void {
    this.known.clear();
    this.epoch++;
    this.listingNotices++;
    this.memberSince.clear();
    this.everyoneSince = ++this.memberMark;
  }
}
