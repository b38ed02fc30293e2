/**
 * The read API's page cursors: opaque to clients (they copy `next` links), holding the position in a listing. The
 * listings behind the API are the web's, which page by number, so the position is a page number; a versioned text
 * keeps the door open to another kind of position without breaking cursors already handed out. Pure.
 */

const VERSIONED = /^v1:([1-9][0-9]{0,8})$/;

/** The cursor of a page. */
export const encodeCursor = (page: number): string => Buffer.from(`v1:${page}`).toString('base64url');

/** The page a cursor names, or undefined when it is not one this archive wrote. */
export function decodeCursor(cursor: string): number | undefined {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(cursor)) return undefined;
  const m = VERSIONED.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return m ? Number(m[1]) : undefined;
}
