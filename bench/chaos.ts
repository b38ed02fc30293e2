/**
 * `npm run chaos -- [--clients 8] [--seconds 10] [--rounds 3] [--db sqlite|postgres|both] [--seed N] [--pg URL]
 * [--pg-cluster "15 main"] [--no-pg-restart] [--append]`: crash safety under write load, on loopback only.
 * On each database (a fresh SQLite file, and a fresh PostgreSQL database when the server answers) `quire serve`
 * runs as its own process; N accounts write comments, chapters, kudos and bookmarks; each round kills the server
 * with SIGKILL at a random moment and starts it again; then PostgreSQL is restarted under the same load while the
 * app keeps running. Every acknowledged write is looked up in the database. Exits 1 when a write was lost, SQLite's
 * integrity check failed, an error came while nothing was down, or the app did not recover by itself.
 */
import { appendFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomInt } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Rng } from '../src/bench-data/random.ts';
import { assertLoopback, createDatabase, postgresUnreachable, type ChaosDatabase } from './chaos-db.ts';
import { ChaosServer } from './chaos-server.ts';
import { prepareClients, type Ack } from './chaos-clients.ts';
import { killRound, postgresRestartRound, type RoundResult } from './chaos-rounds.ts';
import { machine, loads } from './report.ts';

const { values } = parseArgs({ options: {
  clients: { type: 'string', default: '8' }, seconds: { type: 'string', default: '10' }, rounds: { type: 'string', default: '3' },
  db: { type: 'string', default: 'both' }, seed: { type: 'string' }, pg: { type: 'string', default: process.env.CHAOS_PG_URL ?? 'postgres://quire:quire@127.0.0.1:5432/postgres' },
  'pg-cluster': { type: 'string', default: '15 main' }, 'no-pg-restart': { type: 'boolean', default: false }, append: { type: 'boolean', default: false },
} });
const clients = Number(values.clients);
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
const seed = values.seed === undefined ? randomInt(1, 2 ** 31) : Number(values.seed);
if (!Number.isInteger(clients) || clients < 1 || clients > 64) throw new Error('--clients takes 1–64');
if (!(seconds >= 2 && seconds <= 120)) throw new Error('--seconds takes 2–120');
if (!Number.isInteger(rounds) || rounds < 1 || rounds > 10) throw new Error('--rounds takes 1–10');
if (!Number.isInteger(seed) || seed < 0) throw new Error('--seed takes a non-negative integer');
if (!['sqlite', 'postgres', 'both'].includes(values.db)) throw new Error('--db takes sqlite, postgres or both');
assertLoopback(values.pg);

/** Works each account posts before the rounds: the targets of kudos and bookmarks (one each per account and work). */
const WORKS_EACH = 20;

console.log(`Chaos run: seed ${seed} (repeat with --seed ${seed}), ${clients} clients, ${seconds} s per round, ${rounds} kill rounds per database`);
const kinds: ('sqlite' | 'postgres')[] = values.db === 'both' ? ['sqlite', 'postgres'] : [values.db as 'sqlite' | 'postgres'];
const notes: string[] = [];
if (kinds.includes('postgres')) {
  const why = await postgresUnreachable(values.pg);
  if (why) {
    if (values.db === 'postgres') throw new Error(`PostgreSQL is not reachable at ${values.pg.replace(/:[^:@/]*@/, ':***@')}: ${why}`);
    kinds.pop();
    notes.push(`PostgreSQL skipped: not reachable (${why}).`);
  }
}
const restartPg = !values['no-pg-restart'] && process.getuid?.() === 0;
if (kinds.includes('postgres') && !restartPg) notes.push(values['no-pg-restart'] ? 'PostgreSQL restart round skipped (--no-pg-restart).' : 'PostgreSQL restart round skipped: pg_ctlcluster needs root.');
for (const n of notes) console.log(n);

