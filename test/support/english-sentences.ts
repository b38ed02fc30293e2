/**
 * A second net beside untranslated.ts: English sentences that never went through the catalog (a hard-coded error
 * message, a label written in a view), which a search for the catalog's own messages cannot find. Three words of
 * Latin letters in a row, two of them words that are English and neither Spanish nor Latin, make a sentence worth
 * naming; so test content is best written in Latin.
 */
const ENGLISH_ONLY = new Set(['the', 'and', 'you', 'your', 'with', 'this', 'that', 'is', 'are', 'was', 'were', 'has', 'have', 'will', 'can', 'cannot',
  'not', 'of', 'from', 'which', 'when', 'there', 'it', 'its', 'they', 'their', 'be', 'been', 'for', 'or', 'an', 'at', 'by', 'on', 'to', 'we', 'our',
  'does', 'do', 'only', 'here', 'what', 'who', 'yet', 'any', 'all', 'new', 'in', 'as', 'if', "it's", "don't", "isn't", "can't"]);

const WORD = /^[("“]?[A-Za-z][A-Za-z'’-]*[.,:;!?)"”]?$/;
const bare = (word: string) => word.replace(/’/g, "'").replace(/^[^A-Za-z']+|[^A-Za-z']+$/g, '').toLowerCase();

/** The English sentences in a text (a page's text from untranslated.ts `pageText`, or a mail). */
export function englishSentences(text: string): string[] {
  const found: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length >= 3 && run.filter((w) => ENGLISH_ONLY.has(bare(w))).length >= 2) found.push(run.join(' '));
    run = [];
  };
  for (const word of text.split(/\s+/)) {
    if (WORD.test(word)) run.push(word);
    else flush();
  }
  flush();
  return found;
}
