/** A person's public page: profile and works. */
import { html, raw, type Html } from './html.ts';
import { layout } from './layout.ts';
import { shownName, type Account } from '../../domain/account.ts';
import type { PageContext } from './page.ts';

const joined = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The profile page of `user`. */
export function userPage(ctx: PageContext, user: Account): Html {
  const own = ctx.viewer?.id === user.id;
  return layout(ctx, shownName(user), html`<div class="user-home">
<h1>${shownName(user)}${user.displayName ? html` <span class="login">(${user.login})</span>` : ''}</h1>
<dl class="meta">
  <dt>Joined:</dt><dd><time datetime="${joined(user.createdAt)}">${joined(user.createdAt)}</time></dd>
  ${user.website ? html`<dt>Website:</dt><dd><a href="${user.website}" rel="nofollow noopener me">${user.website}</a></dd>` : ''}
</dl>
${user.bioHtml ? html`<div class="bio userstuff">${raw(user.bioHtml)}</div>` : ''}
${own ? html`<p><a href="/settings/profile">Edit your profile</a></p>` : ''}
<section aria-labelledby="works-heading">
<h2 id="works-heading">Works</h2>
<p>${own ? 'You have not posted any works yet.' : `${user.login} has not posted any works yet.`}</p>
</section>
</div>`);
}
