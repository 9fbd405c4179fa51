/**
 * A feed's usable items, each normalised the first time it is read.
 *
 * Reading a feed only screens its items (id, title, an event's start: what decides whether an
 * item is usable); normalising one (text cleaning, URL checks, dates, authors, `content_html` to
 * text) waits until something reads it. A card reads one item, a list the few it shows: on a
 * 5,000-item document that is most of the parsing time saved (see the parse benchmark).
 * The search index and the calendar read them all, on the visitor's first interaction.
 */
import type { FeedItem, ItemKind, RoseUpEvent } from './types.js';

/** What reads items by position: a `FeedItems`, or a plain array of items. */
export interface ItemList extends Iterable<FeedItem> {
  readonly length: number;
  at(index: number): FeedItem | undefined;
}

export class FeedItems implements ItemList {
  /** Items already normalised (found in several documents, or given by the caller). */
  static of(items: readonly FeedItem[]): FeedItems {
    const copy = [...items];
    return new FeedItems(
      copy.map((item) => item.id),
      copy.map((item) => item.kind),
      (index) => copy[index],
    );
  }

  readonly #ids: readonly string[];
  readonly #kinds: readonly ItemKind[];
  readonly #read: (index: number) => FeedItem;
  readonly #cache: Array<FeedItem | undefined> = [];
  #byId?: Map<string, number>;

  /**
   * `ids` and `kinds`: those of each usable item, in feed order, ids unique; `read(index)`
   * normalises the item at that position (called once per item).
   */
  constructor(ids: readonly string[], kinds: readonly ItemKind[], read: (index: number) => FeedItem) {
    this.#ids = ids;
    this.#kinds = kinds;
    this.#read = read;
  }

  get length(): number {
    return this.#ids.length;
  }

  /** The item at `index` (negative counts from the end, as for arrays). */
  at(index: number): FeedItem | undefined {
    const i = index < 0 ? index + this.length : index;
    return i >= 0 && i < this.length ? (this.#cache[i] ??= this.#read(i)) : undefined;
  }

  /** The item whose id is exactly `id`: only that item is normalised. */
  get(id: string): FeedItem | undefined {
    this.#byId ??= new Map(this.#ids.map((each, index) => [each, index]));
    const index = this.#byId.get(id);
    return index === undefined ? undefined : this.at(index);
  }

  /** The ids of the usable items, in feed order, without normalising any. */
  get ids(): readonly string[] {
    return this.#ids;
  }

  /** The items at these positions (each in range), as a list of their own; each still normalised once. */
  pick(indexes: readonly number[]): FeedItems {
    return new FeedItems(
      indexes.map((index) => this.#ids[index]),
      indexes.map((index) => this.#kinds[index]),
      (k) => this.at(indexes[k])!,
    );
  }

  /** The items of one kind, in feed order; the others are not normalised (their kind is known without). */
  *ofKind(kind: ItemKind): Generator<FeedItem> {
    for (let i = 0; i < this.length; i++) if (this.#kinds[i] === kind) yield this.at(i)!;
  }

  /** The events, in feed order; the articles are not normalised. */
  events(): Generator<RoseUpEvent> {
    return this.ofKind('event') as Generator<RoseUpEvent>;
  }

  *[Symbol.iterator](): Generator<FeedItem> {
    for (let i = 0; i < this.length; i++) yield this.at(i)!;
  }

  // The array methods code written for `items` as an array most often uses. Each normalises
  // only what it reads: `slice` its range, `find` up to the match, `map` and `filter` all.

  slice(start?: number, end?: number): FeedItem[] {
    return this.#ids
      .map((_, index) => index)
      .slice(start, end)
      .map((index) => this.at(index)!);
  }

  find(predicate: (item: FeedItem) => boolean): FeedItem | undefined {
    for (const item of this) if (predicate(item)) return item;
    return undefined;
  }

  map<T>(callback: (item: FeedItem, index: number) => T): T[] {
    return [...this].map(callback);
  }

  filter(predicate: (item: FeedItem) => boolean): FeedItem[] {
    return [...this].filter(predicate);
  }
}
