/**
 * French text analysis for search: folding, tokenizing, light stemming and highlight ranges.
 * No dependencies and no DOM: the search engine (`search-index.ts`, a lazy chunk) indexes with it,
 * and `<roseup-search>` uses `highlightRanges` to mark matches in its suggestions.
 *
 * The pipeline is `tokenize` (fold, split, strip elisions, drop stop words) then `stemFrench`
 * on each token. Index and queries go through the same pipeline, so the stems only have to be
 * consistent, not linguistically exact.
 */

const APOSTROPHES = /[’‘ʼ]/g;
const MARKS = /\p{M}/gu;
/** A word of the folded text: letters and digits, apostrophes allowed inside ("aujourd'hui"). */
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

/** Words joined by hyphens (-, ‐, non-breaking ‑): "post-opératoire", "socio-esthétique". */
const COMPOUND = /[\p{L}\p{N}]+(?:[-\u2010\u2011][\p{L}\p{N}]+)+/gu;
const HYPHENS = /[-\u2010\u2011]/g;

/** Words elided before a vowel: "l'", "qu'", "jusqu'"... */
const ELISIONS = new Set('l d j qu n s t m c lorsqu puisqu jusqu quoiqu presqu'.split(' '));

/**
 * Function words kept out of the index (folded). Only grammatical words: nothing a visitor
 * could search for on its own ("bien-être", "été", "contre" stay searchable). Question words
 * too ("comment", "pourquoi", "quel"): a question typed in the field is searched by what it asks
 * about, not by the articles whose titles ask something.
 */
const STOP_WORDS = new Set(
  (
    'a au aux avec ce ces cet cette ca car c ci combien comment d dans de des donc dont du elle elles en entre et eux ' +
    'il ils j je l la le les leur leurs lorsqu lui m ma mais me meme mes moi mon n ne ni nos notre nous ' +
    'on or ou par pas plus pour pourquoi puisqu jusqu quoiqu presqu qu quand que quel quelle quels quelles qui quoi ' +
    's sa sans se ses si son sous sur t ta te tes toi ton tout tous toute toutes tres tu un une vers vos ' +
    'votre vous y est sont'
  ).split(' '),
);

/**
 * Folds text for comparison: lowercase, accents and other combining marks removed (NFD),
 * "œ" → "oe", "æ" → "ae", typographic apostrophes (’ ‘ ʼ) → "'".
 * `foldText("L’Œuvre À Côté")` → `"l'oeuvre a cote"`.
 */
export function foldText(s: string): string {
  return s
    .replace(APOSTROPHES, "'")
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}

