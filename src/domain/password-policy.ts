/** What makes a password acceptable: long enough, not common, not built from the account's own names. */
import { t } from '../i18n/translate.ts';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

// The most used passwords of ten or more characters in public breach lists; lowercase.
const COMMON = new Set([
  '1234567890', '0123456789', '0987654321', '1111111111', '123456789a', '12345678910', 'qwertyuiop', 'qwerty1234',
  'password12', 'password123', 'password1!', 'password1234', 'passw0rd12', 'iloveyou12', 'abcdefghij', 'abcd123456',
  'a123456789', 'qwertyuiop1', '1q2w3e4r5t', '1qaz2wsx3edc', 'zaq12wsx', 'asdfghjkl1', 'letmein123', 'welcome123',
  'football12', 'baseball12', 'princess12', 'sunshine12', 'starwars12', 'superman12', 'trustno1234', 'dragon1234',
  'monkey1234', 'master1234', 'changeme12', 'administrator', 'fanfiction', 'fanfiction1', 'archiveofourown',
]);

/** Returns a message when `password` is not acceptable for an account with these names, else undefined. */
export function passwordProblem(password: string, names: readonly string[] = []): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return t('errors.password.short', { min: MIN_PASSWORD_LENGTH });
  if (password.length > MAX_PASSWORD_LENGTH) return t('errors.at_most', { max: MAX_PASSWORD_LENGTH });
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return t('errors.password.common');
  if (new Set(lower).size < 4) return t('errors.password.repetitive');
  if (isSequence(lower)) return 'A run of consecutive characters is easy to guess; choose another.';
  for (const name of names) {
    const n = name.toLowerCase().split('@')[0] ?? '';
    if (n.length >= 4 && lower.includes(n)) return t('errors.password.personal');
  }
  return undefined;
}

function isSequence(s: string): boolean {
  const step = s.charCodeAt(1) - s.charCodeAt(0);
  if (Math.abs(step) !== 1) return false;
  for (let i = 2; i < s.length; i++) if (s.charCodeAt(i) - s.charCodeAt(i - 1) !== step) return false;
  return true;
}
