/** `quire search rebuild`: rewrites the full-text index from the stored works. */
import { loadConfig } from '../config.ts';
import { usageOf } from './usage.ts';
import { openApp } from '../boot.ts';
import { rebuildSearchIndex } from '../actions/rebuild-search.ts';

/** Runs a search subcommand. */
export async function run(args: string[]): Promise<number> {
  if (args[0] !== 'rebuild') {
    console.error(usageOf('search'));
    return 2;
  }
  const app = await openApp(loadConfig(), { info: () => undefined, error: (o, m) => console.error(m, o) });
  try {
    const count = await rebuildSearchIndex(app.ctx, (n) => { if (n % 5000 === 0) console.error(`… ${n} works`); });
    console.log(`Indexed ${count} work(s).`);
    return 0;
  } finally {
    await app.db.close();
  }
}
