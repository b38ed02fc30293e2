/** Paging through a listing: which slice a `?page=N` asks for, clamped to the pages that exist. */

/** A page of a listing. */
export interface PageWindow {
  /** 1-based page number actually shown. */
  page: number;
  /** How many pages there are (at least 1). */
  pages: number;
  perPage: number;
  offset: number;
  total: number;
}

/** Reads a `page` query value ('' or junk means 1) against the total count. */
export function pageWindow(requested: string | number, total: number, perPage: number): PageWindow {
  const pages = Math.max(1, Math.ceil(total / perPage));
  const n = typeof requested === 'number' ? requested : /^\d{1,9}$/.test(requested) ? Number(requested) : 1;
  const page = Math.min(Math.max(1, n), pages);
  return { page, pages, perPage, offset: (page - 1) * perPage, total };
}

/** The page numbers to link to, with `null` for a gap: first, last, and two either side of the current one. */
export function pageLinks(w: Pick<PageWindow, 'page' | 'pages'>): (number | null)[] {
  const out: (number | null)[] = [];
  for (let p = 1; p <= w.pages; p++) {
    const near = Math.abs(p - w.page) <= 2;
    if (p === 1 || p === w.pages || near) out.push(p);
    else if (out[out.length - 1] !== null) out.push(null);
  }
  return out;
}
