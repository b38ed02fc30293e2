/** GET /support, /contact, /rules and /site_map. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render } from '../respond.ts';
import { sitePage, siteMapPage } from '../views/site-pages.ts';
import { siteText, siteMapFandoms } from '../../actions/site-pages.ts';
import type { SiteTextKey } from '../../domain/site.ts';
import { t } from '../../i18n/translate.ts';

function textPage(key: SiteTextKey, title: () => string) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const text = await siteText(request.server.quire.ctx, key);
    return render(request, reply, (ctx) => sitePage(ctx, title(), text));
  };
}

/** How to get help. */
export const showSupport = textPage('support_html', () => t('chrome.footer.support'));
/** How to reach the archive's team. */
export const showContact = textPage('contact_html', () => t('chrome.footer.contact'));
/** The archive's rules and terms. */
export const showRules = textPage('rules_html', () => t('chrome.footer.rules'));

/** The site map with the fandoms in use. */
export async function showSiteMap(request: FastifyRequest, reply: FastifyReply) {
  const fandoms = await siteMapFandoms(request.server.quire.ctx, request.viewer);
  return render(request, reply, (ctx) => siteMapPage(ctx, fandoms));
}
