/**
 * How a query as typed is matched, the same for both search engines (MiniSearch over a feed's
 * items, and the prebuilt index of a static feed), so that a visitor gets the same results
 * whichever the partner's feed offers.
 */

/** Query words beyond this are ignored (a pasted paragraph must not freeze the page). */
export const MAX_QUERY_TERMS = 8;
/** Words whose stem has this many letters or more tolerate one typo... */
export const FUZZY_MIN_LENGTH = 5;
/** ...and two from this length on. */
export const FUZZY_TWO_EDITS_LENGTH = 8;
/** Words before the last one are also prefixes from this length on ("chimio effets"). */
export const INNER_PREFIX_MIN_LENGTH = 4;
/**
 * A two-letter word being typed is a prefix only up to this many items: beyond, its expansion
 * ("co" → every word in co-) costs more than a keystroke's budget, so prefixes start at three.
 */
export const SHORT_PREFIX_MAX_ITEMS = 10_000;
/** Weight of a shorter indexed stem found inside the word being typed ("metastatiqu" → "metastat"). */
export const TRUNCATION_BOOST = 0.5;
/**
 * Weight of a match with `distance` typos for a query stem of `length` letters: MiniSearch's
 * typo weight (0.45), less for a longer term (a word being typed, "imuno" → "immunotherapi"), as
 * MiniSearch weighs prefix matches.
 */
export const typoWeight = (length: number, distance: number, termLength: number): number =>
  (0.45 * length) / (length + distance + 0.3 * Math.max(0, termLength - length));

/**
 * The next row of the edit distance table of `stem` against a word being read letter by letter,
 * once `letter` is read (`previous`: the letter read before it; `before` and `row`: the rows
 * before those two letters and before `letter`). `row[i]` is the distance of the word so far to
 * the first `i` letters of `stem`: Levenshtein, where two swapped neighbours ("cnacer") count as
 * one edit. Both engines use it, so that they agree on what one typo is.
 */
export function nextEditRow(stem: string, before: readonly number[], row: readonly number[], letter: string, previous?: string): number[] {
  const next = [row[0] + 1];
  for (let i = 1; i <= stem.length; i++) {
    let value = Math.min(row[i] + 1, next[i - 1] + 1, row[i - 1] + (stem[i - 1] === letter ? 0 : 1));
    if (i > 1 && stem[i - 1] === previous && stem[i - 2] === letter) value = Math.min(value, before[i - 2] + 1);
    next.push(value);
  }
  return next;
}
