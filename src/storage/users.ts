/** The users table: accounts and their password hashes. */
import { sql } from './sql.ts';
import type { Queryable } from './db.ts';
import { ensureDefaultPseud } from './pseuds.ts';
import { emailKey, loginKey, type Account, type Role } from '../domain/account.ts';
import { isLocale, type Locale } from '../i18n/locales.ts';

/** A users row as read for an account (the columns of ACCOUNT_COLUMNS). */
export interface UserRow {
  id: number;
  login: string;
  email: string;
  email_verified_at: number | null;
  display_name: string;
  bio_html: string;
  website: string;
  role: Role;
  created_at: number;
  suspended_until: number | null;
  banned_at: number | null;
  sanction_reason: string;
  tos_version: number;
  trusted: boolean | number;
  invitations_left: number;
  locale: string | null;
}

const COLUMN_NAMES = ['id', 'login', 'email', 'email_verified_at', 'display_name', 'bio_html', 'website', 'role', 'created_at', 'suspended_until', 'banned_at', 'sanction_reason', 'tos_version', 'trusted', 'invitations_left', 'locale'] as const;
const COLUMNS = sql.raw(COLUMN_NAMES.join(', '));

/** An account's columns of the users table aliased `alias`, named as in UserRow, for queries that join it. */
export const accountColumnsOf = (alias: string) => sql.raw(COLUMN_NAMES.map((c) => `${alias}.${c}`).join(', '));

/** The account a users row holds. */
export const toAccount = (r: UserRow): Account => ({
  id: Number(r.id),
  login: r.login,
  email: r.email,
  emailVerified: r.email_verified_at != null,
  displayName: r.display_name,
  bioHtml: r.bio_html,
  website: r.website,
  role: r.role,
  createdAt: Number(r.created_at),
  suspendedUntil: r.suspended_until == null ? null : Number(r.suspended_until),
  bannedAt: r.banned_at == null ? null : Number(r.banned_at),
  sanctionReason: r.sanction_reason,
  tosVersion: Number(r.tos_version),
  trusted: Boolean(r.trusted),
  invitationsLeft: Number(r.invitations_left),
  // A language no longer shipped reads as no choice, so its holder gets the site default rather than an error.
  ...(isLocale(r.locale) ? { locale: r.locale } : {}),
});

/** A new account's stored fields. */
export interface NewUser {
  login: string;
  email: string;
  passwordHash: string;
  role: Role;
  emailVerified: boolean;
  now: number;
}

/** Sets (or, with null, clears) a member's interface language. */
export async function setUserLocale(db: Queryable, id: number, locale: Locale | null): Promise<void> {
  await db.run(sql`UPDATE users SET locale = ${locale} WHERE id = ${id}`);
}

/** Inserts an account and returns it. */
export async function insertUser(db: Queryable, u: NewUser): Promise<Account> {
  const row = await db.get<UserRow>(sql`
    INSERT INTO users (login, login_key, email, email_key, email_verified_at, password_hash, role, created_at)
    VALUES (${u.login}, ${loginKey(u.login)}, ${u.email}, ${emailKey(u.email)}, ${u.emailVerified ? u.now : null}, ${u.passwordHash}, ${u.role}, ${u.now})
    RETURNING ${COLUMNS}`);
  await ensureDefaultPseud(db, Number(row!.id));
  return toAccount(row!);
}

/** An account by id. */
export async function userById(db: Queryable, id: number): Promise<Account | undefined> {
  const row = await db.get<UserRow>(sql`SELECT ${COLUMNS} FROM users WHERE id = ${id}`);
  return row && toAccount(row);
}

/** Accounts by id (any order; missing ids are left out). */
export async function usersByIds(db: Queryable, ids: readonly number[]): Promise<Account[]> {
  if (!ids.length) return [];
  const rows = await db.all<UserRow>(sql`SELECT ${COLUMNS} FROM users WHERE id IN (${sql.join([...ids])})`);
  return rows.map(toAccount);
}

/** An account by username (any case). */
export async function userByLogin(db: Queryable, login: string): Promise<Account | undefined> {
  const row = await db.get<UserRow>(sql`SELECT ${COLUMNS} FROM users WHERE login_key = ${loginKey(login)}`);
  return row && toAccount(row);
}

/** An account by email (any case). */
export async function userByEmail(db: Queryable, email: string): Promise<Account | undefined> {
  const row = await db.get<UserRow>(sql`SELECT ${COLUMNS} FROM users WHERE email_key = ${emailKey(email)}`);
  return row && toAccount(row);
}

/** An account with its password hash, found by username or email, for logging in. */
export async function credentialsFor(db: Queryable, loginOrEmail: string): Promise<{ account: Account; passwordHash: string } | undefined> {
  const key = loginOrEmail.trim().toLowerCase();
  const row = await db.get<UserRow & { password_hash: string }>(
    sql`SELECT ${COLUMNS}, password_hash FROM users WHERE login_key = ${key} OR email_key = ${key} ORDER BY CASE WHEN login_key = ${key} THEN 0 ELSE 1 END LIMIT 1`,
  );
  return row && { account: toAccount(row), passwordHash: row.password_hash };
}

/** The stored password hash of an account. */
export async function passwordHashOf(db: Queryable, id: number): Promise<string | undefined> {
  return (await db.get<{ password_hash: string }>(sql`SELECT password_hash FROM users WHERE id = ${id}`))?.password_hash;
}

