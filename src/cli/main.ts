/** `quire`: the command line. One file per command; this one only dispatches. */
import { parseArgs } from 'node:util';

const HELP = `Usage: quire <command> [options]

Commands:
  serve                 Run the archive (PORT, DATA_DIR, DATABASE_URL in the environment)
  migrate               Apply pending database migrations and exit
  admin create --username NAME --email ADDRESS
                        Create an administrator account; the password is read
                        from standard input (or asked for on a terminal)
  config                Print the effective configuration (secrets hidden)
  publish-due           Post scheduled chapters whose time has come, then exit
                        (the server also does this every 30 seconds)
  search rebuild        Rebuild the full-text search index from the stored works
  bench-data --works N [--seed S] [--db URL|PATH] [--chapter-text full|short]
             [--words-scale X] [--force]
                        Generate a realistic archive for benchmarks (default
                        database ./data/bench.db); prints the sizes at the end
  import pages FILE... [--dry-run] [--json] [--author NAME] [--fandom NAME]
                 [--title TITLE] [--as LOGIN] [--publish] [--merge]
                        Rescue stories from pages saved from old archives (eFiction,
                        FanFiction.Net, LiveJournal, plain text): each page becomes a
                        draft work of --as (default: the first admin); --merge joins
                        one-chapter pages of the same story; --dry-run --json prints
                        what was found, including the site chrome removed
  backup --to DIR       Copy the archive's database while it keeps serving
  restore --from FILE [--force]
                        Restore a backup (quire backup's) into the archive's database
  help                  Show this help

Environment:
  PORT (3000), HOST (0.0.0.0), DATA_DIR (./data), DATABASE_URL (SQLite file in DATA_DIR,
  or postgres://…), BASE_URL, SMTP_URL, MAIL_FROM, SECRET_KEY, TRUST_PROXY, LOG_LEVEL`;

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
  const [command] = positionals;
  if (!command || command === 'help' || (values.help && !command)) {
    console.log(HELP);
    return 0;
  }
  const load = COMMANDS[command];
  if (!load) {
    console.error(`quire: unknown command "${command}"\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  return (await load()).run(argv.slice(argv.indexOf(command) + 1));
}

process.exitCode = await main(process.argv.slice(2));
