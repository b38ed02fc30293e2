/** `quire`: the command line. One file per command; this one only dispatches. */
import { parseArgs } from 'node:util';
import { HELP, usageOf } from './usage.ts';

const COMMANDS: Record<string, () => Promise<{ run(args: string[]): Promise<number> }>> = {
  // Before anything is loaded: the heap flags need a restart of the process (see serve-heap.ts).
  serve: async () => ((await import('./serve-heap.ts')).restartWithServeHeap(), import('./serve.ts')),
  migrate: () => import('./migrate.ts'),
  admin: () => import('./admin.ts'),
  config: () => import('./config.ts'),
  import: () => import('./import.ts'),
  'publish-due': () => import('./publish-due.ts'),
  search: () => import('./search.ts'),
  'bench-data': () => import('./bench-data.ts'),
  backup: () => import('./backup.ts'),
  restore: () => import('./restore.ts'),
};

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({ args: argv, options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: false });
  const [command, sub] = positionals;
  // `quire help`, `quire --help`, and `quire help <command>` like `quire <command> --help`.
  const asked = command === 'help' ? sub : command;
  if (!asked) {
    console.log(HELP);
    return 0;
  }
  const load = COMMANDS[asked];
  if (!load) {
    console.error(`quire: unknown command "${asked}"\n\n${HELP}`);
    return 2;
  }
  const usage = usageOf(asked, command === 'help' ? positionals[2] : sub);
  if ((values.help || command === 'help') && usage) {
    console.log(usage);
    return 0;
  }
  return (await load()).run(argv.slice(argv.indexOf(asked) + 1));
}

process.exitCode = await main(process.argv.slice(2));
