/** Results are ranked among at most this many matches (PostgreSQL's ts_rank reads every candidate's vector). */
export const MAX_RANKED = 1000;
