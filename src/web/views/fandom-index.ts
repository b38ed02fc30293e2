/** The fandom index: media types, and each media type's fandoms with work counts. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { tagSlug, tagWorksPath } from '../urls.ts';
import type { IndexedFandom } from '../../storage/fandom-index.ts';
import type { PageContext } from './page.ts';

/** The path of a media type's fandom list. */
export const mediaPath = (name: string) => `/media/${tagSlug(name)}/fandoms`;

/** /media: every media type. */
export function mediaIndexPage(ctx: PageContext, media: readonly { name: string; fandoms: number }[]): Html {
  return layout(ctx, 'Fandoms', html`<div class="media-index"><h1 class="heading">Fandoms</h1>
<ul class="media">${media.map((m) => html`<li><a href="${mediaPath(m.name)}">${m.name}</a> <span class="count">(${m.fandoms} ${m.fandoms === 1 ? 'fandom' : 'fandoms'})</span></li>`)}</ul></div>`);
}

/** /media/{name}/fandoms: the fandoms of one media type with their work counts. */
export function mediaFandomsPage(ctx: PageContext, media: string, fandoms: readonly IndexedFandom[]): Html {
  return layout(ctx, `${media} Fandoms`, html`<div class="media-fandoms"><h1 class="heading">${media} Fandoms</h1>
${fandoms.length ? html`<ul class="tags index group">${fandoms.map((f) => html`<li><a class="tag" href="${tagWorksPath(f.name)}">${f.name}</a> <span class="count">(${f.works})</span></li>`)}</ul>` : html`<p>No fandoms here yet.</p>`}
<p><a href="/media">All media types</a></p></div>`);
}
