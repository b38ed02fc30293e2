/** Account rules: what a username, email, display name and website must look like; roles. */
import type { FieldErrors } from './errors.ts';
import { passwordProblem } from './password-policy.ts';
import { ORPHAN_LOGIN } from './account-deletion.ts';
import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/translate.ts';

/** Roles, least to most trusted. Every account reads and posts; moderators and admins do more. */
export const ROLES = ['user', 'moderator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** An account as the rest of the code sees it (never the password hash). */
export interface Account {
  id: number;
  login: string;
  email: string;
  emailVerified: boolean;
  displayName: string;
  bioHtml: string;
  website: string;
  role: Role;
  createdAt: number;
  /** Until when moderators suspended the account (it reads but may not post); null when not suspended. */
  suspendedUntil: number | null;
  /** When the account was banned (it may not log in); null when not banned. */
  bannedAt: number | null;
  /** Why it was suspended or banned, as told to its holder. */
  sanctionReason: string;
  /** The terms of service version the holder accepted (0: none). */
  tosVersion: number;
  /** A validated author: new works skip the validation queue. */
  trusted: boolean;
  /** Invitations the holder may still send. */
  invitationsLeft: number;
  /** The interface language the holder chose; absent: the browser's language, else the site default. */
  locale?: Locale;
}

export const LOGIN_PATTERN = /^\w{2,40}$/;
const EMAIL_PATTERN = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/** The key two logins collide on: case-insensitive. */
export const loginKey = (login: string) => login.trim().toLowerCase();
/** The key two emails collide on. */
export const emailKey = (email: string) => email.trim().toLowerCase();

/** Field problems with a username. */
export function loginProblem(login: string): string | undefined {
  if (!login) return t('errors.account.login');
  if (!LOGIN_PATTERN.test(login)) return t('errors.account.login_chars');
  if (loginKey(login) === ORPHAN_LOGIN) return t('errors.account.login_reserved');
  return undefined;
}

/** Field problems with an email address. */
export function emailProblem(email: string): string | undefined {
  if (!email) return t('errors.account.email');
  if (email.length > 254 || !EMAIL_PATTERN.test(email)) return t('errors.report.email_format');
  return undefined;
}

/** What a new account form must satisfy. */
export interface RegistrationInput {
  login: string;
  email: string;
  password: string;
  passwordConfirmation: string;
}

/** Field errors for a registration (uniqueness is checked against storage by the action). */
export function registrationProblems(input: RegistrationInput): FieldErrors {
  const errors: FieldErrors = {};
  const login = loginProblem(input.login);
  if (login) errors.login = login;
  const email = emailProblem(input.email);
  if (email) errors.email = email;
  const password = passwordProblem(input.password, [input.login, input.email]);
  if (password) errors.password = password;
  else if (input.password !== input.passwordConfirmation) errors.password_confirmation = t('errors.password.mismatch');
  return errors;
}

/** Normalizes a website link: http(s) only; returns undefined when it is not a usable link. */
export function normalizeWebsite(url: string): string | undefined {
  const trimmed = url.trim();
  if (!trimmed) return '';
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const u = new URL(withScheme);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    if (!u.hostname.includes('.')) return undefined;
    return u.toString();
  } catch {
    return undefined;
  }
}

/** The name shown for an account. */
export const shownName = (a: Pick<Account, 'login' | 'displayName'>) => a.displayName || a.login;
