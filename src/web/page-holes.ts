/**
 * Pages shared between members: a page is rendered once as a template, with a marker wherever a view shows
 * something of the member's own (their menu, notices, buttons, the blocks under a work), and each member's
 * request fills those holes with parts rendered for them. The template is rendered for a made-up member whose
 * name and token appear nowhere else, so a view that printed member data outside a hole is caught before the
 * template is kept (`templateFrom` refuses it) rather than shown to the next member.
 */
import { randomBytes } from 'node:crypto';
import { raw, type Html } from './views/html.ts';
import type { PageContext } from './views/page.ts';
import type { Account } from '../domain/account.ts';
import { POOLED_BYTES, UTF8_BYTES_PER_UNIT } from './response-buffers.ts';

/** The parts of a page that belong to the member reading it (`mark-{id}`: a listed work's Mark for Later button). */
export type HoleName = 'account' | 'notices' | 'work-actions' | 'after' | 'welcome' | `mark-${number}`;

/** Where the request's CSRF token goes (every form on the page carries it). */
const TOKEN = 'token';

// Author text cannot forge a marker: it is escaped or sanitized, and it cannot know this process's nonce.
const NONCE = randomBytes(12).toString('hex');
const marker = (name: string) => `<!--hole-${NONCE}-${name}-->`;
const MARKER_PATTERN = new RegExp(`<!--hole-${NONCE}-([a-z0-9-]+)-->`, 'g');

/** The made-up member a template is rendered for. */
const TEMPLATE_LOGIN = `template_${NONCE}`;
export const TEMPLATE_TOKEN = `tok_${NONCE}`;
export const templateViewer = (): Account => ({
  id: -1, login: TEMPLATE_LOGIN, email: `${TEMPLATE_LOGIN}@template.invalid`, emailVerified: true, displayName: TEMPLATE_LOGIN, bioHtml: '', website: '',
  role: 'user', createdAt: 0, suspendedUntil: null, bannedAt: null, sanctionReason: '', tosVersion: Number.MAX_SAFE_INTEGER, trusted: false, invitationsLeft: 0,
});

/** The page context a template is rendered with: the request's own, for the made-up member, marking holes. */
export const templateContext = (ctx: PageContext): PageContext => ({ ...ctx, viewer: templateViewer(), inboxUnread: undefined, csrfToken: TEMPLATE_TOKEN, flash: undefined, template: true, templateMarks: new Map() });

/** A hole's content for this page, or its marker while a template is rendered. */
export function hole(ctx: PageContext, name: HoleName, content: () => Html | ''): Html | '' {
  return ctx.template ? raw(marker(name)) : content();
}

/** A rendered template: its bytes with the markers taken out, and which hole goes at which byte. */
export interface PageTemplate {
  body: Buffer;
  holes: { at: number; name: HoleName | typeof TOKEN }[];
}

/** The template of a page rendered with `templateContext`, or undefined when the made-up member shows outside a hole. */
export function templateFrom(rendered: string): PageTemplate | undefined {
  const tokens = rendered.replaceAll(TEMPLATE_TOKEN, marker(TOKEN));
  if (tokens.includes(TEMPLATE_LOGIN)) return undefined;
  const parts: Buffer[] = [];
  const holes: PageTemplate['holes'] = [];
  let from = 0;
  let at = 0;
  for (const m of tokens.matchAll(MARKER_PATTERN)) {
    const piece = Buffer.from(tokens.slice(from, m.index));
    parts.push(piece);
    at += piece.length;
    holes.push({ at, name: m[1] as HoleName });
    from = m.index + m[0].length;
  }
  parts.push(Buffer.from(tokens.slice(from)));
  return { body: Buffer.concat(parts), holes };
}

/**
 * The page for one member: the template with their parts and their token in its holes, written into one buffer (no
 * buffer per part, no second copy to join them); `allocate` gives that buffer (a pooled one for a response,
 * response-buffers.ts). When the parts' bound (UTF8_BYTES_PER_UNIT) fits a pooled buffer they are encoded without
 * being measured first (measuring walked each part once more, a tenth of a member's work page's CPU); a larger page
 * is measured, then written.
 */
export function fillTemplate(template: PageTemplate, parts: Partial<Record<HoleName, Html | ''>>, token: string, allocate: (size: number) => Buffer = Buffer.allocUnsafe): Buffer {
  const texts = new Map<string, string>([[TOKEN, token]]);
  let bound = template.body.length;
  for (const { name } of template.holes) {
    let text = texts.get(name);
    if (text === undefined) {
      const part = parts[name as HoleName];
      if (part === undefined) throw new Error(`the page's ${name} hole has no part to fill it`);
      texts.set(name, (text = String(part)));
    }
    bound += text.length * UTF8_BYTES_PER_UNIT;
  }
  if (bound <= POOLED_BYTES) {
    const out = allocate(bound);
    return out.subarray(0, writeFilled(template, texts, out));
  }
  let size = template.body.length;
  for (const { name } of template.holes) size += Buffer.byteLength(texts.get(name)!);
  const out = allocate(size);
  writeFilled(template, texts, out);
  return out;
}

/** Writes the template with `texts` in its holes into `out` (large enough); the bytes written. */
function writeFilled(template: PageTemplate, texts: Map<string, string>, out: Buffer): number {
  let from = 0;
  let at = 0;
  for (const hole of template.holes) {
    at += template.body.copy(out, at, from, hole.at);
    at += out.write(texts.get(hole.name)!, at);
    from = hole.at;
  }
  return at + template.body.copy(out, at, from);
}
