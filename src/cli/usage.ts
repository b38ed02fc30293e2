/**
 * What `quire --help` and `quire <command> --help` print: the one place each command's usage is written, so the
 * overview, the per-command help and the commands' own error messages cannot drift apart.
 */

/** The password of the members `quire bench-data` generates, unless --password names another. */
export const BENCH_PASSWORD = 'bench-data-password';

const ENVIRONMENT = `Environment:
  PORT (3000), HOST (0.0.0.0), DATA_DIR (./data), DATABASE_URL (SQLite file in DATA_DIR,
  or postgres://…), BASE_URL, SMTP_URL, MAIL_FROM, SECRET_KEY, TRUST_PROXY, LOG_LEVEL,
  LOG_FORMAT (pretty on a terminal, json otherwise)`;

/** Each command's usage, by its words (`import efiction`). */
const USAGES: Record<string, string> = {
  serve: `Usage: quire serve

Runs the archive until Ctrl+C (or SIGTERM), then finishes the requests under way and exits.
The archive is the SQLite file DATA_DIR/quire.db, or the PostgreSQL database of DATABASE_URL;
migrations are applied first. On a terminal the log is one readable line per event (time,
level, message, request id); otherwise, or with LOG_FORMAT=json, one JSON object per line.

${ENVIRONMENT}`,
  migrate: `Usage: quire migrate

Applies the pending database migrations to the archive in DATA_DIR / DATABASE_URL and exits
(quire serve does this too).`,
  admin: `Usage: quire admin create --username NAME --email ADDRESS

Creates an administrator account in the archive in DATA_DIR / DATABASE_URL. The password is
read from standard input, or asked for (hidden) on a terminal.`,
  config: `Usage: quire config

Prints the configuration in force (from the environment and its defaults), passwords and
secrets hidden.

${ENVIRONMENT}`,
  'publish-due': `Usage: quire publish-due

Posts the scheduled chapters whose time has come, then exits (for cron, or when no server
runs; quire serve does this every 30 seconds).`,
  search: `Usage: quire search rebuild

Rebuilds the full-text search index of the archive in DATA_DIR / DATABASE_URL from its stored
works.`,
  'bench-data': `Usage: quire bench-data --works N [--seed S] [--db URL|PATH] [--password P] [--chapter-text full|short]
                        [--words-scale X] [--force] [--efiction-dump FILE.sql]

Fills an archive with realistic generated works, members, comments and bookmarks for
benchmarks and trials, then prints its sizes. It writes to the archive in DATA_DIR /
DATABASE_URL, like every other command, so \`quire serve\` shows it. Its members are accounts,
so a new archive skips the setup page: add an administrator with \`quire admin create\`.

  --works N          How many works to generate (required)
  --seed S           Seed of the generator (default 1): the same seed gives the same archive
  --db URL|PATH      Write to this SQLite file or postgres:// URL instead of DATA_DIR / DATABASE_URL
  --password P       The password of every generated member, bench_1, bench_2 … (default
                     ${BENCH_PASSWORD}). It is hashed once and the same hash is stored for all
                     of them: fine for benchmark data, and hashing each one would take minutes
  --chapter-text     full: chapters of ~3,000 words (log-normal); short: ~200 words (default full)
  --words-scale X    Multiplies full chapter lengths (default 1)
  --force            Write even if the archive already has works
  --efiction-dump F  Also write the same archive as an eFiction 3.5 MySQL dump to F (for \`quire import
                     efiction --dump F\`); with this option the database is written only if --db is given`,
  import: `Usage: quire import <source> [options]

Sources:
  pages FILE...         Stories from pages saved from old archives (HTML or text)
  efiction --dump FILE  An eFiction 3.x archive: its MySQL dump (and --stories-dir)

quire import <source> --help describes each.`,
  'import pages': `Usage: quire import pages FILE... [--dry-run] [--json] [--author NAME] [--fandom NAME] [--title TITLE] [--as LOGIN] [--publish] [--merge]

Rescues stories from pages saved from old archives (eFiction, FanFiction.Net, LiveJournal,
plain text) into the archive in DATA_DIR / DATABASE_URL. Each page becomes a draft work of
--as (default: the first administrator), or a posted one with --publish.
  --merge            Joins one-chapter pages of the same story into one work
  --dry-run --json   Prints what was found, including the site chrome removed, and saves nothing
  --author, --fandom, --title   Replace (or fill) what the page says
See docs/import-pages.md.`,
  'import efiction': `Usage: quire import efiction --dump FILE.sql [--stories-dir DIR] [--encoding auto|utf8|cp1252|latin1]
                       [--warning-map FILE.json] [--rating-map FILE.json] [--as LOGIN] [--report PATH] [--dry-run]

Brings a whole eFiction 3.x archive (members, stories, chapters, reviews, series, challenges,
favorites) into the archive in DATA_DIR / DATABASE_URL. Running it again is safe: what was
imported before is recognised and left as it is.
  --dump FILE.sql      The archive's MySQL dump (mysqldump or phpMyAdmin output)
  --stories-dir DIR    Its stories/ folder, where chapter text is kept in files
  --encoding           How to read text that is not UTF-8 (default auto: decided per field)
  --warning-map, --rating-map   JSON objects {"eFiction name": "Quire name"}
  --as LOGIN           Owns stories whose author is not in the dump (default: the first admin)
  --report PATH        Where to save the JSON report (default: beside the dump)
  --dry-run            Reads and plans everything, saves nothing
See docs/import-efiction.md.`,
  backup: `Usage: quire backup --to DIR

Writes a backup of the archive named by DATABASE_URL (or DATA_DIR's SQLite file) into DIR, which is created if
missing: quire-<time>.sqlite3 (SQLite's online backup) or quire-<time>.pgdump (pg_dump --format=custom), and a
manifest <file>.json with the engine, schema version, time, size and SHA-256. The archive keeps serving: the copy
is the database as it was when the backup began. Restore with quire restore --from FILE.`,
  restore: `Usage: quire restore --from FILE [--force]

Restores a backup written by quire backup into the database named by DATABASE_URL (or DATA_DIR's SQLite file),
then applies pending migrations. The file is checked against its manifest (FILE.json) when there is one.
  --force   Overwrite a database that already holds an archive (accounts or works); without it, restore refuses.
SQLite: stop every quire serve using the database first; the backup file is copied into its place.
PostgreSQL: pg_restore --clean --if-exists --no-owner into DATABASE_URL, in one transaction; the database must exist.`,
};

/** The usage of `command` (and its subcommand when it has its own), or undefined for an unknown command. */
export function usageOf(command: string, sub?: string): string | undefined {
  return (sub !== undefined ? USAGES[`${command} ${sub}`] : undefined) ?? USAGES[command];
}

/** `quire --help`. */
export const HELP = `Usage: quire <command> [options]      (quire <command> --help describes one)

Commands:
  serve                 Run the archive until Ctrl+C
  migrate               Apply pending database migrations and exit
  admin create --username NAME --email ADDRESS
                        Create an administrator account (password from standard input)
  config                Print the effective configuration (secrets hidden)
  publish-due           Post scheduled chapters whose time has come, then exit
  search rebuild        Rebuild the full-text search index from the stored works
  bench-data --works N  Generate a realistic archive for benchmarks and trials
  import pages FILE...  Rescue stories from pages saved from old archives
  import efiction --dump FILE.sql
                        Bring in a whole eFiction 3.x archive
  backup --to DIR       Copy the archive's database while it keeps serving
  restore --from FILE [--force]
                        Restore a backup (quire backup's) into the archive's database
  help [command]        Show this help, or one command's

${ENVIRONMENT}`;