/** How many accounts exist. */
export async function countUsers(db: Queryable): Promise<number> {
  return Number((await db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM users`))?.n ?? 0);
}

/** How many accounts hold a role. */
export async function countByRole(db: Queryable, role: Role): Promise<number> {
  return Number((await db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM users WHERE role = ${role}`))?.n ?? 0);
}

/** The oldest account holding a role (the archive's first admin, for command-line tasks). */
export async function firstUserWithRole(db: Queryable, role: Role): Promise<Account | undefined> {
  const row = await db.get<UserRow>(sql`SELECT ${COLUMNS} FROM users WHERE role = ${role} ORDER BY id LIMIT 1`);
  return row && toAccount(row);
}

/** Profile fields a person edits. */
export async function updateProfile(db: Queryable, id: number, p: { displayName: string; bioHtml: string; website: string }): Promise<void> {
  await db.run(sql`UPDATE users SET display_name = ${p.displayName}, bio_html = ${p.bioHtml}, website = ${p.website} WHERE id = ${id}`);
}

/** Replaces the email address; `verifiedAt` null marks it unverified. */
export async function updateEmail(db: Queryable, id: number, email: string, verifiedAt: number | null): Promise<void> {
  await db.run(sql`UPDATE users SET email = ${email}, email_key = ${emailKey(email)}, email_verified_at = ${verifiedAt} WHERE id = ${id}`);
}

/** Marks the current email verified. */
export async function markEmailVerified(db: Queryable, id: number, now: number): Promise<void> {
  await db.run(sql`UPDATE users SET email_verified_at = ${now} WHERE id = ${id}`);
}

/** Replaces the password hash; an imported account's old MD5 hash stops working too. */
export async function updatePasswordHash(db: Queryable, id: number, hash: string): Promise<void> {
  await db.run(sql`UPDATE users SET password_hash = ${hash}, legacy_md5 = NULL WHERE id = ${id}`);
}

/** Changes an account's role. */
export async function updateRole(db: Queryable, id: number, role: Role): Promise<void> {
  await db.run(sql`UPDATE users SET role = ${role} WHERE id = ${id}`);
}

/** Deletes an account (sessions and tokens go with it). */
export async function deleteUser(db: Queryable, id: number): Promise<void> {
  await db.run(sql`DELETE FROM users WHERE id = ${id}`);
}

/** Accounts whose username or email starts with `prefix` (all when empty), newest first. */
export async function listUsers(db: Queryable, prefix: string, limit = 50): Promise<Account[]> {
  const like = `${prefix.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await db.all<UserRow>(sql`SELECT ${COLUMNS} FROM users WHERE login_key LIKE ${like} ESCAPE '\\' OR email_key LIKE ${like} ESCAPE '\\' ORDER BY id DESC LIMIT ${limit}`);
  return rows.map(toAccount);
}

/** An account's standing: suspended until a time, banned, or neither (both null), with the reason given. */
export async function setSanction(db: Queryable, id: number, s: { suspendedUntil: number | null; bannedAt: number | null; reason: string }): Promise<void> {
  await db.run(sql`UPDATE users SET suspended_until = ${s.suspendedUntil}, banned_at = ${s.bannedAt}, sanction_reason = ${s.reason} WHERE id = ${id}`);
}

/** Records that the account accepted terms `version` at `now`. */
export async function setTermsAccepted(db: Queryable, id: number, version: number, now: number): Promise<void> {
  await db.run(sql`UPDATE users SET tos_version = ${version}, tos_accepted_at = ${now} WHERE id = ${id}`);
}

/** Marks an author validated (or not): their new works skip the validation queue. */
export async function setTrusted(db: Queryable, id: number, trusted: boolean): Promise<void> {
  await db.run(sql`UPDATE users SET trusted = ${trusted} WHERE id = ${id}`);
}

/** Sets how many invitations an account may still send. */
export async function setInvitationsLeft(db: Queryable, id: number, count: number): Promise<void> {
  await db.run(sql`UPDATE users SET invitations_left = ${count} WHERE id = ${id}`);
}

/** Inserts an account unless its username or email is taken (two nodes may create the same system account at once). */
export async function insertUserOnce(db: Queryable, u: NewUser): Promise<void> {
  await db.run(sql`
    INSERT INTO users (login, login_key, email, email_key, email_verified_at, password_hash, role, created_at)
    VALUES (${u.login}, ${loginKey(u.login)}, ${u.email}, ${emailKey(u.email)}, ${u.emailVerified ? u.now : null}, ${u.passwordHash}, ${u.role}, ${u.now})
    ON CONFLICT DO NOTHING`);
  const row = await db.get<{ id: number }>(sql`SELECT id FROM users WHERE login_key = ${loginKey(u.login)}`);
  if (row) await ensureDefaultPseud(db, Number(row.id));
}

/** Takes one invitation from an account's balance; false when it has none left. */
export async function spendInvitation(db: Queryable, id: number): Promise<boolean> {
  return (await db.run(sql`UPDATE users SET invitations_left = invitations_left - 1 WHERE id = ${id} AND invitations_left > 0`)).changes > 0;
}

/** Adds `delta` invitations (negative: takes them) to every account's balance, never below zero. */
export async function adjustEveryonesInvitations(db: Queryable, delta: number): Promise<void> {
  if (delta === 0) return;
  await db.run(sql`UPDATE users SET invitations_left = CASE WHEN invitations_left + ${delta} < 0 THEN 0 ELSE invitations_left + ${delta} END`);
}
