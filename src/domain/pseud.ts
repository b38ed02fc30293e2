/** Pseuds: the names an account writes under (AO3's rules for a name), and how a byline credits one. */
import type { FieldErrors } from './errors.ts';
import { t } from '../i18n/translate.ts';

/** One of an account's names. */
export interface Pseud {
  id: number;
  userId: number;
  name: string;
  /** Alt text for the pseud's icon. */
  iconAlt: string;
  /** Plain text, shown with its line breaks. */
  description: string;
  isDefault: boolean;
  createdAt: number;
}

/** What the pseud form sends. */
export interface PseudInput {
  name: string;
  iconAlt: string;
  description: string;
}

export const PSEUD_NAME_MAX = 40;
export const PSEUD_DESCRIPTION_MAX = 500;
export const PSEUD_ICON_ALT_MAX = 250;

/** The key two pseud names of one account collide on: case-insensitive, as logins. */
export const pseudKey = (name: string) => name.trim().toLowerCase();

/** Names that are pages under /users/{login}/pseuds/ themselves. */
const RESERVED = new Set(['new']);

/** The problem with a pseud name, if any: 1–40 letters, digits, spaces, `_` or `-`, with at least one letter or digit. */
export function pseudNameProblem(name: string): string | undefined {
  const n = name.trim();
  if (!n) return t('errors.pseud.name');
  if ([...n].length > PSEUD_NAME_MAX) return `A pseud name can be at most ${PSEUD_NAME_MAX} characters long.`;
  if (!/^[\p{L}\p{M}\p{N}_ -]+$/u.test(n)) return 'A pseud name can contain only letters, digits, spaces, underscores and hyphens.';
  if (!/[\p{L}\p{N}]/u.test(n)) return 'A pseud name must contain at least one letter or digit.';
  if (RESERVED.has(pseudKey(n))) return `“${n}” is kept for the archive’s own pages; choose another name.`;
  return undefined;
}

/** Every field's problem with the pseud form. */
export function pseudProblems(input: PseudInput): FieldErrors {
  const errors: FieldErrors = {};
  const name = pseudNameProblem(input.name);
  if (name) errors.name = name;
  if ([...input.iconAlt].length > PSEUD_ICON_ALT_MAX) errors.icon_alt = t('errors.pseud.icon_alt', { max: PSEUD_ICON_ALT_MAX });
  if ([...input.description].length > PSEUD_DESCRIPTION_MAX) errors.description = t('errors.pseud.description', { max: PSEUD_DESCRIPTION_MAX });
  return errors;
}

/** The name a byline shows: "pseud (login)" when the pseud is not the login itself (AO3's), the login otherwise. */
export const creditName = (c: { login: string; pseud: string }): string => (c.pseud === c.login ? c.login : `${c.pseud} (${c.login})`);

/** A pseud's page (root-relative): AO3's `/users/{login}/pseuds/{pseud}`. */
export const pseudPagePath = (login: string, pseud: string = login): string => `/users/${login}/pseuds/${encodeURIComponent(pseud)}`;

/**
 * A valid pseud name from any pen name (an imported eFiction author's): characters a pseud may not hold become
 * spaces, runs of spaces collapse, and it is cut to 40 characters; `fallback` when nothing usable is left.
 */
export function pseudNameFrom(penName: string, fallback: string): string {
  const cleaned = [...penName.normalize('NFC').replace(/[^\p{L}\p{M}\p{N}_ -]+/gu, ' ').replace(/\s+/g, ' ').trim()].slice(0, PSEUD_NAME_MAX).join('').trim();
  return pseudNameProblem(cleaned) ? fallback : cleaned;
}

/** Whether `accountId` may post as `pseud`: only as one of its own pseuds. */
export const mayPostAs = (accountId: number, pseud: Pick<Pseud, 'userId'>): boolean => pseud.userId === accountId;
