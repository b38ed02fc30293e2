/** The letters of an A–Z index (the fandom lists): a name files under its first letter, accents ignored, or under "#". */

/** The section of names that do not start with a letter A–Z (digits, symbols, other scripts). */
export const OTHER_LETTER = '#';

/** "#" then A to Z: the order of the sections and of the jump links. */
export const lettersInOrder = (): string[] => [OTHER_LETTER, ...Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i))];

/** The section a name files under: "Élan" under E, "ñ" under N, "2001" and "東京" under "#". */
export function fandomLetter(name: string): string {
  const first = name.trim().normalize('NFKD').replace(/\p{M}/gu, '').charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : OTHER_LETTER;
}
