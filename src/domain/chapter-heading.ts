/**
 * A chapter's heading: "Chapter 2: The Storm", "Chapter 2" when untitled, and just its title when the title already
 * says which chapter it is (eFiction stored "Chapter 3" as a title, and "Chapter 3: Chapter 3" repeats it).
 * The heading reads in the current language (a page's reader, a mail's recipient).
 */
import { t } from '../i18n/translate.ts';

/** The title to show after "Chapter n: ", or '' when there is none or it only names the chapter. */
export function chapterTitleAfterNumber(n: number, title: string): string {
  const t = title.trim();
  return new RegExp(`^chapter\\s*0*${n}\\s*[.:]?$`, 'i').test(t) ? '' : t;
}

/** The whole heading, as text. */
export function chapterHeadingText(n: number, title: string): string {
  const after = chapterTitleAfterNumber(n, title);
  return after ? t('work.document.chapter_heading', { n, title: after }) : t('work.chapter.numbered', { n });
}
