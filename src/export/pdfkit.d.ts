/** The part of pdfkit's API the PDF download uses (pdfkit ships no type declarations). */
declare module 'pdfkit' {
  interface TextOptions {
    width?: number;
    align?: 'left' | 'center' | 'right' | 'justify';
    continued?: boolean;
    lineGap?: number;
    paragraphGap?: number;
    indent?: number;
    link?: string | null;
    underline?: boolean;
    lineBreak?: boolean;
    height?: number;
    destination?: string;
    features?: string[];
    textWidth?: number;
    wordCount?: number;
  }
  interface DocumentOptions {
    size?: string | [number, number];
    margins?: { top: number; bottom: number; left: number; right: number };
    info?: Record<string, string | Date>;
    autoFirstPage?: boolean;
    bufferPages?: boolean;
    compress?: boolean;
    lang?: string;
    displayTitle?: boolean;
    pdfVersion?: string;
    tagged?: boolean;
  }
  interface Page {
    width: number;
    height: number;
    margins: { top: number; bottom: number; left: number; right: number };
  }
  interface OutlineItem {
    addItem(title: string): OutlineItem;
  }
  class PDFDocument {
    constructor(options?: DocumentOptions);
    x: number;
    y: number;
    page: Page;
    outline: OutlineItem;
    on(event: 'data', listener: (chunk: Buffer) => void): this;
    on(event: 'end', listener: () => void): this;
    on(event: 'error', listener: (err: Error) => void): this;
    registerFont(name: string, src: Buffer): this;
    font(name: string): this;
    fontSize(size: number): this;
    fillColor(color: string): this;
    text(text: string, options?: TextOptions): this;
    text(text: string, x?: number, y?: number, options?: TextOptions): this;
    moveDown(lines?: number): this;
    addPage(): this;
    widthOfString(text: string, options?: TextOptions): number;
    currentLineHeight(includeGap?: boolean): number;
    bufferedPageRange(): { start: number; count: number };
    switchToPage(n: number): this;
    end(): void;
  }
  export default PDFDocument;
}
