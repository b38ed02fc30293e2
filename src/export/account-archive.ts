/**
 * "Download my data": one ZIP with every work and draft of an account as EPUB and HTML, and a JSON file with the
 * rest of what the archive keeps about them. Pure: it is handed snapshots and the JSON text, and runs on the
 * download worker, since rendering many works (and deflating them) takes seconds of CPU.
 */
import { renderDownload } from './render.ts';
import { asciiSlug } from './formats.ts';
import { zip, type ZipEntry } from './zip.ts';
import type { WorkSnapshot } from './snapshot.ts';

/** What goes into the archive. */
export interface AccountArchiveInput {
  /** The account's works (drafts flagged), each rendered as EPUB and HTML. */
  works: { snapshot: WorkSnapshot; draft: boolean }[];
  /** The account's data as JSON text (`account.json`). */
  json: string;
  /** A short text saying what each file is (`README.txt`). */
  readme: string;
  /** The archive's timestamp for every entry (ms). */
  exportedAt: number;
}

/** Where a work's files go: `works/` or `drafts/`, then `{id}-{slug}.{ext}`. */
export const workPath = (w: { snapshot: Pick<WorkSnapshot, 'id' | 'title'>; draft: boolean }, ext: 'epub' | 'html') =>
  `${w.draft ? 'drafts' : 'works'}/${w.snapshot.id}-${asciiSlug(w.snapshot.title, w.snapshot.id)}.${ext}`;

/** The ZIP file. EPUBs are stored (already compressed); text is deflated. */
export async function renderAccountArchive(input: AccountArchiveInput): Promise<Buffer> {
  const entries: ZipEntry[] = [{ name: 'README.txt', data: input.readme }, { name: 'account.json', data: input.json }];
  for (const w of input.works) {
    entries.push({ name: workPath(w, 'epub'), data: await renderDownload('epub', w.snapshot), store: true });
    entries.push({ name: workPath(w, 'html'), data: await renderDownload('html', w.snapshot) });
  }
  return zip(entries, input.exportedAt);
}
