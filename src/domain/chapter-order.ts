/** Reordering chapters from the position number an author typed next to each one (works without JavaScript). */

/**
 * The new order of chapter ids from typed positions (id → "N"). Ties go to the chapter that was moved, so
 * typing 1 next to chapter 3 puts it first; chapters left blank keep their place. Undefined when a position
 * is not a number.
 */
export function orderFromPositions(chapters: readonly { id: number; position: number }[], typed: ReadonlyMap<number, string>): number[] | undefined {
  const keyed = [];
  for (const c of chapters) {
    const text = typed.get(c.id)?.trim();
    const wanted = text === undefined || text === '' ? c.position : Number(text);
    if (!Number.isFinite(wanted)) return undefined;
    keyed.push({ id: c.id, wanted, moved: wanted !== c.position, position: c.position });
  }
  keyed.sort((a, b) => a.wanted - b.wanted || Number(b.moved) - Number(a.moved) || a.position - b.position);
  return keyed.map((k) => k.id);
}
