/** The front page: the site's tagline, ways in (fandoms by media, most kudos this week) and the latest updates. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { workList } from './work-blurb.ts';
import { mediaCard } from './fandom-index.ts';
import { tagWorksPath, workPath } from '../urls.ts';
import { creatorLinks } from './byline.ts';
import type { HomeLists, KudosOfWeek } from '../../actions/home.ts';
import type { PageContext } from './page.ts';

/** What the home page says under the site's name when the admins have not written a tagline. */
export const DEFAULT_TAGLINE = 'A fan fiction archive: stories by fans, for fans.';

/** One line of the week's most kudos: the work, its creators and fandoms, and its kudos this week. */
function kudosItem({ blurb: b, kudos }: KudosOfWeek): Html {
  const fandoms = b.tags.fandom;
  return html`<li><a href="${workPath(b.work.id)}">${b.work.title}</a>${b.creators.length ? html` by ${creatorLinks(b.creators)}` : ''}
${fandoms.length ? html`<span class="fandoms">in ${fandoms.map((t, i) => html`${i ? ', ' : ''}<a class="tag" href="${tagWorksPath(t.name)}">${t.name}</a>`)}</span>` : ''}
<span class="count">${kudos.toLocaleString('en')} kudos this week</span></li>`;
}

/** The front page. */
export function homePage(ctx: PageContext, lists: HomeLists): Html {
  const next = ctx.viewer
    ? html`<p>Welcome back, <a href="/users/${ctx.viewer.login}">${ctx.viewer.login}</a>.</p>`
    : html`<p><a href="/users/new">Create an account</a> to post your stories, or <a href="/users/login">log in</a>.</p>`;
  return layout(ctx, 'Home', html`<div class="home-page">
<section class="home-intro" aria-labelledby="home-heading">
<h1 id="home-heading">${ctx.siteName}</h1>
<p class="site-tagline">${ctx.look?.site_tagline || DEFAULT_TAGLINE}</p>
${next}
<p class="home-onward"><a href="/works">Browse all works</a> <a href="/media">Fandoms by media</a> <a href="/works/search">Search works</a></p>
</section>
<section class="home-fandoms" aria-labelledby="fandoms-heading">
<h2 id="fandoms-heading">Fandoms</h2>
${lists.media.length ? html`<ul class="media">${lists.media.map((m) => mediaCard(m, 3, false))}</ul>` : html`<p>No fandoms have works yet.</p>`}
<p><a href="/media">All fandoms by media</a></p>
</section>
<section class="home-kudos" aria-labelledby="kudos-heading">
<h2 id="kudos-heading">Most kudos this week</h2>
${lists.kudosWeek.length ? html`<ol class="kudos-week">${lists.kudosWeek.map(kudosItem)}</ol>` : html`<p>No kudos have been left this week yet.</p>`}
</section>
<section class="recent-works" aria-labelledby="recent-heading">
<h2 id="recent-heading">Recently updated works</h2>
${workList(lists.recent, ctx.asset('lock.svg'), 'No works have been posted yet.', ctx)}
<p><a href="/works">Browse all works</a></p>
</section>
</div>`);
}
