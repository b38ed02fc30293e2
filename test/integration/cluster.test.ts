/**
 * `npm run cluster`'s pieces on loopback: two real `quire serve` processes on one fresh PostgreSQL database behind
 * HAProxy. A page is served through the balancer, a work posted through one node is read through the other, a
 * client cannot choose its address through the balancer, a kudos through one node moves the count the other shows
 * (within the notification delay), and stopping leaves no process, port or temp dir behind. Several nodes on SQLite are refused; the rendered template
 * is one HAProxy accepts. Needs TEST_DATABASE_URL and HAProxy (.ci/run installs it).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engines } from '../support/databases.ts';
import { clusterRefusal, startCluster } from '../../bench/cluster-control.ts';
import { haproxyConfig, renderHaproxyConfig } from '../../bench/haproxy-config.ts';
import { HAPROXY, haproxyInstalled } from '../../bench/balancer.ts';
import { prepareClients } from '../../bench/chaos-clients.ts';
import { guestKudos, kudosCount } from '../../bench/cluster-consistency.ts';
import { openDatabase } from '../../src/storage/db.ts';
import { migrate } from '../../src/storage/migrate.ts';
import { putSetting } from '../../src/storage/settings.ts';
import { sql } from '../../src/storage/sql.ts';

const postgres = engines().find((e) => e.name === 'postgres');
const installed = haproxyInstalled();

/** Whether something still accepts connections on `address` (host:port). */
function listening(address: string): Promise<boolean> {
  const { hostname, port } = new URL(`http://${address}`);
  return new Promise((resolve) => {
    const c = connect(Number(port), hostname, () => (c.destroy(), resolve(true)));
    c.on('error', () => resolve(false));
  });
}

/** Whether a process with this id exists. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('cluster configuration', () => {
  test('several nodes on SQLite are refused with the reason; one node on SQLite is not', () => {
    assert.match(clusterRefusal({ nodes: 2, databaseUrl: '/srv/quire/data/quire.db' }) ?? '', /2 nodes need PostgreSQL/);
    assert.match(clusterRefusal({ nodes: 3 }) ?? '', /--db postgres:\/\/… or pass --start-postgres/);
    assert.match(clusterRefusal({ nodes: 0, startPostgres: true }) ?? '', /--nodes takes a whole number/);
    if (installed) assert.equal(clusterRefusal({ nodes: 1, databaseUrl: '/srv/quire/data/quire.db' }), undefined);
  });

  test('the template refuses unknown placeholders and odd node names', () => {
    const settings = { binds: ['127.0.0.1:8080'], nodes: [{ name: 'node1', address: '127.0.0.1:3001' }], statsSocket: '/tmp/s' };
    assert.throws(() => renderHaproxyConfig('{{nope}}\n', settings), /unknown placeholder \{\{nope\}\}/);
    assert.throws(() => haproxyConfig({ ...settings, nodes: [{ name: 'a b', address: '127.0.0.1:1' }] }), /a node's name/);
    assert.throws(() => haproxyConfig({ ...settings, nodes: [] }), /at least one node/);
  });

  test('the rendered template is valid for HAProxy, with TLS and a redirect to https only when a listener has ssl', { skip: !installed && 'HAProxy is not installed' }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-haproxy-'));
    try {
      const nodes = [{ name: 'node1', address: '127.0.0.1:3001' }, { name: 'node2', address: '127.0.0.1:3002' }];
      const plain = haproxyConfig({ binds: ['127.0.0.1:8080'], nodes, statsSocket: join(dir, 's') });
      writeFileSync(join(dir, 'plain.cfg'), plain);
      const check = spawnSync(HAPROXY, ['-c', '-f', join(dir, 'plain.cfg')], { encoding: 'utf8' });
      assert.equal(check.status, 0, check.stderr);
      assert.doesNotMatch(plain, /redirect scheme https/);
      assert.match(plain, /balance leastconn/);
      assert.match(plain, /server node2 127\.0\.0\.1:3002/);
      const tls = haproxyConfig({ binds: [':80', ':443 ssl crt /etc/haproxy/quire.pem'], nodes, statsSocket: join(dir, 's') });
      assert.match(tls, /http-request redirect scheme https code 301 unless \{ ssl_fc \}/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cluster on loopback (postgres)', { skip: (!postgres && 'TEST_DATABASE_URL is not set') || (!installed && 'HAProxy is not installed') }, () => {
  test('two nodes behind HAProxy share one archive, and stopping leaves nothing running', async () => {
    const database = await postgres!.create();
    try {
      const db = await openDatabase(database.url);
      await migrate(db);
      await putSetting(db, 'require_confirmed_email', '0');
      await db.close();

      const cluster = await startCluster({ nodes: 2, databaseUrl: database.url });
      const addresses = [new URL(cluster.url).host, ...cluster.nodes.map((n) => new URL(n.base).host)];
      const pids = [cluster.balancer.pid, ...cluster.nodes.map((n) => n.pid!)];
      try {
        assert.deepEqual((await cluster.balancer.states()).map((s) => [s.name, s.status]), [['node1', 'UP'], ['node2', 'UP']]);
        // Through node1 only: set-up, an account, a work.
        const [node1, node2] = cluster.nodes;
        const { works } = await prepareClients(node1!.base, 1, 17, 1);
        const work = works[0]!;
        // node2 never saw these writes except through the database.
        const direct = await fetch(`${node2!.base}/works/${work}`);
        assert.equal(direct.status, 200, `node2 answered ${direct.status}; its log ends:\n${node2!.logTail()}`);
        assert.match(await direct.text(), /Chaos work chaos1 #1/);
        const balanced = await fetch(`${cluster.url}/works/${work}`);
        assert.equal(balanced.status, 200);
        assert.match(await balanced.text(), /Chaos work chaos1 #1/);

        // The balancer replaces a client's X-Forwarded-For: two guest kudos from this one address count once,
        // whatever addresses they claim. A node trusts the header (TRUST_PROXY=1), so a kudos sent to node1
        // directly as another address counts.
        await guestKudos(cluster.url, work, '203.0.113.1');
        await guestKudos(cluster.url, work, '203.0.113.2');
        await guestKudos(node1!.base, work, '203.0.113.3');
        const stored = await openDatabase(database.url);
        const kudos = await stored.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM kudos WHERE work_id = ${work}`).finally(() => stored.close());
        assert.equal(Number(kudos?.n), 2);
        // node2 caches guests' work pages and learns of node1's writes by notification (page-revision-feed.ts):
        // it must show the new count within the 1 s the issue allows (5 s here, for a loaded CI machine).
        const kudosOn = async (base: string) => kudosCount(await (await fetch(`${base}/works/${work}`)).text());
        const until = Date.now() + 5000;
        let shown = await kudosOn(node2!.base);
        while (shown !== 2 && Date.now() < until) shown = await kudosOn(node2!.base);
        assert.equal(shown, 2, 'node2 shows the kudos given through node1');
        assert.equal(await kudosOn(cluster.url), 2);
      } finally {
        await cluster.stop();
      }
      assert.deepEqual(pids.filter(alive), [], 'no balancer or node process is left');
      for (const a of addresses) assert.equal(await listening(a), false, `nothing listens on ${a} any more`);
      assert.equal(existsSync(cluster.dir), false, 'the temp dir is removed');
    } finally {
      await database.drop();
    }
  });
});
