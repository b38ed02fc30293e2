/** `quire publish-due`: posts scheduled chapters whose time has come, once (for cron, or when no server runs). */
import { loadConfig } from '../config.ts';
import { openApp } from '../boot.ts';
import { publishDueChapters } from '../actions/publish-due.ts';

/** Posts the due chapters and says how many. */
export async function run(): Promise<number> {
  const app = await openApp(loadConfig(), { info: () => undefined, error: (o, m) => console.error(m, o) });
  try {
    const posted = await publishDueChapters(app.ctx);
    console.log(posted ? `Posted ${posted} scheduled chapter(s).` : 'No scheduled chapter is due.');
    return 0;
  } finally {
    await app.db.close();
  }
}
