/**
 * Writes a normalised item (types.ts) back as a JSON Feed 1.1 item in RoseUp's contract. The
 * build publishes what the elements would read, not the corpus as given: text is already
 * cleaned, relative URLs are resolved, feed-level authors are copied onto the item, and the
 * elements' own reading of `content_html` becomes `content_text`.
 */
import type { Author, FeedItem, Term } from '../data/types.js';

type Json = Record<string, unknown>;

/** RFC 3339 in UTC, without milliseconds when there are none. */
export const rfc3339 = (date: Date): string => date.toISOString().replace('.000Z', 'Z');

/** Drops undefined fields and empty lists/objects, so documents stay small and stable. */
function compact(value: Json): Json {
  const out: Json = {};
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined) continue;
    if (Array.isArray(field) && !field.length) continue;
    if (field && typeof field === 'object' && !Array.isArray(field) && !Object.keys(field).length) continue;
    out[key] = field;
  }
  return out;
}

const termJson = (t: Term | undefined): Json | undefined => (t ? { id: t.id, label: t.label } : undefined);

const authorJson = (a: Author): Json =>
  compact({ name: a.name, url: a.url, avatar: a.avatar, _roseup: compact({ role: a.role, bio: a.bio }) });

export interface ItemJsonOptions {
  /** Include `content_text` (item documents do; list pages carry summaries only). */
  content: boolean;
}

export function itemToJson(item: FeedItem, { content }: ItemJsonOptions): Json {
  const ext: Json = {
    kind: item.kind,
    category: termJson(item.category),
    format: termJson(item.format),
    image_alt: item.image ? item.imageAlt : undefined,
  };
  if (item.kind === 'article') {
    ext.reading_minutes = item.readingMinutes;
  } else {
    const location = item.location;
    ext.event = compact({
      start: rfc3339(item.start),
      end: item.end ? rfc3339(item.end) : undefined,
      time_zone: item.timeZone,
      status: item.status,
      attendance: item.attendance,
      location: location
        ? compact({
            name: location.name,
            street_address: location.streetAddress,
            locality: location.locality,
            postal_code: location.postalCode,
            country: location.country,
          })
        : undefined,
      remote: item.remoteChannels.length ? { channels: [...item.remoteChannels] } : undefined,
      registration: item.registration ? compact({ ...item.registration }) : undefined,
      capacity: item.capacity ? compact({ ...item.capacity }) : undefined,
      practical_info: item.practicalInfo,
    });
  }
  return compact({
    id: item.id,
    url: item.url,
    title: item.title,
    summary: item.summary,
    content_text: content ? item.contentText : undefined,
    image: item.image,
    date_published: item.datePublished ? rfc3339(item.datePublished) : undefined,
    date_modified: item.dateModified ? rfc3339(item.dateModified) : undefined,
    tags: item.tags,
    authors: item.authors.map(authorJson),
    language: item.language,
    _roseup: compact(ext),
  });
}
