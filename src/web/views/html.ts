/**
 * The escaping template tag for every page. Each interpolated value is escaped unless it is itself the
 * result of `html` (so templates nest) or passed through `raw()`, which is reserved for sanitizer output.
 */
import { html as honoHtml, raw as honoRaw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

/** Rendered, safe HTML. */
export type Html = HtmlEscapedString;

/** Escaping tagged template. Values are never promises here, so the result is always synchronous. */
export const html = (strings: TemplateStringsArray, ...values: unknown[]): Html => honoHtml(strings, ...values) as Html;

/** Inserts trusted HTML unescaped. Only for output of the sanitizer or of `html` itself. */
export const raw = (trusted: string): Html => honoRaw(trusted);
