/**
 * Guests' listing pages (the front page, /works, a tag's works, search results) kept in the node's page cache
 * (work-page-cache.ts) as work pages are. A guest's listing depends only on the URL, the language, the
 * reading-preferences cookie, the listing index (every change to a work, its text, a tag or a member moves its
 * generation on this node, listing-index/sync.ts) and the site revision (names, settings). An entry also ages out
 * after a minute, since the front page's "this week" lists move with the clock rather than with a write.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { pageContext } from './respond.ts';
import { REPLIED, type Replied } from './replied.ts';
import { guestPageKey, keepAndSendPage, sendStoredPage } from './work-page-cache.ts';
import { listingHoles, listingTemplate, memberListingKey, type MemberListingTemplate } from './member-listing-pages.ts';
import { sendFilled } from './member-work-pages.ts';
import type { PageContext } from './views/page.ts';
import type { Html } from './views/html.ts';
import type { App } from './app.ts';

/** How long (ms) a shared listing may be served without any write having changed it. */
export const SHARED_PAGE_MAX_AGE_MS = 60_000;

/**
 * The revision a guest's listing is rendered at on this node: read after the listing index has caught up with
 * every change committed before now, so a write that landed before this request always shows.
 */
export async function listingPageRevision(app: App, now = Date.now()): Promise<string> {
  await app.ctx.listing.current();
  const generation = app.ctx.listing.generation;
  return `L${generation}.${await app.ctx.revisions.site()}.${Math.floor(now / SHARED_PAGE_MAX_AGE_MS)}`;
}

/**
 * Answers with the stored page when this guest's request has one at the current revision; otherwise runs
 * `produce` (which may answer itself, e.g. with a redirect, or throw: nothing is kept then), renders its view,
 * keeps the page for the next guest and sends it. A plain member's request is answered the same way from a
 * members' template with their own parts filled in (member-listing-pages.ts); other members, and guests with a
 * one-time message, always get a render.
 */
export async function sharedPage(request: FastifyRequest, reply: FastifyReply, produce: () => Promise<((c: PageContext) => Html) | Replied>): Promise<Replied> {
  const app = request.server.quire;
  const key = app.config.pageCacheMb <= 0 ? undefined : request.viewer ? await memberListingKey(request) : guestPageKey(request);
  const shared = key ? { key, revision: await listingPageRevision(app), lane: { revision: () => listingPageRevision(app) } } : undefined;
  const stored = shared && app.pages.get(shared.key, shared.revision);
  if (stored?.listing) return sendListing(request, reply, stored.body, stored.listing);
  if (stored && !request.viewer) return sendStoredPage(app.pages, stored, request, reply);
  const view = await produce();
  if (view === REPLIED) return view;
  const ctx = await pageContext(request, reply);
  if (shared && request.viewer) {
    const template = listingTemplate(request, ctx, view);
    if (template) {
      app.pages.put(shared.key, { revision: shared.revision, adult: false, body: template.body, tokenAt: [], tokenBytes: 0, listing: template.listing });
      return sendListing(request, reply, template.body, template.listing, ctx);
    }
  }
  return keepAndSendPage(app.pages, request.viewer ? undefined : shared, false, String(view(ctx)), request, reply);
}

/** A members' listing template with this member's parts in its holes. */
async function sendListing(request: FastifyRequest, reply: FastifyReply, body: Buffer, listing: MemberListingTemplate, built?: PageContext): Promise<Replied> {
  const ctx = built ?? await pageContext(request, reply);
  return sendFilled(reply, { body, holes: listing.holes }, await listingHoles(request, ctx, listing), request.csrfToken);
}