/** Strips leading elisions ("l'", "qu'") and joins what is left ("aujourd'hui" → "aujourdhui"). */
function cleanWord(word: string): string {
  let apostrophe = word.indexOf("'");
  while (apostrophe > 0 && ELISIONS.has(word.slice(0, apostrophe))) {
    word = word.slice(apostrophe + 1);
    apostrophe = word.indexOf("'");
  }
  return apostrophe < 0 ? word : word.replace(/'/g, '');
}

/** True for a folded word that is kept out of the index ("le", "à" folded to "a", "qu"...). */
export const isStopWord = (foldedWord: string): boolean => STOP_WORDS.has(foldedWord);

/**
 * Splits text into folded words: on anything that is not a letter or a digit, with French
 * elisions stripped ("l'immunothérapie" → "immunotherapie") and stop words dropped
 * ("à votre écoute" → ["ecoute"]). A text of stop words only gives `[]`.
 */
export function tokenize(s: string): string[] {
  const words: string[] = [];
  for (const match of foldText(s).matchAll(WORD)) {
    const word = cleanWord(match[0]);
    if (word && !STOP_WORDS.has(word)) words.push(word);
  }
  return words;
}

/**
 * What an index holds for `s`: the words of `tokenize`, then each hyphenated compound written as
 * one word ("post-opératoire" → also "postoperatoire"), since visitors write "postopératoire",
 * "socioesthétique" or "qigong" as often as with the hyphen (not those with a stop word,
 * "est-ce"). Queries keep `tokenize`: a
 * compound typed with its hyphen still matches its parts.
 */
export function indexWords(s: string): string[] {
  const words = tokenize(s);
  for (const match of foldText(s).matchAll(COMPOUND)) {
    // "est-ce", "c'est-à-dire", "vous-même" are grammar, not compounds: joined, they would only
    // lengthen the field (and lower its words' scores).
    if (!match[0].split(HYPHENS).some(isStopWord)) words.push(match[0].replace(HYPHENS, ''));
  }
  return words;
}

/** Replaces the last `n` characters of `w` by `by`, when at least `min` characters remain before them. */
const swap = (w: string, n: number, by: string, min = 3): string | undefined =>
  w.length - n >= min ? w.slice(0, -n) + by : undefined;

/**
 * A light French stemmer for folded words (as `tokenize` returns them): it conflates the
 * inflections a search box meets, not every derivation. Words of three letters or fewer, and
 * words with digits, are kept as they are.
 * - plurals: -s, -x after "u" (cheveux → cheveu), -eaux → -eau, -aux → -al (hôpitaux → hôpital);
 * - feminines: -e, -ée, -euse/-eur → -eu (chercheuse = chercheur, douloureuse = douloureux),
 *   -trice → -teu (directrice = directeur), -ive → -if, -elle → -el, -enne → -en;
 * - adjectives in -atique/-otique take the stem of the noun they come from (métastatique →
 *   metastas, like métastase; nécrotique → necros, like nécrose), so the article on
 *   "cancers métastatiques" matches "métastases" as well as "métastatique"; other adjectives in
 *   -ique lose it when four letters remain (oncologique → oncolog).
 * `stemFrench("chimiotherapies")` and `stemFrench("chimiotherapie")` both give `"chimiotherapi"`.
 */
export function stemFrench(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;

  // Plurals.
  if (w.endsWith('eaux')) w = w.slice(0, -1);
  else if (w.endsWith('aux')) w = swap(w, 3, 'al', 1) ?? w;
  else if (w.endsWith('ux')) w = w.slice(0, -1);
  else if (w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);

  // Feminines and a few suffixes, first matching rule only.
  return (
    (w.endsWith('atique') || w.endsWith('otique') ? swap(w, 5, 's', 4) : undefined) ??
    (w.endsWith('ique') ? swap(w, 4, '', 4) : undefined) ??
    (w.endsWith('euse') ? swap(w, 4, 'eu') : undefined) ??
    (w.endsWith('trice') ? swap(w, 5, 'teu') : undefined) ??
    (w.endsWith('eur') ? swap(w, 3, 'eu') : undefined) ??
    (w.endsWith('ive') ? swap(w, 3, 'if') : undefined) ??
    (w.endsWith('elle') ? swap(w, 4, 'el') : undefined) ??
    (w.endsWith('enne') ? swap(w, 4, 'en') : undefined) ??
    (w.endsWith('ee') ? swap(w, 2, '') : undefined) ??
    (w.endsWith('e') ? swap(w, 1, '') : undefined) ??
    w
  );
}

/** Folds one code point; ASCII takes a fast path. */
const foldChar = (ch: string): string => {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  return foldText(ch);
};

/**
 * Character ranges of `text` (the ORIGINAL string, accents and apostrophes included) to mark as
 * matching `queryTerms`: `[start, end)` UTF-16 offsets, sorted, never overlapping, so that an
 * element can render them with text nodes (`text.slice(start, end)` inside a `<mark>`).
 *
 * `queryTerms` may be what the visitor typed or the `terms` of a search hit (stems). A word of
 * `text` is marked whole when its stem equals a term (or the term's stem); otherwise, when it
 * starts with a term of two letters or more, only that prefix is marked (typing "chimio" marks
 * "chimio" in "Chimiothérapie"). Stop words and elisions ("l'") are never marked.
 */
export function highlightRanges(text: string, queryTerms: readonly string[]): Array<[number, number]> {
  const terms: Array<{ folded: string; stem: string }> = [];
  for (const term of queryTerms) {
    for (const match of foldText(term).matchAll(WORD)) {
      const folded = cleanWord(match[0]);
      if (folded && !STOP_WORDS.has(folded)) terms.push({ folded, stem: stemFrench(folded) });
    }
  }
  const ranges: Array<[number, number]> = [];
  if (!terms.length || !text) return ranges;

  // Fold code point by code point, remembering where each folded UTF-16 unit comes from:
  // "œ" gives two units that both span it; a combining mark gives none and widens the unit before.
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const end = i + ch.length;
    const f = foldChar(ch);
    if (!f.length && to.length && to[to.length - 1] === i) to[to.length - 1] = end;
    for (let k = 0; k < f.length; k++) {
      from.push(i);
      to.push(end);
    }
    folded += f;
    i = end;
  }

  // A compound matched as one word ("postoperatoir", as `indexWords` indexes it): marked whole.
  const compounds: Array<[number, number]> = [];
  for (const match of folded.matchAll(COMPOUND)) {
    const stem = stemFrench(match[0].replace(HYPHENS, ''));
    if (terms.some((term) => stem === term.stem || stem === term.folded)) {
      compounds.push([from[match.index], to[match.index + match[0].length - 1]]);
    }
  }

  for (const match of folded.matchAll(WORD)) {
    // Positions (in `folded`) of the word's letters once elisions and apostrophes are gone.
    const raw = match[0];
    const start = match.index;
    const word = cleanWord(raw);
    if (!word || STOP_WORDS.has(word)) continue;
    const positions: number[] = [];
    for (let k = raw.length - 1, left = word.length; k >= 0 && left > 0; k--) {
      if (raw[k] !== "'") {
        positions.push(start + k);
        left--;
      }
    }
    positions.reverse();

    const stem = stemFrench(word);
    let length = 0;
    for (const term of terms) {
      if (stem === term.stem || stem === term.folded) {
        length = word.length;
        break;
      }
      if (term.folded.length >= 2 && word.startsWith(term.folded)) length = Math.max(length, term.folded.length);
    }
    if (length) ranges.push([from[positions[0]], to[positions[length - 1]]]);
  }
  if (!compounds.length) return ranges;
  // Words inside a marked compound go into its mark.
  const inside = (range: [number, number]) => compounds.some(([start, end]) => range[0] >= start && range[1] <= end);
  return [...compounds, ...ranges.filter((range) => !inside(range))].sort((a, b) => a[0] - b[0]);
}
