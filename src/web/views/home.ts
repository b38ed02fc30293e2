/** The front page. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { workList } from './work-blurb.ts';
import type { WorkBlurb } from '../../actions/list-works.ts';
import type { PageContext } from './page.ts';

/** The front page: welcome, what a visitor can do next, and the most recently updated works. */
export function homePage(ctx: PageContext, recent: readonly WorkBlurb[] = []): Html {
  const next = ctx.viewer
    ? html`<p>Welcome back, <a href="/users/${ctx.viewer.login}">${ctx.viewer.login}</a>.</p>`
    : html`<p><a href="/users/new">Create an account</a> to post your stories, or <a href="/users/login">log in</a>.</p>`;
  return layout(ctx, 'Home', html`<h1>${ctx.siteName}</h1>
<p class="lede">A fan fiction archive.</p>
${next}
<section aria-labelledby="recent-heading" class="recent-works">
<h2 id="recent-heading">Recently updated works</h2>
${workList(recent, ctx.asset('lock.svg'), 'No works have been posted yet.')}
</section>`);
}
