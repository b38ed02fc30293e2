/**
 * Members' reading pages, shared: every plain member (not a creator of the work, not staff) sees the same work page
 * but for their own parts (their menu and notices, Subscribe and Mark for Later, and the blocks under the text:
 * kudos, their bookmark form, comments with their mutes applied). The page is kept in the node's page cache as a
 * template (page-holes.ts) at the work's page revision, keyed by URL, language and reading preferences; each
 * member's request checks access on the kept facts, then renders only their parts into it.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { pageAccess, type WorkPage } from '../actions/read-work.ts';
import { readsAsAnyMember, type WorkAccess } from '../domain/permissions.ts';
import { currentLocale } from '../i18n/translate.ts';
import { FLASH_COOKIE, sendPage } from './respond.ts';
import type { Replied } from './replied.ts';
import { responseBuffer } from './response-buffers.ts';
import { effectivePreferences } from './middleware/reader-preferences.ts';
import { fillTemplate, templateContext, templateFrom, type HoleName, type PageTemplate } from './page-holes.ts';
import type { PageContext } from './views/page.ts';
import type { Html } from './views/html.ts';

const MAX_KEY_LENGTH = 1024;

/** What a kept members' template needs besides its bytes: the access facts, and the work without its text. */
export interface MemberWorkTemplate {
  holes: PageTemplate['holes'];
  access: WorkAccess;
  /** The work as loaded for the page, chapters without their text (what the members' parts need of it). */
  page: WorkPage;
  /** The chapter shown (undefined: the whole work), for the reading history. */
  chapterIndex: number | undefined;
}

/** Where a member's page is kept and the revision it must be at, or undefined when this request renders in full. */
export interface MemberSlot {
  key: string;
  revision: string;
}

/** The slot of a member's reading page, read before the work (so a write landing in between leaves the entry stale). */
export async function memberSlot(request: FastifyRequest, workId: number): Promise<MemberSlot | undefined> {
  const app = request.server.quire;
  if (app.config.pageCacheMb <= 0 || !request.viewer || request.viewer.role !== 'user' || request.cookies[FLASH_COOKIE] || request.url.length > MAX_KEY_LENGTH) return undefined;
  const prefs = await effectivePreferences(request);
  return { key: `member\n${currentLocale()}\n${request.url}\n${JSON.stringify(prefs)}`, revision: await app.ctx.revisions.work(workId) };
}

/** The kept template for this member, when there is one at the revision and they read the work as any member does. */
export function keptTemplate(request: FastifyRequest, slot: MemberSlot): (MemberWorkTemplate & { body: Buffer }) | undefined {
  const kept = request.server.quire.pages.get(slot.key, slot.revision);
  if (!kept?.member || !readsAsAnyMember(request.viewer, kept.member.access)) return undefined;
  return { ...kept.member, body: kept.body };
}

/** The work without its chapters' text, which only the template holds, keeping what its readers share (read-work.ts). */
const withoutText = (page: WorkPage): WorkPage => ({
  ...page, kept: new Map(), chapters: page.chapters.map((c) => ({ ...c, bodyHtml: '', bodySource: '', notesHtml: '', endNotesHtml: '', summaryHtml: '' })),
});

/**
 * Renders the page as a members' template and keeps it; undefined when this member does not read the work as any
 * member does or the template shows member data outside its holes (then the caller renders the page in full).
 */
export function keepMemberTemplate(request: FastifyRequest, slot: MemberSlot, page: WorkPage, chapterIndex: number | undefined, ctx: PageContext, view: (ctx: PageContext) => Html): PageTemplate | undefined {
  const access = pageAccess(page);
  if (!readsAsAnyMember(request.viewer, access)) return undefined;
  const template = templateFrom(String(view(templateContext(ctx))));
  if (!template) {
    request.log.error({ url: request.url }, 'a members\' template showed member data outside its holes: the page is rendered in full');
    return undefined;
  }
  request.server.quire.pages.put(slot.key, { revision: slot.revision, adult: page.adult, body: template.body, tokenAt: [], tokenBytes: 0, member: { holes: template.holes, access, page: withoutText(page), chapterIndex } });
  return template;
}

/** Sends a template with this member's parts in its holes (in a pooled buffer, response-buffers.ts). */
export function sendFilled(reply: FastifyReply, template: PageTemplate, holes: Partial<Record<HoleName, Html | ''>>, token: string): Promise<Replied> {
  return sendPage(reply, fillTemplate(template, holes, token, (size) => responseBuffer(size, reply.raw)));
}
