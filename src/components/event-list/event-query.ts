/**
 * Which events a list shows: upcoming only, in the editor's scope (declarative attributes), then
 * the visitor's choices, sorted by start and cut to the limit before anything is rendered.
 * Plain functions on models, no Lit.
 */
import { parisDayKey } from '../../data/dates.js';
import { parisDayStart } from '../../data/event-dates.js';
import { isEvent, type Attendance, type FeedItem, type RoseUpEvent, type Term } from '../../data/types.js';

export interface EventCriteria {
  /** Category ids; empty means any. */
  categories: readonly string[];
  formats: readonly string[];
  /** `offline` and `online` also match `mixed` events (they can be attended that way). */
  attendance: readonly string[];
  /** First Paris day, "2026-02-01" (inclusive). */
  from?: string;
  /** Last Paris day (inclusive). */
  until?: string;
}

/** "activite-physique, beaute" → ["activite-physique", "beaute"]. */
export function idList(value: string | undefined | null): string[] {
  if (!value) return [];
  return value
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A valid Paris day key ("2026-02-01") or undefined. */
export function dayKey(value: string | undefined | null): string | undefined {
  const key = value?.trim();
  return key && parisDayStart(key) ? key : undefined;
}

/** Past when its end (or its start, without an end) is before `now`. */
export function isUpcoming(event: RoseUpEvent, now: Date): boolean {
  return (event.end ?? event.start).getTime() >= now.getTime();
}

export function attendanceMatches(attendance: Attendance, wanted: string): boolean {
  if (wanted === attendance) return true;
  return attendance === 'mixed' && (wanted === 'offline' || wanted === 'online');
}

export function matches(event: RoseUpEvent, criteria: EventCriteria): boolean {
  const { categories, formats, attendance, from, until } = criteria;
  if (categories.length && !(event.category && categories.includes(event.category.id))) return false;
  if (formats.length && !(event.format && formats.includes(event.format.id))) return false;
  if (attendance.length && !attendance.some((a) => attendanceMatches(event.attendance, a))) return false;
  if (from || until) {
    const day = parisDayKey(event.start);
    if (from && day < from) return false;
    if (until && day > until) return false;
  }
  return true;
}

/** By start; at the same start, the shorter first (as on RoseUp's agenda); then by id, for stability. */
export const byStart = (a: RoseUpEvent, b: RoseUpEvent): number =>
  a.start.getTime() - b.start.getTime() ||
  (a.end ?? a.start).getTime() - (b.end ?? b.start).getTime() ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Upcoming events in the editor's scope, sorted by start. Given a feed's `items.events()`, its
 * articles are not even normalised.
 */
export function upcomingEvents(items: Iterable<FeedItem>, now: Date, scope: EventCriteria): RoseUpEvent[] {
  const found: RoseUpEvent[] = [];
  for (const item of items) if (isEvent(item) && isUpcoming(item, now) && matches(item, scope)) found.push(item);
  return found.sort(byStart);
}

export interface DayGroup {
  /** Paris day, "2026-01-30". */
  key: string;
  events: RoseUpEvent[];
}

/**
 * Consecutive events (already sorted) grouped by the Paris day of their start; one that began
 * on an earlier day and is still going on (an exhibition, a programme) is listed under today.
 */
export function groupByDay(events: readonly RoseUpEvent[], now: Date): DayGroup[] {
  const today = parisDayKey(now);
  const groups: DayGroup[] = [];
  for (const event of events) {
    const start = parisDayKey(event.start);
    const key = start < today ? today : start;
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.events.push(event);
    else groups.push({ key, events: [event] });
  }
  return groups;
}

/**
 * A label's place in alphabetical order, ignoring case and accents (what `Intl.Collator` with
 * `sensitivity: 'base'` compares on): "Éducation" sorts with "education", "Œnologie" as
 * "oenologie". Not a collator: creating one takes 12 ms on a desktop and about 50 ms on a slowed
 * phone, which the event list's first render paid for a handful of filter labels. The search's
 * `foldText` (data/french-text.ts) folds the same way, but that module loads with the search
 * engine: importing it here would ship it, or a chunk of its own, with every event list.
 */
const sortKey = (label: string): string =>
  label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');

/** Distinct terms of the events, sorted by label (case and accents aside). */
export function distinctTerms(events: readonly RoseUpEvent[], pick: (e: RoseUpEvent) => Term | undefined): Term[] {
  const seen = new Map<string, { term: Term; key: string }>();
  for (const event of events) {
    const term = pick(event);
    if (term && !seen.has(term.id)) seen.set(term.id, { term, key: sortKey(term.label) });
  }
  return [...seen.values()]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)) // stable: equal keys keep the feed's order
    .map(({ term }) => term);
}
