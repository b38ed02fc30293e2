/** `quire admin create --username NAME --email ADDRESS`: creates an administrator; the password comes from stdin. */
import { parseArgs } from 'node:util';
import { usageOf } from './usage.ts';
import { createInterface } from 'node:readline/promises';
import { loadConfig } from '../config.ts';
import { openApp } from '../boot.ts';
import { createAccount } from '../actions/create-account.ts';
import { Invalid } from '../domain/errors.ts';

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let data = '';
    for await (const chunk of process.stdin) data += chunk;
    return data.replace(/\r?\n$/, '');
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Hide what is typed.
  const out = rl as unknown as { _writeToOutput(s: string): void; output: NodeJS.WriteStream };
  process.stdout.write('Password: ');
  out._writeToOutput = () => undefined;
  const password = await rl.question('');
  rl.close();
  process.stdout.write('\n');
  return password;
}

/** Runs `admin create`. */
export async function run(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({ args, options: { username: { type: 'string' }, email: { type: 'string' } }, allowPositionals: true });
  if (positionals[0] !== 'create' || !values.username || !values.email) {
    console.error(usageOf('admin'));
    return 2;
  }
  const password = await readPassword();
  const config = loadConfig();
  const app = await openApp(config, { info: () => undefined, error: (o, m) => console.error(m, o) });
  try {
    const account = await app.db.transaction((tx) => createAccount(app.ctx, tx, { login: values.username!, email: values.email!, password, passwordConfirmation: password }, { role: 'admin', emailVerified: true }));
    console.log(`Created administrator ${account.login} (${account.email}).`);
    return 0;
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    for (const [field, message] of Object.entries(error.fields)) console.error(`${field}: ${message}`);
    return 1;
  } finally {
    await app.db.close();
  }
}
