/**
 * A PostgreSQL connection of its own that LISTENs on one channel. Not one of the pool's: a pooled connection
 * serves other queries between uses, and a LISTEN only lasts as long as its session. The connection is opened
 * again whenever it is lost (backend terminated, server restarted, network cut), with a growing pause between
 * tries, and a heartbeat query notices a connection that died without a word (a half-open TCP connection never
 * errors until something is sent on it, and its notifications are lost meanwhile).
 */
import pg from 'pg';

/** What a listener reports. */
export interface ListenerEvents {
  /** LISTEN is in effect: every notification committed from now on will arrive. */
  listening(): void;
  /** One notification's payload. */
  notice(payload: string): void;
  /** The channel is down (lost, or a try to open it failed): notifications may have been missed until `listening`. */
  down(error: unknown): void;
}

/** Timing of a listener, in milliseconds. */
export interface ListenerOptions {
  /** First pause before opening the connection again; doubled per failed try up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
  /** How often the connection is checked, and how long the check may take before the connection counts as lost. */
  heartbeatMs?: number;
}

/** A running listener. */
export interface Listener {
  /** The server process id of the listening session (undefined while down): lets tests and operators find it. */
  readonly pid: number | undefined;
  close(): Promise<void>;
}

/** Listens on `channel` of the database at `url` until closed. */
export function listenTo(url: string, channel: string, events: ListenerEvents, options: ListenerOptions = {}): Listener {
  const retryMs = options.retryMs ?? 250;
  const maxRetryMs = options.maxRetryMs ?? 5_000;
  const heartbeatMs = options.heartbeatMs ?? 10_000;
  let current: pg.Client | undefined;
  let pid: number | undefined;
  let closed = false;
  let pause = retryMs;
  let retry: NodeJS.Timeout | undefined;
  let heartbeat: NodeJS.Timeout | undefined;

  const forget = (client: pg.Client) => {
    client.removeAllListeners();
    client.on('error', () => undefined);
    client.end().catch(() => undefined);
  };

  const lost = (client: pg.Client, error: unknown) => {
    // A replaced client's late 'end' or 'error' says nothing about the current one.
    if (client !== current) return;
    current = undefined;
    pid = undefined;
    clearInterval(heartbeat);
    forget(client);
    events.down(error);
    if (closed) return;
    retry = setTimeout(open, pause);
    retry.unref();
    pause = Math.min(pause * 2, maxRetryMs);
  };

  const check = (client: pg.Client) => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer to the heartbeat within ${heartbeatMs} ms`)), heartbeatMs);
    });
    Promise.race([client.query('SELECT 1'), late]).then(() => clearTimeout(timer), (error) => {
      clearTimeout(timer);
      lost(client, error);
    });
  };

  async function open(): Promise<void> {
    const client = new pg.Client({ connectionString: url, keepAlive: true, application_name: `quire listen ${channel}` });
    current = client;
    client.on('error', (error) => lost(client, error));
    client.on('end', () => lost(client, new Error('the listening connection ended')));
    client.on('notification', (message) => {
      if (client === current && message.channel === channel && message.payload !== undefined) events.notice(message.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
      const row = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0];
      // Closed while connecting: this connection is nobody's.
      if (client !== current) return forget(client);
      pid = row?.pid;
      pause = retryMs;
      heartbeat = setInterval(() => check(client), heartbeatMs);
      heartbeat.unref();
      events.listening();
    } catch (error) {
      lost(client, error);
    }
  }

  void open();
  return {
    get pid() {
      return pid;
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      clearInterval(heartbeat);
      const client = current;
      current = undefined;
      pid = undefined;
      if (!client) return;
      client.removeAllListeners();
      client.on('error', () => undefined);
      await client.end().catch(() => undefined);
    },
  };
}
