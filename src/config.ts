/** The effective configuration, read once from the environment with defaults that run a laptop archive. */
import { resolve, join } from 'node:path';

/** Everything the archive reads from its environment. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** `postgres://…` or a SQLite file path. */
  databaseUrl: string;
  /** Public address used in emails and feeds, without trailing slash. */
  baseUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Optional: the key that signs CSRF tokens; when unset one is generated and kept in the database. */
  secretKey: string | undefined;
  trustProxy: boolean;
  logLevel: string;
  /** LOG_FORMAT: `json` or `pretty` lines; unset, pretty on a terminal and JSON otherwise (cli/log.ts). */
  logFormat?: 'json' | 'pretty';
  /** Password hashing cost; `low` only for tests. */
  passwordCost: 'standard' | 'low';
  /** HEALTHZ_MEMORY=1: /healthz also reports process.memoryUsage(), so `npm run bench` can say where RSS goes. */
  healthzMemory?: boolean;
  /** PAGE_CACHE_MB: memory for guests' rendered work pages (0 turns the cache off). */
  pageCacheMb: number;
  /**
   * PAGE_REVISION_LISTEN=0: on PostgreSQL, check page revisions with a query per cached page instead of keeping
   * them from LISTEN/NOTIFY (for a connection pooler in transaction mode, where a LISTEN does not last).
   */
  pageRevisionListen: boolean;
}

/** Reads the configuration from `env` (defaults to process.env). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const dataDir = resolve(env.DATA_DIR ?? 'data');
  const pageCacheMb = Number(env.PAGE_CACHE_MB ?? 16);
  const logFormat = env.LOG_FORMAT || undefined;
  if (logFormat !== undefined && logFormat !== 'json' && logFormat !== 'pretty') throw new Error(`LOG_FORMAT must be json or pretty (or unset: pretty on a terminal, json otherwise), got "${logFormat}"`);
  if (!(pageCacheMb >= 0)) throw new Error(`PAGE_CACHE_MB must be a number of megabytes (0 turns the cache off), got "${env.PAGE_CACHE_MB}"`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    databaseUrl: env.DATABASE_URL || join(dataDir, 'quire.db'),
    baseUrl: (env.BASE_URL ?? `http://localhost:${port}`).replace(/\/+$/, ''),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Quire <noreply@localhost>',
    secretKey: env.SECRET_KEY || undefined,
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    logLevel: env.LOG_LEVEL ?? 'info',
    logFormat,
    passwordCost: env.PASSWORD_COST === 'low' ? 'low' : 'standard',
    healthzMemory: env.HEALTHZ_MEMORY === '1',
    pageCacheMb,
    pageRevisionListen: env.PAGE_REVISION_LISTEN !== '0' && env.PAGE_REVISION_LISTEN !== 'false',
  };
}

/** The configuration as safe to print: passwords in URLs and secrets hidden. */
export function describeConfig(c: Config): Record<string, string | number | boolean> {
  const hide = (url: string) => url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
  return {
    port: c.port,
    host: c.host,
    dataDir: c.dataDir,
    database: hide(c.databaseUrl),
    baseUrl: c.baseUrl,
    smtp: c.smtpUrl ? hide(c.smtpUrl) : '(none: mail goes to the outbox table and the log)',
    mailFrom: c.mailFrom,
    secretKey: c.secretKey ? '(set)' : '(generated, kept in the database)',
    trustProxy: c.trustProxy,
    logLevel: c.logLevel,
    logFormat: c.logFormat ?? '(pretty on a terminal, json otherwise)',
    pageCacheMb: c.pageCacheMb,
    pageRevisionListen: c.pageRevisionListen,
  };
}
