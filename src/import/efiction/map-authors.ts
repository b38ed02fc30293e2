/** eFiction authors → accounts to create: a valid unique login from the penname, email, bio, website, old MD5. */
import { rowsOf, type EfRecords } from './read.ts';
import { int } from './fields.ts';

/** An account to create for an eFiction author. */
export interface AuthorInput {
  oldId: string;
  login: string;
  displayName: string;
  /** '' when the dump has none usable; the saver then makes an unreachable placeholder. */
  email: string;
  bioHtml: string;
  website: string;
  /** The unsalted MD5 eFiction stored, or null. */
  md5: string | null;
  admin: boolean;
}

/** A login (`\w{2,40}`) from a penname: accents dropped, other characters become `_`. */
export function loginFromPenname(penname: string, uid: string): string {
  const base = penname.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/\W+/g, '_').replace(/^_+|_+$/g, '').slice(0, 36);
  return base.length >= 2 ? base : `author_${uid}`;
}

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/** Every author of the dump, with logins made unique (case-insensitively) among themselves. */
export function mapAuthors(r: EfRecords): AuthorInput[] {
  const fields = new Map(rowsOf(r, 'authorfields').map((f) => [f.field_id ?? '', (f.field_name ?? '').toLowerCase()]));
  const website = new Map<string, string>();
  for (const info of rowsOf(r, 'authorinfo')) {
    const name = fields.get(info.field ?? '') ?? '';
    if ((name === 'website' || name === 'url' || name === 'homepage') && info.info?.trim()) website.set(info.uid ?? '', info.info.trim());
  }
  const admins = new Set(rowsOf(r, 'authorprefs').filter((p) => int(p.level) > 0).map((p) => p.uid ?? ''));
  const taken = new Set<string>();
  // The next number to try after each login, so a thousand "Anonymous" authors cost a thousand steps, not a million.
  const next = new Map<string, number>();
  const emails = new Set<string>();
  return rowsOf(r, 'authors').map((a) => {
    const uid = a.uid ?? '';
    const base = loginFromPenname(a.penname ?? '', uid);
    let login = base;
    let n = next.get(base.toLowerCase()) ?? 2;
    while (taken.has(login.toLowerCase())) login = `${base.slice(0, 36)}_${n++}`;
    next.set(base.toLowerCase(), n);
    taken.add(login.toLowerCase());
    // One author row may hold two addresses; the first is kept.
    let email = (a.email ?? '').split(/[,;\s]+/).find((e) => EMAIL.test(e)) ?? '';
    if (email.toLowerCase().startsWith('mailto:')) email = email.slice(7);
    if (emails.has(email.toLowerCase())) email = '';
    if (email) emails.add(email.toLowerCase());
    const md5 = /^[0-9a-f]{32}$/i.test(a.password ?? '') ? a.password!.toLowerCase() : null;
    let site = website.get(uid) ?? '';
    if (site && !/^https?:\/\//i.test(site)) site = `http://${site}`;
    return { oldId: uid, login, displayName: (a.penname ?? '').trim() || login, email, bioHtml: a.bio ?? '', website: site, md5, admin: admins.has(uid) };
  });
}
