/**
 * `npm run cluster -- --nodes 3 (--db postgres://… | --start-postgres) [--port 8080] [--pin]`: several `quire serve`
 * nodes on loopback behind HAProxy (deploy/haproxy.cfg), until Ctrl-C or SIGTERM, then everything it started is
 * stopped and its temp dir removed. `--print-config --bind ADDR --node HOST:PORT …` prints the template rendered for
 * those nodes instead (the production file of docs/deploy.md).
 */
import { parseArgs } from 'node:util';
import { cpus } from 'node:os';
import { startCluster, clusterRefusal } from './cluster-control.ts';
import { haproxyConfig } from './haproxy-config.ts';

const usage = `usage: npm run cluster -- --nodes N (--db postgres://… | --start-postgres) [--port PORT] [--pin]
       npm run cluster -- --print-config --bind ADDR [--bind ADDR…] --node HOST:PORT [--node HOST:PORT…] [--stats-socket PATH]`;

function options() {
  try {
    return parseArgs({ options: {
      nodes: { type: 'string', default: '2' }, db: { type: 'string' }, 'start-postgres': { type: 'boolean', default: false },
      port: { type: 'string' }, pin: { type: 'boolean', default: false }, 'print-config': { type: 'boolean', default: false },
      bind: { type: 'string', multiple: true }, node: { type: 'string', multiple: true }, 'stats-socket': { type: 'string', default: '/run/haproxy/admin.sock' },
      help: { type: 'boolean', default: false },
    } }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
}

const values = options();
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (values['print-config']) {
  try {
    const nodes = (values.node ?? []).map((address, i) => ({ name: `node${i + 1}`, address }));
    process.stdout.write(haproxyConfig({
      binds: values.bind ?? [], nodes, statsSocket: values['stats-socket'],
      process: ['user haproxy', 'group haproxy', 'log /dev/log local0'], logging: ['log global', 'option httplog'],
    }));
    process.exit(0);
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
}

const port = values.port === undefined ? undefined : Number(values.port);
const wanted = { nodes: Number(values.nodes), databaseUrl: values.db, startPostgres: values['start-postgres'], port, pin: values.pin ? cpus().length : undefined };
const refusal = port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536) ? '--port takes a port number' : clusterRefusal(wanted);
if (refusal) {
  console.error(`${refusal}\n${usage}`);
  process.exit(2);
}

console.log(`Starting ${wanted.nodes} node(s)${wanted.startPostgres ? ' and a temporary PostgreSQL' : ''} …`);
// Ctrl-C while starting: let the start finish or fail (a failed start stops what it had started, including a
// temporary PostgreSQL, which pg_ctl detaches from the terminal), then stop instead of serving.
let interrupted = false;
const early = () => void (interrupted = true);
process.on('SIGINT', early).on('SIGTERM', early);
let cluster;
try {
  cluster = await startCluster(wanted);
} catch (error) {
  console.error(interrupted ? 'Interrupted while starting; everything started is stopped.' : `The cluster did not start: ${(error as Error).message}`);
  process.exit(interrupted ? 130 : 1);
}
process.off('SIGINT', early).off('SIGTERM', early);
if (interrupted) {
  await cluster.stop();
  console.log('Interrupted while starting; everything started is stopped.');
  process.exit(130);
}
const hide = (url: string) => url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
console.log(`Database: ${hide(cluster.databaseUrl)}${cluster.postgres ? ` (temporary, in ${cluster.postgres.dir})` : ''}`);
cluster.nodes.forEach((n, i) => console.log(`${cluster.names[i]}: ${n.base} (pid ${n.pid}, log ${n.logFile})`));
console.log(`Balancer: HAProxy pid ${cluster.balancer.pid}, config ${cluster.dir}/haproxy.cfg`);
console.log(`\nThe archive: ${cluster.url}\nPress Ctrl+C to stop it.`);
await new Promise<void>((resolve) => {
  const stop = (signal: string) => {
    console.log(`${signal}: stopping the balancer, the nodes${cluster.postgres ? ' and PostgreSQL' : ''} …`);
    void cluster.stop().then(resolve);
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
});
console.log('Stopped.');
