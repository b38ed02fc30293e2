/**
 * What the markup of known archive templates says: eFiction (`#pagetitle`, `.notes`, `#story`, printable
 * `.chaptertitle` + `.chapter`), FanFiction.Net (`#profile_top`, `#storytext`), LiveJournal/Dreamwidth
 * (`.subject`, `.entry-content`, `#comments`) and the common names of menus, sidebars and footers.
 */
import type { HtmlHandler, PageElement } from './html-events.ts';
import { chapterTitle } from './chapters.ts';
import { cleanTitle, splitByline } from './metadata.ts';
import type { Region } from './types.ts';

const BY_ID: Record<string, Region> = {
  pagetitle: 'title', story: 'body', storytext: 'body', storycontent: 'body', chapter: 'body', profile_top: 'info',
  banner: 'chrome', menu: 'chrome', skin: 'chrome', rss: 'chrome', prev: 'chrome', next: 'chrome', reviewform: 'chrome',
  header: 'chrome', nav: 'chrome', navigation: 'chrome', navbar: 'chrome', sidebar: 'chrome', login: 'chrome', sitename: 'chrome',
  slogan: 'chrome', review: 'chrome', reviews: 'comments', comments: 'comments', chap_select: 'chrome', pre_story_links: 'chrome',
  top: 'chrome', footer: 'footer', copyright: 'footer', credits: 'footer', donate: 'chrome', ads: 'chrome', breadcrumbs: 'chrome',
};

const BY_CLASS: Record<string, Region> = {
  storyinfo: 'chrome', jumpmenu: 'chrome', jumpmenu2: 'chrome', notes: 'notes', chaptertitle: 'chapterTitle', chapter: 'body',
  storytext: 'body', 'entry-content': 'body', entry_text: 'body', entrytext: 'body', 'asset-body': 'body', 'entry-body': 'body',
  'story-text': 'body', infobox: 'info', listbox: 'info', storyindex: 'info', comment: 'comments', comments: 'comments',
  'comment-wrapper': 'comments', 'entry-footer': 'chrome', ljtags: 'chrome', tags: 'chrome', metadata: 'chrome', 'current-mood': 'chrome',
  subject: 'title', 'entry-title': 'title', 'asset-name': 'title', datetime: 'date', 'entry-date': 'date', footer: 'footer',
  copyright: 'footer', nav: 'chrome', navigation: 'chrome', menu: 'chrome', sidebar: 'chrome', donate: 'chrome', donation: 'chrome',
  ad: 'chrome', ads: 'chrome', respond: 'chrome', errortext: 'chrome', breadcrumbs: 'chrome', 'reader-controls': 'chrome', toolbar: 'chrome',
};

const BY_TAG: Record<string, Region> = { nav: 'chrome', footer: 'footer', form: 'chrome', aside: 'chrome' };

/** The region an element opens, if its id, class or tag is a known one. */
export function classifyElement(el: PageElement): Region | undefined {
  const id = el.attrs.get('id')?.toLowerCase();
  if (id && BY_ID[id]) return BY_ID[id];
  for (const c of (el.attrs.get('class') ?? '').toLowerCase().split(/\s+/)) {
    if (c && BY_CLASS[c]) return BY_CLASS[c];
  }
  return BY_TAG[el.name];
}

/** The chapter list of a page: how many chapters, and which one (1-based) and title this page shows. */
export interface ChapterSelect {
  total: number;
  current: number | null;
  title: string | null;
}

const CHAPTER_OPTION = /^(?:\d+\s*[.):]\s*)?(?:chapter\b|ch\.|part\b|prologue|epilogue)|^\d+\s*[.):]\s*\S/i;

/** A `<select>` of the page: its name (or id) and its options' text and whether each is the selected one. */
interface SeenSelect { name: string; options: Array<{ text: string; selected: boolean }> }

/** Notes the page's selects and its first `<title>` as html-events' events go by. */
export class SelectsAndTitle implements HtmlHandler {
  readonly selects: SeenSelect[] = [];
  /** The first `<title>`'s text, or null. */
  title: string | null = null;
  private select: SeenSelect | null = null;
  private option: { text: string; selected: boolean } | null = null;
  private inTitle = false;
  open(el: PageElement): void {
    if (el.name === 'select') this.selects.push((this.select = { name: el.attrs.get('name') ?? el.attrs.get('id') ?? '', options: [] }));
    else if (el.name === 'option' && this.select) this.select.options.push((this.option = { text: '', selected: el.attrs.has('selected') }));
    else if (el.name === 'title' && this.title === null) this.inTitle = true;
  }
  text(text: string): void {
    if (this.option) this.option.text += text;
    if (this.inTitle) this.title = (this.title ?? '') + text;
  }
  close(el: PageElement): void {
    if (el.name === 'select') this.select = this.option = null;
    else if (el.name === 'option') this.option = null;
    else if (el.name === 'title' && this.inTitle) { this.inTitle = false; this.title ??= ''; }
  }
}

/** The chapter list among a page's selects (eFiction's jump menu, FanFiction.Net's chap_select), or null. */
export function chapterSelect(selects: readonly SeenSelect[]): ChapterSelect | null {
  for (const select of selects) {
    const options = select.options.filter((o) => CHAPTER_OPTION.test(o.text.trim()));
    if (options.length === 0 || (options.length < 2 && !/chap/i.test(select.name))) continue;
    const at = options.findIndex((o) => o.selected);
    const text = at >= 0 ? options[at]!.text.trim().replace(/^\d+\s*[.):]\s*/, '') : null;
    return { total: options.length, current: at >= 0 ? at + 1 : null, title: chapterTitle(text) };
  }
  return null;
}

/**
 * What a page's `<title>` names, when it follows a pattern we know: "Title by Author" (after a site name and
 * "::", "|" or " - "), FanFiction.Net's "Title Chapter 2, a Fandom fanfic", LiveJournal's "user: Fic: Title".
 */
export function fromPageTitle(pageTitle: string): { title: string; creators: string[] | null; fandom: string | null } | null {
  const t = pageTitle.replace(/\s+/g, ' ').trim();
  const ffn = /^(.+?)(?:\s+Chapter\s+\d+)?,\s+an?\s+(.+?)\s+fan\s?fic(?:tion)?\b/i.exec(t);
  if (ffn) return { title: ffn[1]!.trim(), creators: null, fandom: ffn[2]!.trim() };
  for (const part of [t, ...t.split(/\s+(?:::|\||»|-|–|—)\s+/).reverse()]) {
    const byline = splitByline(part);
    if (byline) return { ...byline, fandom: null };
  }
  const lj = /^[\w-]+:\s+(?:fic|fanfic|story|drabble)\s*[:\-–]\s*(.+)$/i.exec(t);
  if (lj) return { title: cleanTitle(lj[1]!), creators: null, fandom: null };
  return null;
}
