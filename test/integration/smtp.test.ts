import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:net';
import { engines } from '../support/databases.ts';
import { openApp } from '../../src/boot.ts';
import { loadConfig } from '../../src/config.ts';
import { register } from '../../src/actions/register.ts';
import { outboxFor } from '../../src/storage/outbox.ts';

/** A minimal SMTP server on loopback that keeps each message's data. */
function fakeSmtp(received: string[]): Promise<{ server: Server; port: number }> {
  const server = createServer((socket) => {
    let inData = false;
    let data = '';
    let buffer = '';
    socket.write('220 fake.test ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString();
      while (true) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          data += buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          received.push(data);
          inData = false;
          socket.write('250 OK queued\r\n');
          continue;
        }
        const nl = buffer.indexOf('\r\n');
        if (nl < 0) return;
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250-fake.test\r\n250 8BITMIME\r\n');
        else if (verb === 'DATA') { inData = true; data = ''; socket.write('354 go ahead\r\n'); }
        else if (verb === 'QUIT') { socket.end('221 bye\r\n'); return; }
        else socket.write('250 OK\r\n');
      }
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as { port: number }).port })));
}

test('with SMTP_URL set, mail is sent by SMTP and marked sent in the outbox', async () => {
  const received: string[] = [];
  const smtp = await fakeSmtp(received);
  const fresh = await engines()[0]!.create();
  const app = await openApp(loadConfig({ DATABASE_URL: fresh.url, PASSWORD_COST: 'low', SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, MAIL_FROM: 'Archive <mail@archive.test>', BASE_URL: 'https://archive.test' }), { info() {}, error() {} });
  try {
    await register(app.ctx, { login: 'mailed', email: 'mailed@example.org', password: 'a long test passphrase', passwordConfirmation: 'a long test passphrase' }, { consent: { termsAccepted: true, ageConfirmed: true } });
    assert.equal(received.length, 1);
    const message = received[0]!.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    assert.match(message, /Subject: Confirm your email address/);
    assert.match(message, /To: mailed@example.org/);
    assert.match(message, /https:\/\/archive.test\/users\/verify\?token=[\w-]{43}/);
    const [stored] = await outboxFor(app.db, 'mailed@example.org');
    assert.ok(stored?.sentAt, 'the outbox records that it was sent');
  } finally {
    await app.db.close();
    await fresh.drop();
    smtp.server.close();
  }
});
