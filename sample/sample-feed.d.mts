/**
 * Types for ./sample-feed.mjs, and the shape of the JSON the feed carries: JSON Feed 1.1 plus
 * RoseUp's `_roseup` extension (the README's "The feed"). These describe raw JSON, with
 * snake_case keys and RFC 3339 strings, not the models of src/data/types.ts.
 */

export declare const PARIS_TIME_ZONE: 'Europe/Paris';

export interface JsonFeedTerm {
  id: string;
  label: string;
}

export interface JsonFeedAuthor {
  name?: string;
  url?: string;
  avatar?: string;
  _roseup?: { role?: string; bio?: string };
}

export interface JsonFeedLocation {
  name?: string;
  street_address?: string;
  locality?: string;
  postal_code?: string;
  country?: string;
}

export interface JsonFeedEvent {
  /** RFC 3339 with offset, e.g. "2026-01-30T10:00:00+01:00". */
  start: string;
  end?: string;
  time_zone: string;
  status: 'scheduled' | 'cancelled' | 'postponed' | 'full';
  attendance: 'offline' | 'online' | 'mixed';
  location?: JsonFeedLocation;
  remote?: { channels: Array<'phone' | 'video'> };
  registration?: { url?: string; required: boolean; free?: boolean };
  capacity?: { maximum?: number; remaining?: number };
  practical_info?: string[];
}

export interface JsonFeedItemExtension {
  kind: 'article' | 'event';
  /** Text alternative for `image`; "" means decorative. */
  image_alt?: string;
  category?: JsonFeedTerm;
  format?: JsonFeedTerm;
  /** Articles only. */
  reading_minutes?: number;
  /** Events only. */
  event?: JsonFeedEvent;
}

export interface JsonFeedItem {
  id: string;
  url?: string;
  external_url?: string;
  title?: string;
  summary?: string;
  content_text?: string;
  content_html?: string;
  /** May be relative to the feed's URL (the sample feed's images are). */
  image?: string;
  banner_image?: string;
  date_published?: string;
  date_modified?: string;
  tags?: string[];
  authors?: JsonFeedAuthor[];
  language?: string;
  _roseup?: JsonFeedItemExtension;
}

export interface JsonFeedSuggestion {
  label: string;
  query: string;
}

export interface JsonFeedExtension {
  schema: number;
  search_url?: string;
  agenda_url?: string;
  suggestions?: JsonFeedSuggestion[];
}

export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url?: string;
  feed_url?: string;
  description?: string;
  next_url?: string;
  language?: string;
  _roseup?: JsonFeedExtension;
  items: JsonFeedItem[];
}

export interface SampleFeedOptions {
  /** The instant events are laid out around (default: the current time). */
  now?: Date;
  /** The URL the feed is served from (default "http://localhost:8000/feed.json"). */
  feedUrl?: string;
  /** 1 (articles and events, with `next_url`) or 2 (older articles); later pages are empty. */
  page?: number;
}

/**
 * RoseUp's sample feed as plain JSON: page 1 holds 14 articles and 15 events (one of which
 * ended the day before `now`), page 2 holds 7 older articles. Same `now`, same document.
 */
export declare function buildSampleFeed(options?: SampleFeedOptions): JsonFeed;
