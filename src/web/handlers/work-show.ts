/** Reading: GET /works/:id (+ ?view_full_work, ?view_adult, ?print), /works/:id/chapters/:cid, /works/:id/navigate. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, queryParam, pageContext } from '../respond.ts';
import { readWork, type WorkPage } from '../../actions/read-work.ts';
import { getSetting } from '../../storage/settings.ts';
import { NotFound } from '../../domain/errors.ts';
import { workShowPage, workPageHoles } from '../views/work-show.ts';
import { navigatePage } from '../views/work-navigate.ts';
import { gated, type WorkRequest } from './work-gate.ts';
import { showPrintable } from './work-print.ts';
import { workAfterBlocks } from './work-extras.ts';
import { countHit } from '../middleware/count-hit.ts';
import { recordReading } from '../middleware/record-reading.ts';
import { chapterPath } from '../urls.ts';
import { subscriptionButtonOf } from '../../actions/subscribe.ts';
import { readerParts } from '../reader-parts.ts';
import { guestPageKey, keepAndSendPage, mayServe, sendStoredPage, type LaneFacts } from '../work-page-cache.ts';
import { t } from '../../i18n/translate.ts';
import { keepMemberTemplate, keptTemplate, memberSlot, sendFilled, type MemberSlot } from '../member-work-pages.ts';
import type { Replied } from '../replied.ts';

/** Where a guest's rendered page is kept: the cache key and the revision it is rendered at. */
interface Shared {
  key: string;
  revision: string;
  lane: LaneFacts;
}

/**
 * What the page shows besides the work, for this request: the reader's own parts (Subscribe, Mark for Later, which
 * records the visit, and the blocks under the text) and the page context; the hit is counted here.
 */
async function readerModel(request: WorkRequest, reply: FastifyReply, page: WorkPage, chapterIndex: number | undefined, siteDisclaimerHtml: string) {
  countHit(request, page.work.id, page.creators.map((c) => c.userId));
  const reader = await readerParts(request, page.work.id);
  const button = subscriptionButtonOf(request.viewer, page.canEdit || page.work.visibility === 'draft', reader?.marks.subscriptionId);
  const marked = recordReading(request, page, chapterIndex, reader?.marks);
  const after = await workAfterBlocks(request, reply, page, reader);
  const model = { page, chapterIndex, siteDisclaimerHtml, subscribe: { kind: 'work' as const, targetId: page.work.id, ...button }, marked, after };
  return { model, ctx: await pageContext(request, reply) };
}

async function show(request: WorkRequest, reply: FastifyReply, page: WorkPage, chapterIndex: number | undefined, shared?: Shared, member?: MemberSlot) {
  const refused = await gated(request, reply, page);
  if (refused) return refused;
  if (page.chapters.length === 0) throw new NotFound(t('work.errors.no_chapters'));
  const siteDisclaimerHtml = (await getSetting(request.server.quire.db, 'disclaimer_html')) ?? '';
  const { model, ctx } = await readerModel(request, reply, page, chapterIndex, siteDisclaimerHtml);
  const template = member && keepMemberTemplate(request, member, page, chapterIndex, ctx, (c) => workShowPage(c, model));
  if (template) return sendFilled(reply, template, workPageHoles(ctx, model), request.csrfToken);
  return keepAndSendPage(request.server.quire.pages, shared, page.adult, String(workShowPage(ctx, model)), request, reply);
}

/** A plain member's page from the kept template, when there is one; undefined sends them down the full path. */
async function showKeptToMember(request: WorkRequest, reply: FastifyReply, slot: MemberSlot): Promise<Replied | undefined> {
  const kept = keptTemplate(request, slot);
  if (!kept) return undefined;
  const refused = await gated(request, reply, kept.page);
  if (refused) return refused;
  // The disclaimers are in the template; the holes do not show them.
  const { model, ctx } = await readerModel(request, reply, kept.page, kept.chapterIndex, '');
  return sendFilled(reply, kept, workPageHoles(ctx, model), request.csrfToken);
}

/**
 * A reading page (`chapterOf` picks the chapter, or undefined for the whole work): a guest gets it from this
 * node's page cache while the work's page revision stands still; everyone else, and a guest on a miss, gets it
 * rendered. The revision is read before the work, so a write landing in between leaves an entry already stale.
 */
async function showReading(request: WorkRequest, reply: FastifyReply, chapterOf: (page: WorkPage) => number | undefined) {
  const app = request.server.quire;
  const workId = Number(request.params.id);
  if (request.viewer) {
    const member = Number.isSafeInteger(workId) ? await memberSlot(request, workId) : undefined;
    const served = member && await showKeptToMember(request, reply, member);
    if (served) return served;
    const page = await readWork(app.ctx, request.viewer, workId);
    return show(request, reply, page, chapterOf(page), undefined, member);
  }
  const key = app.config.pageCacheMb > 0 && Number.isSafeInteger(workId) ? guestPageKey(request) : undefined;
  let shared: Shared | undefined;
  if (key) {
    shared = { key, revision: await app.ctx.revisions.work(workId), lane: { revision: () => app.ctx.revisions.work(workId), hitWorkId: workId } };
    const stored = app.pages.get(key, shared.revision);
    if (stored && mayServe(stored, request)) {
      countHit(request, workId, []);
      return sendStoredPage(app.pages, stored, request, reply);
    }
  }
  const page = await readWork(app.ctx, request.viewer, workId);
  return show(request, reply, page, chapterOf(page), shared);
}

/** The work: its first chapter, or all chapters with `view_full_work=true`. */
export async function showWork(request: WorkRequest, reply: FastifyReply) {
  if (queryParam(request, 'print') === 'true') return showPrintable(request, reply, await readWork(request.server.quire.ctx, request.viewer, Number(request.params.id)), 'print');
  const full = queryParam(request, 'view_full_work') === 'true';
  return showReading(request, reply, (page) => (full || page.chapters.length <= 1 ? undefined : 0));
}

/** One chapter. */
export async function showChapter(request: WorkRequest, reply: FastifyReply) {
  return showReading(request, reply, (page) => {
    const index = page.chapters.findIndex((c) => c.id === Number(request.params.cid));
    if (index < 0) throw new NotFound(t('work.errors.no_such_chapter'));
    return index;
  });
}

/** The chapter index. */
export async function showNavigate(request: WorkRequest, reply: FastifyReply) {
  const page = await readWork(request.server.quire.ctx, request.viewer, Number(request.params.id));
  const refused = await gated(request, reply, page);
  if (refused) return refused;
  return render(request, reply, (ctx) => navigatePage(ctx, page));
}

/** The chapter menu without JavaScript: GET /works/:id/chapter?selected_id=… redirects to the chapter. */
export async function selectChapter(request: WorkRequest, reply: FastifyReply) {
  return reply.redirect(chapterPath(Number(request.params.id), Number(queryParam(request, 'selected_id'))));
}
