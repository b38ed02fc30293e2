/**
 * Members' listing pages (the front page, /works, a tag's works, search results), shared: a plain member (not staff)
 * with nothing on their blocklist and no default filter sees the same listing as every such member but for their own
 * parts: their menu and notices, the front page's greeting, and each blurb's Mark for Later button. The page is kept
 * in the node's page cache as a template (page-holes.ts) at the listing revision guests' pages use
 * (shared-pages.ts), keyed by URL, language and reading preferences; each member's request renders only their parts.
 */
import type { FastifyRequest } from 'fastify';
import { listsAsAnyMember } from '../actions/filter-works.ts';
import { standingOf } from './middleware/session.ts';
import { readUnlessChanged } from '../storage/unchanged-reads.ts';
import { markedState, type MarkFacts } from '../actions/list-works.ts';
import { marksAmong } from '../storage/readings.ts';
import { currentLocale } from '../i18n/translate.ts';
import { FLASH_COOKIE } from './respond.ts';
import { effectivePreferences } from './middleware/reader-preferences.ts';
import { templateContext, templateFrom, type HoleName, type PageTemplate } from './page-holes.ts';
import { layoutHoles } from './views/layout.ts';
import { homeWelcome } from './views/home.ts';
import { markList } from './views/work-blurb.ts';
import type { PageContext } from './views/page.ts';
import type { Html } from './views/html.ts';

const MAX_KEY_LENGTH = 1024;

/** What a kept listing template needs besides its bytes: the listed works whose buttons are holes. */
export interface MemberListingTemplate {
  holes: PageTemplate['holes'];
  marks: MarkFacts[];
}

/** Where a member's listing is kept, or undefined when this request renders in full. */
export async function memberListingKey(request: FastifyRequest): Promise<string | undefined> {
  const app = request.server.quire;
  const viewer = request.viewer;
  if (app.config.pageCacheMb <= 0 || !viewer || viewer.role !== 'user' || request.cookies[FLASH_COOKIE] || request.url.length > MAX_KEY_LENGTH) return undefined;
  const standing = standingOf(request);
  if (!standing || !listsAsAnyMember(standing)) return undefined;
  return `member-listing\n${currentLocale()}\n${request.url}\n${JSON.stringify(await effectivePreferences(request))}`;
}

/**
 * Renders the page as a members' template; undefined when it shows member data outside its holes (the caller then
 * renders it in full, and the slip is logged).
 */
export function listingTemplate(request: FastifyRequest, ctx: PageContext, view: (ctx: PageContext) => Html): (PageTemplate & { listing: MemberListingTemplate }) | undefined {
  const context = templateContext(ctx);
  const template = templateFrom(String(view(context)));
  if (!template) {
    request.log.error({ url: request.url }, 'a members\' listing template showed member data outside its holes: the page is rendered in full');
    return undefined;
  }
  return { ...template, listing: { holes: template.holes, marks: [...context.templateMarks!.values()] } };
}

/** This member's parts of a listing template: their menu and notices, greeting and Mark for Later buttons. */
export async function listingHoles(request: FastifyRequest, ctx: PageContext, listing: MemberListingTemplate): Promise<Partial<Record<HoleName, Html | ''>>> {
  const viewer = request.viewer!;
  const { db } = request.server.quire;
  const ids = listing.marks.map((m) => m.workId);
  const history = standingOf(request)?.historyEnabled;
  const marks = await readUnlessChanged(db, `listing-marks ${viewer.id} ${history} ${ids.join(',')}`, () => marksAmong(db, viewer.id, ids, history), viewer.id);
  const parts: Partial<Record<HoleName, Html | ''>> = { ...layoutHoles(ctx), welcome: homeWelcome(viewer.login) };
  for (const work of listing.marks) parts[`mark-${work.workId}`] = markList(ctx, work.workId, markedState(viewer, marks, work), work.title);
  return parts;
}
