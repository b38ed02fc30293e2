/** A loopback TCP proxy that a test can cut (every connection dropped, new ones refused) and restore: a database going away. */
import { createServer, connect, type Server, type Socket } from 'node:net';
import { once } from 'node:events';

/** A running proxy to one upstream address. */
export interface TcpProxy {
  port: number;
  /** Drops every open connection and refuses new ones until `restore()`. */
  cut(): Promise<void>;
  /** Accepts connections again on the same port. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

/** Starts a proxy on a free loopback port forwarding to `host:port`. */
export async function startTcpProxy(host: string, port: number): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  const track = (s: Socket) => { sockets.add(s); s.on('close', () => sockets.delete(s)); s.on('error', () => undefined); };
  const listen = async (server: Server, onPort: number) => {
    server.listen(onPort, '127.0.0.1');
    await once(server, 'listening');
  };
  const make = () => createServer((client) => {
    const upstream = connect(port, host);
    track(client);
    track(upstream);
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  let server = make();
  await listen(server, 0);
  const proxyPort = (server.address() as { port: number }).port;
  const stop = async () => {
    const closed = once(server, 'close');
    server.close();
    for (const s of sockets) s.destroy();
    await closed;
  };
  return {
    port: proxyPort,
    cut: stop,
    async restore() {
      server = make();
      await listen(server, proxyPort);
    },
    async close() {
      if (server.listening) await stop();
    },
  };
}
