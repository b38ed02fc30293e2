/** Scene breaks on saved pages: `<hr>`, `*****`, `~ ~ ~`, `o0o`, and lone symbols an author centered. */
import { isSceneBreak } from '../../domain/text-format.ts';
import type { Block } from './types.ts';

// Characters that are prose on their own ("…" is a character's silence; "?!" a reaction), never a break.
const PROSE_MARKS = /^[.…'"“”‘’„«»?!¡¿()\-–—,;:]+$/;

/** Whether a block is a scene break: an `<hr>`, an ornament line, or one to five centered symbols. */
export function isBreakBlock(b: Block): boolean {
  if (b.kind === 'break') return true;
  if (b.lines.length !== 1) return false;
  const s = b.text.trim();
  if (isSceneBreak(s)) return true;
  const symbols = s.replace(/\s+/g, '');
  if (PROSE_MARKS.test(symbols)) return false;
  if (symbols === '#' || symbols === '##') return true;
  return b.center && symbols.length > 0 && symbols.length <= 5 && /^[^\p{L}\p{N}]+$/u.test(symbols);
}
