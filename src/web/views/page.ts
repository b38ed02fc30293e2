/** What every page template is handed besides its own view model. */
import type { Account } from '../../domain/account.ts';
import type { MarkFacts } from '../../actions/list-works.ts';
import type { ReaderPreferences } from '../../domain/reader-preferences.ts';
import type { SitePolicy } from '../../domain/site-policy.ts';
import type { SiteLook } from '../../domain/site.ts';

/** Shared page state, built once per request by the web layer. */
export interface PageContext {
  siteName: string;
  viewer: Account | undefined;
  /** The viewer's unread inbox entries (members only; undefined for guests and pages sent without the database). */
  inboxUnread?: number;
  csrfToken: string;
  /** The content-hashed URL of a static asset. */
  asset(name: string): string;
  /** A one-time message from the previous request (e.g. "You are logged in."). */
  flash: string | undefined;
  /** The request path, for return links. */
  path: string;
  requestId: string;
  /** The admins' footer credit (sanitized HTML), '' when none. */
  footerCreditHtml?: string;
  /** The visitor's reading preferences for this page (applied as attributes on `<html>`). */
  prefs: ReaderPreferences;
  /** The joining and participation rules in force (the sign-up form, members' notices); absent on pages sent without the database. */
  policy?: Pick<SitePolicy, 'signupMode' | 'minimumAge' | 'tosVersion' | 'requireConfirmedEmail'>;
  /** The admins' logo, favicon and tagline ('' when unset); absent on pages sent without the database. */
  look?: SiteLook;
  /** Rendering a template shared by members (page-holes.ts): what is the member's own becomes a hole. */
  template?: true;
  /** While rendering a template: the listed works whose Mark for Later buttons are holes, for filling them. */
  templateMarks?: Map<number, MarkFacts>;
}
