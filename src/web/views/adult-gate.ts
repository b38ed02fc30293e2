/** The adult-content interstitial and the registered-users-only notice (the OTW contract's sentences). */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { REGISTERED_ONLY } from '../../actions/read-work.ts';
import type { PageContext } from './page.ts';

export const ADULT_WARNING = 'This work could have adult content. If you continue, you have agreed that you are willing to see such content.';

/** Asks before showing a Mature, Explicit or Not Rated work. */
export function adultGatePage(ctx: PageContext, title: string, continueUrl: string): Html {
  return layout(ctx, 'Adult content', html`<div class="adult-gate" role="alertdialog" aria-labelledby="adult-heading" aria-describedby="adult-text">
<h1 id="adult-heading">Adult content: ${title}</h1>
<p id="adult-text">${ADULT_WARNING}</p>
<ul class="actions">
<li><a class="button" href="${continueUrl}">Yes, Continue</a></li>
<li><a href="/">No, Go Back</a></li>
${ctx.viewer ? html`<li><a href="/settings/reading">Set your preferences to always show adult content</a></li>` : ''}
</ul>
</div>`);
}

/** Tells a guest the work is for logged-in readers, with the way in. */
export function registeredOnlyPage(ctx: PageContext, returnTo: string): Html {
  return layout(ctx, 'Log in to read', html`<h1>Log in to read</h1>
<p class="notice">${REGISTERED_ONLY}</p>
<p><a href="/users/login?return_to=${encodeURIComponent(returnTo)}">Log in</a> or <a href="/users/new">create an account</a> to read it.</p>`);
}
