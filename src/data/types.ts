/**
 * Models the elements render. They are produced by `normalizeFeed` from a JSON Feed 1.1 document
 * with RoseUp's `_roseup` extension; every string in them is untrusted text and every URL has
 * already been checked to be absolute `http:` or `https:`.
 */
import type { FeedItems } from './feed-items.js';

/** A labelled taxonomy entry: a category ("Cancers métastatiques") or a format ("Atelier"). */
export interface Term {
  id: string;
  label: string;
}

export interface Author {
  name: string;
  url?: string;
  avatar?: string;
  /** RoseUp extension, e.g. "Rédactrice en chef". */
  role?: string;
  bio?: string;
}

export type ItemKind = 'article' | 'event';

interface BaseItem {
  /** Stable permalink; for an event occurrence it includes the start. */
  id: string;
  kind: ItemKind;
  url?: string;
  title: string;
  summary?: string;
  contentText?: string;
  image?: string;
  /**
   * Text alternative for `image`. An empty string means the image is decorative;
   * `undefined` means the feed said nothing, which the elements also treat as decorative
   * (the title next to it already names the content).
   */
  imageAlt?: string;
  datePublished?: Date;
  dateModified?: Date;
  tags: string[];
  authors: Author[];
  category?: Term;
  format?: Term;
  language?: string;
}

export interface Article extends BaseItem {
  kind: 'article';
  readingMinutes?: number;
}

export type EventStatus = 'scheduled' | 'cancelled' | 'postponed' | 'full';
export type Attendance = 'offline' | 'online' | 'mixed';
export type RemoteChannel = 'phone' | 'video';

export interface EventLocation {
  name?: string;
  streetAddress?: string;
  locality?: string;
  postalCode?: string;
  country?: string;
}

export interface Registration {
  url?: string;
  required: boolean;
  free?: boolean;
}

export interface Capacity {
  maximum?: number;
  /** Places left; absent when unknown, or when the feed gave more than `maximum`. */
  remaining?: number;
}

export interface RoseUpEvent extends BaseItem {
  kind: 'event';
  start: Date;
  end?: Date;
  /** IANA zone the event is organised in; the elements always display Europe/Paris. */
  timeZone: string;
  status: EventStatus;
  attendance: Attendance;
  location?: EventLocation;
  remoteChannels: RemoteChannel[];
  registration?: Registration;
  capacity?: Capacity;
  practicalInfo: string[];
}

export type FeedItem = Article | RoseUpEvent;

/** A popular search offered before the visitor types. */
export interface Suggestion {
  label: string;
  query: string;
}

/** Why an item of the feed was not kept. Reported once, never fatal for the feed. */
export interface SkippedItem {
  index: number;
  id?: string;
  reason: string;
}

export interface Feed {
  /**
   * The URL the document was asked for. Relative URLs inside were resolved against it, or against
   * the address a redirect led to.
   */
  url: string;
  title: string;
  language?: string;
  homePageUrl?: string;
  nextUrl?: string;
  searchUrl?: string;
  agendaUrl?: string;
  /**
   * Links of a static feed built by `roseup-feed build` (absent from a plain JSON Feed). Each is
   * an absolute http(s) URL; the templates keep their placeholder.
   * `itemUrl`: one item's document, `{key}` standing for `itemKey(id)`.
   */
  itemUrl?: string;
  /** Upcoming events only, soonest first, paged with `next_url`. */
  eventsUrl?: string;
  /** The search index's manifest (prebuilt shards). */
  searchIndexUrl?: string;
  /**
   * One category's articles, newest first, paged with `next_url`; `{category}` stands for
   * `categoryKey(id)` (the id itself when it is a plain slug, see item-key.ts).
   */
  categoryUrl?: string;
  suggestions: Suggestion[];
  /**
   * The usable items, in feed order: each is normalised the first time it is read (`at(i)`,
   * `get(id)`, iteration), so a page that shows one item pays for one.
   */
  items: FeedItems;
  /** Every item that could not be used, with why (known as soon as the feed is read). */
  skipped: SkippedItem[];
}

/** What the feed client hands to an element. */
export interface FeedResult {
  feed: Feed;
  /** True when the network failed and this is the last good copy kept on the device. */
  stale: boolean;
  /** When the copy was fetched from the network. */
  fetchedAt: Date;
}

export const isArticle = (item: FeedItem): item is Article => item.kind === 'article';
export const isEvent = (item: FeedItem): item is RoseUpEvent => item.kind === 'event';
