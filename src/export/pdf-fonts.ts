/**
 * The main fonts of the PDF download: DejaVu Serif (Latin, Greek, Cyrillic, Armenian, Georgian) and DejaVu Sans Mono,
 * from the `dejavu-fonts-ttf` package. Arabic, Hebrew and CJK come from pdf-fallback-fonts.ts; works in other scripts
 * get no PDF (pdf-scripts.ts). Read once per process.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Font files by style. */
export interface PdfFonts { regular: Buffer; bold: Buffer; italic: Buffer; boldItalic: Buffer; mono: Buffer }

let cached: PdfFonts | undefined;

/** Loads the bundled fonts (the one piece of I/O behind the PDF renderer). */
export function loadPdfFonts(): PdfFonts {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const file = (name: string) => readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${name}.ttf`));
  cached = { regular: file('DejaVuSerif'), bold: file('DejaVuSerif-Bold'), italic: file('DejaVuSerif-Italic'), boldItalic: file('DejaVuSerif-BoldItalic'), mono: file('DejaVuSansMono') };
  return cached;
}
