/** One batch of author texts to render, as it travels to a text-rendering worker and back (plain data both ways). */
import { renderBody, type BodyFormat } from '../domain/text-format.ts';
import { countWords } from '../domain/word-count.ts';

/** A text as typed and how it is written; `countWords` when its word count is wanted too. */
export interface TextToRender {
  source: string;
  format: BodyFormat;
  countWords?: boolean;
}

/** Sanitized HTML, and its word count when asked for (0 otherwise). */
export interface RenderedText {
  html: string;
  words: number;
}

/** Renders each text; the same function runs inline for short texts and on a worker for long ones. */
export function renderTexts(texts: readonly TextToRender[]): RenderedText[] {
  return texts.map((t) => {
    const html = renderBody(t.source, t.format);
    return { html, words: t.countWords ? countWords(html) : 0 };
  });
}
