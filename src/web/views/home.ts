/** The front page. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import type { PageContext } from './page.ts';

/** The front page: welcome, and what a visitor can do next. */
export function homePage(ctx: PageContext): Html {
  const next = ctx.viewer
    ? html`<p>Welcome back, <a href="/users/${ctx.viewer.login}">${ctx.viewer.login}</a>.</p>`
    : html`<p><a href="/users/new">Create an account</a> to post your stories, or <a href="/users/login">log in</a>.</p>`;
  return layout(ctx, 'Home', html`<h1>${ctx.siteName}</h1>
<p class="lede">A fan fiction archive.</p>
${next}`);
}