// Ctrl-C: stop the server and remove what this run made.
const cleanups = new Set<() => Promise<void>>();
const cleanUp = async () => { for (const c of [...cleanups].reverse()) await c().catch((e) => console.error(`cleaning up: ${e}`)); cleanups.clear(); };
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanUp().finally(() => process.exit(130)));

const loadBefore = loads();
const results: RoundResult[] = [];
for (const kind of kinds) {
  const rng = new Rng(seed + (kind === 'postgres' ? 1 : 0));
  const db: ChaosDatabase = await createDatabase(kind, values.pg);
  cleanups.add(db.drop);
  const server = new ChaosServer(db.url, join(db.dir, 'server.log'));
  const stop = () => server.stop();
  cleanups.add(stop);
  try {
    await server.start();
    console.log(`${db.label}: quire serve on ${server.base}; signing up ${clients} accounts, ${WORKS_EACH} works each …`);
    const prepared = await prepareClients(server.base, clients, seed, WORKS_EACH);
    const bench = { db, server, ...prepared, seconds, rng, acks: [] as Ack[] };
    const report = (r: RoundResult) => (results.push(r), console.log(row(r)), r.problems.length && console.log(`  PROBLEMS: ${r.problems.join('; ')}`));
    for (let n = 1; n <= rounds; n++) report(await killRound(bench, n));
    if (kind === 'postgres' && restartPg) report(await postgresRestartRound(bench, values['pg-cluster']));
  } catch (error) {
    console.error(`${db.label}: the run stopped: ${(error as Error).stack}\nServer log:\n${server.logTail()}`);
    results.push({ database: db.label, round: 'aborted', acknowledged: { comment: 0, chapter: 0, kudos: 0, bookmark: 0 }, lost: 0, errorsDown: 0, errorsUp: 0, errorKinds: '', integrity: '–', event: (error as Error).message.split('\n')[0]!, problems: ['the run stopped'] });
  } finally {
    await stop();
    if (results.some((r) => r.database === db.label && r.problems.length)) {
      const kept = join(tmpdir(), `quire-chaos-${kind}-${seed}.log`);
      copyFileSync(server.logFile, kept);
      console.log(`${db.label}: the server's log is kept in ${kept}`);
    }
    cleanups.delete(stop);
    await db.drop();
    cleanups.delete(db.drop);
  }
}

function row(r: RoundResult): string {
  const a = r.acknowledged;
  const total = a.comment + a.chapter + a.kudos + a.bookmark;
  return `| ${r.database} | ${r.round} | ${total} (${a.comment} / ${a.chapter} / ${a.kudos} / ${a.bookmark}) | **${r.lost}** | ${r.errorsDown}${r.errorKinds ? ` (${r.errorKinds})` : ''} | ${r.errorsUp} | ${r.integrity} | ${r.event} |`;
}

const failed = results.filter((r) => r.problems.length);
const command = ['npm run chaos', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ');
const section = `
### Chaos: kill -9 and PostgreSQL restart under write load, ${new Date().toISOString().slice(0, 10)}
Machine: ${machine()}; Node ${process.versions.node}; load average ${loadBefore.join(' / ')} before, ${loads().join(' / ')} after.
Command: \`${command}\` (seed ${seed}; ${clients} clients, ${seconds} s per round, ${rounds} kill rounds per database).${notes.length ? ` ${notes.join(' ')}` : ''}

| database | round | acknowledged (comments / chapters / kudos / bookmarks) | lost | errors while down | errors while up | integrity_check | what happened |
|---|---|---|---|---|---|---|---|
${results.map(row).join('\n')}

${failed.length ? `**Failed:** ${failed.map((r) => `${r.database} ${r.round}: ${r.problems.join('; ')}`).join(' — ')}` : 'Nothing acknowledged was lost; no errors while the server and database were up.'}
`;
console.log(section);
if (values.append) appendFileSync(join(import.meta.dirname, '..', 'BENCHMARKS.md'), section);
process.exitCode = failed.length || results.length === 0 ? 1 : 0;
