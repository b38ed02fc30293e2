/** `quire import <source> …`: bringing stories in from elsewhere. Each source has its own file; this one dispatches. */

const SOURCES: Record<string, () => Promise<{ run(args: string[]): Promise<number> }>> = {
  pages: () => import('./import-pages.ts'),
  efiction: () => import('./import-efiction.ts'),
};

export const IMPORT_HELP = `Usage: quire import <source> [options]

Sources:
  pages FILE...         Stories from pages saved from old archives (HTML or text)
  efiction --dump FILE  An eFiction 3.x archive: its MySQL dump (and --stories-dir)`;

/** Runs `import <source>`. */
export async function run(args: string[]): Promise<number> {
  const [source, ...rest] = args;
  const load = source ? SOURCES[source] : undefined;
  if (!load) {
    console.error(source && source !== 'help' && source !== '--help' ? `quire import: unknown source "${source}"\n\n${IMPORT_HELP}` : IMPORT_HELP);
    return source === 'help' || source === '--help' ? 0 : 2;
  }
  return (await load()).run(rest);
}
