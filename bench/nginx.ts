/**
 * The baseline: nginx (Debian's package) on a loopback port with a throwaway config under a temp prefix (its own
 * pid file, logs and temp paths, `daemon off`), serving the exact bytes of Quire's pages as static files, one per
 * scenario, so each page is compared with nginx sending the same bytes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';

/** The nginx binary, or undefined with the reason when it is missing. */
export function findNginx(): string | undefined {
  for (const path of ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx']) if (spawnSync(path, ['-v']).status === 0) return path;
  const which = spawnSync('sh', ['-c', 'command -v nginx']);
  return which.status === 0 ? which.stdout.toString().trim() : undefined;
}

/** What to say when nginx is absent. */
export const NGINX_MISSING = 'nginx is not installed, so there is no baseline. Install Debian\'s package (as root: apt-get update && apt-get install -y nginx-light) and run again, or pass --no-nginx.';

/** Starts nginx in `dir` serving each of `files` (name → bytes) at /{name}; `base` is its address; `stop()` ends it. */
export async function startNginx(binary: string, dir: string, files: Record<string, Buffer>): Promise<{ base: string; stop(): Promise<void> }> {
  const port = 39000 + Math.floor(Math.random() * 1000);
  for (const sub of ['html', 'logs', 'tmp']) mkdirSync(join(dir, sub), { recursive: true });
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, 'html', name), body, { mode: 0o644 });
  // Run as root, nginx's workers drop to `nobody`: they must be able to walk to the file (mkdtemp makes 0700 dirs).
  for (let d = dir; d.startsWith(tmpdir()) && d !== tmpdir(); d = dirname(d)) chmodSync(d, 0o755);
  chmodSync(join(dir, 'html'), 0o755);
  // One worker, as Quire runs one process; no access log, like Quire at warn level.
  writeFileSync(join(dir, 'nginx.conf'), `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/tmp/body;
  proxy_temp_path ${dir}/tmp/proxy;
  fastcgi_temp_path ${dir}/tmp/fastcgi;
  uwsgi_temp_path ${dir}/tmp/uwsgi;
  scgi_temp_path ${dir}/tmp/scgi;
  types { text/html html; }
  sendfile on;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:${port};
    root ${dir}/html;
  }
}
`);
  const child = spawn(binary, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  const url = `${base}/${Object.keys(files)[0]}`;
  for (let i = 0; ; i++) {
    if (await fetch(url).then((r) => r.ok, () => false)) break;
    if (child.exitCode !== null || i > 100) {
      child.kill('SIGKILL');
      throw new Error(`nginx did not serve ${url} (see ${dir}/logs/error.log)`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { base, stop: async () => { child.kill('SIGQUIT'); await exited; } };
}
