/** `quire import <source> …`: bringing stories in from elsewhere. Each source has its own file; this one dispatches. */
import { usageOf } from './usage.ts';

const SOURCES: Record<string, () => Promise<{ run(args: string[]): Promise<number> }>> = {
  pages: () => import('./import-pages.ts'),
  efiction: () => import('./import-efiction.ts'),
};

/** Runs `import <source>`. */
export async function run(args: string[]): Promise<number> {
  const [source, ...rest] = args;
  const load = source ? SOURCES[source] : undefined;
  if (!load) {
    const IMPORT_HELP = usageOf('import');
    console.error(source && source !== 'help' && source !== '--help' ? `quire import: unknown source "${source}"\n\n${IMPORT_HELP}` : IMPORT_HELP);
    return source === 'help' || source === '--help' ? 0 : 2;
  }
  return (await load()).run(rest);
}
