/**
 * A text's own language on the element holding it: a work's title, summary, blurb and chapters carry the work's
 * language and its direction, so an Arabic work reads right to left inside an English interface and an English work
 * left to right inside an Arabic one (and screen readers pick the right voice).
 */
import { html, type Html } from '../web/views/html.ts';
import { textDirection } from './locales.ts';
import { currentLocale } from './translate.ts';

/** ` lang="…" dir="…"`, to go inside an element's tag (nothing for an unknown, empty language). */
export function langAttributes(language: string | undefined | null): Html | '' {
  const tag = (language ?? '').trim();
  if (!/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(tag)) return '';
  return html` lang="${tag}" dir="${textDirection(tag)}"`;
}

/** The interface's own ` lang="…" dir="…"`, for interface text placed inside an element in a work's language. */
export const interfaceLangAttributes = (): Html => langAttributes(currentLocale()) || html``;
