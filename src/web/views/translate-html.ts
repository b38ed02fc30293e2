/**
 * Messages with rendered HTML inside them ("{count} works in {fandom}" with a link as `fandom`). Kept beside the
 * `html` template rather than in src/i18n, so the domain's plain-text messages do not depend on the web layer.
 */
import { html, raw, type Html } from './html.ts';
import { currentLocale, messageText } from '../../i18n/translate.ts';

// Private-use characters mark where rendered HTML goes; escaping leaves them alone and no catalog uses them.
const mark = (i: number): string => `\uE000${i}\uE001`;
const MARKS = /\uE000(\d+)\uE001/g;

/** The message's own text and string values are escaped; Html values are inserted as they are. */
export function tHtml(key: string, values: Record<string, string | number | Date | Html>): Html {
  const parts: Html[] = [];
  const plain: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(values)) {
    if (typeof v === 'object' && v !== null && !(v instanceof Date)) {
      plain[name] = mark(parts.length);
      parts.push(v);
    } else plain[name] = v;
  }
  const escaped = String(html`${messageText(currentLocale(), key, plain)}`);
  return raw(escaped.replace(MARKS, (_, i: string) => String(parts[Number(i)])));
}
