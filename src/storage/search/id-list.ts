/** Match sets come back from the database as one comma-separated row: far cheaper than a row per match. */

/** The ids of a comma-separated list, sorted ascending (FTS5 gives them in order already: then no sort is run). */
export function idList(text: string | null | undefined): Float64Array {
  if (!text) return new Float64Array(0);
  const parts = text.split(',');
  const out = new Float64Array(parts.length);
  let sorted = true;
  for (let i = 0; i < parts.length; i++) {
    out[i] = Number(parts[i]);
    if (i > 0 && out[i]! < out[i - 1]!) sorted = false;
  }
  return sorted ? out : out.sort();
}
