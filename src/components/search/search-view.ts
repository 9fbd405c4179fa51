/**
 * What `<roseup-search>` shows and says, as plain data: the options, the line above them and the
 * live region's text, from the element's state. No Lit and no DOM here, so that every case is
 * tested without a browser page and the element builds it once per change of state.
 */
import type { Suggestion } from '../../data/types.js';
import type { SearchEngineHit } from './search-engine.js';
import type { SearchMessages } from './messages.js';

export type OptionModel =
  | { kind: 'item'; hit: SearchEngineHit }
  | { kind: 'all'; query: string }
  | { kind: 'suggestion'; suggestion: Suggestion; recent: boolean }
  | { kind: 'clear' };

export interface OptionGroup {
  key: 'recent' | 'popular';
  label: string;
  options: OptionModel[];
}

/**
 * `suggestions`: before typing; `short`: fewer than `min-length` characters; `loading`: the
 * engine is on its way; `degraded`: no engine (feed or engine failed, or the query could not be
 * answered): said, with the search page still offered; `results`: the engine answered.
 */
export type SearchMode = 'suggestions' | 'short' | 'loading' | 'degraded' | 'results';

export interface SearchView {
  mode: SearchMode;
  /** Before typing: the option groups. */
  groups: OptionGroup[];
  /** Every option, in order: their index gives their id (`option-<i>`). */
  options: OptionModel[];
  /** A line of text shown above the options (not an option). */
  message?: string;
  /** What the live region says once typing pauses ('' for nothing). */
  status: string;
}

export interface SearchViewInput {
  /** The query as typed (trimmed here). */
  query: string;
  minChars: number;
  /** The visitor's recent searches: empty unless `remember-recent`. */
  recent: readonly string[];
  /** The feed's popular searches. */
  popular: readonly Suggestion[];
  /** The engine's answer for `query`, undefined while there is none. */
  hits?: readonly SearchEngineHit[];
  /** No engine will answer: the feed or the engine failed, or the query could not be answered. */
  degraded: boolean;
  /**
   * The element already says so beside the field (the feed failed: its notice, which describes
   * the field): the drop-down and the live region do not repeat it.
   */
  notice?: boolean;
  messages: SearchMessages;
}

export function searchView(input: SearchViewInput): SearchView {
  const m = input.messages;
  const q = input.query.trim();
  if (!q) {
    const groups: OptionGroup[] = [];
    if (input.recent.length) {
      groups.push({
        key: 'recent',
        label: m.recentGroup,
        options: [
          ...input.recent.map((text): OptionModel => ({ kind: 'suggestion', suggestion: { label: text, query: text }, recent: true })),
          { kind: 'clear' },
        ],
      });
    }
    if (input.popular.length) {
      groups.push({
        key: 'popular',
        label: m.popularGroup,
        options: input.popular.map((suggestion): OptionModel => ({ kind: 'suggestion', suggestion, recent: false })),
      });
    }
    const options = groups.flatMap((g) => g.options);
    const count = options.filter((o) => o.kind === 'suggestion').length;
    return { mode: 'suggestions', groups, options, status: count ? m.suggestions(count) : '' };
  }
  // No list: say why (GOV.UK's "Type in N or more characters for results").
  if (q.length < input.minChars) return { mode: 'short', groups: [], options: [], status: m.tooShort(input.minChars) };
  const all: OptionModel = { kind: 'all', query: q };
  if (input.hits) {
    const options: OptionModel[] = input.hits.map((hit) => ({ kind: 'item', hit }));
    options.push(all);
    const message = input.hits.length ? undefined : m.noResultsFor(q);
    return { mode: 'results', groups: [], options, message, status: m.results(input.hits.length) };
  }
  if (input.degraded) {
    const said = input.notice ? undefined : m.unavailable;
    return { mode: 'degraded', groups: [], options: [all], message: said, status: said ?? '' };
  }
  return { mode: 'loading', groups: [], options: [all], message: m.loading, status: m.loading };
}

/**
 * `searchView`, built again only when one of its inputs changed (each compared with ===): the
 * element asks for the view at every key and render, and gets the same one until the state moves.
 */
export function memoizedSearchView(): (input: SearchViewInput) => SearchView {
  let last: SearchViewInput | undefined;
  let view: SearchView | undefined;
  return (input) => {
    const keys = Object.keys(input) as Array<keyof SearchViewInput>;
    if (!view || !last || keys.some((key) => input[key] !== last![key])) view = searchView(input);
    last = input;
    return view;
  };
}

/** A piece of a title: `mark` pieces matched the query. */
export interface TitlePart {
  text: string;
  mark: boolean;
}

/** `title` cut into plain and matched pieces (`ranges`: in order, not overlapping), for `<mark>`. */
export function highlightParts(title: string, ranges: ReadonlyArray<readonly [number, number]>): TitlePart[] {
  const parts: TitlePart[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at || end <= start) continue; // not in order: left unmarked rather than repeated
    if (start > at) parts.push({ text: title.slice(at, start), mark: false });
    parts.push({ text: title.slice(start, end), mark: true });
    at = end;
  }
  if (at < title.length) parts.push({ text: title.slice(at), mark: false });
  return parts;
}
