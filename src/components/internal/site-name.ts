import type { Feed } from '../../data/types.js';

/**
 * Whose site a feed's home page is, for link texts ("Voir les autres contenus de RoseUp"):
 * RoseUp on rose-up.fr, else the feed's title, else the site's host name, so that a link's text
 * always says where it goes.
 */
export function siteName(feed: Feed, home: string): string {
  const host = new URL(home).hostname;
  return /(^|\.)rose-up\.fr$/.test(host) ? 'RoseUp' : feed.title || host;
}
