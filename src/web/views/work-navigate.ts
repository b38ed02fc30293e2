/** The chapter index of a work (`/works/:id/navigate`), as fans' tools read it. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { byline } from './work-text.ts';
import { isoDay } from '../../domain/work.ts';
import { chapterPath, workPath } from '../urls.ts';
import type { WorkPage } from '../../actions/read-work.ts';
import type { PageContext } from './page.ts';

/** Title link first, then the byline, then one link per chapter with its date. */
export function navigatePage(ctx: PageContext, p: WorkPage): Html {
  return layout(ctx, `Chapter index for ${p.work.title}`, html`<h1 class="heading">Chapter index for <a href="${workPath(p.work.id)}">${p.work.title}</a> by ${byline(p)}</h1>
<ol class="chapter index group" role="navigation">
${p.chapters.map((c, i) => html`<li><a href="${chapterPath(p.work.id, c.id)}">${i + 1}. ${c.title || `Chapter ${i + 1}`}</a> <span class="datetime">(${isoDay(c.postedAt ?? c.createdAt)})</span></li>`)}
</ol>`);
}
