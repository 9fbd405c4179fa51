import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { toIsoDateTimeAttr } from '../../data/dates.js';
import { formatDayHeading, formatEventDateLine, parisDayStart, visitorZoneDiffersFromParis } from '../../data/event-dates.js';
import type { FeedResult, RoseUpEvent } from '../../data/types.js';
import { clampedInt, heading, headingLevel } from '../internal/attributes.js';
import { FeedElement } from '../internal/feed-element.js';
import { placeText } from '../../data/event-place.js';
import type { LoadFeedOptions } from '../../data/feed-client.js';
import { loadEventsFeed } from '../../data/event-feed.js';
import { LiveRegionController } from '../internal/live-region.js';
import { emit } from '../internal/events.js';
import type { Lang } from '../internal/i18n.js';
import { baseStyles } from '../internal/styles.js';
import { eventListStyles } from './event-list.styles.js';
import { eventListMessages, type EventListMessages } from './messages.js';
import {
  dayKey,
  distinctTerms,
  groupByDay,
  idList,
  matches,
  upcomingEvents,
  type EventCriteria,
} from './event-query.js';

/** Default number of events shown. */
export const DEFAULT_LIMIT = 5;
/** Most events shown at once (as for the article list): more is a page of its own, the agenda. */
const MAX_LIMIT = 50;
/** Pause after a filter change before its count is announced, in ms. */
export const FILTER_ANNOUNCE_DELAY_MS = 1000;
/** Remaining places are shown from this number down. */
export const FEW_PLACES = 5;

type StatusShown = 'cancelled' | 'full' | 'postponed';

const icon = (content: SVGTemplateResult, className = 'icon') =>
  html`<svg class=${className} viewBox="0 0 24 24" aria-hidden="true" focusable="false">${content}</svg>`;

/** What the status icons look like; they are decorative, the word next to them carries the meaning. */
const STATUS_ICONS: Record<StatusShown, TemplateResult> = {
  cancelled: icon(svg`<circle cx="12" cy="12" r="9"/><path d="M5.6 18.4 18.4 5.6"/>`),
  full: icon(svg`<circle cx="9" cy="8" r="3.5"/><path d="M2.5 20c.5-4 3.2-6 6.5-6s6 2 6.5 6"/><path d="M16 11l2 2 4-4"/>`),
  postponed: icon(svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>`),
};
const CALENDAR_ICON = icon(svg`<rect x="3.5" y="5" width="17" height="15" rx="2"/><path d="M3.5 10h17M8 3v4M16 3v4"/>`);
const PLACE_ICON = icon(svg`<path d="M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21z"/><circle cx="12" cy="9.5" r="2.5"/>`);
const CHEVRON = icon(svg`<path d="M6 9l6 6 6-6"/>`, 'icon chevron');

/**
 * A line whose signs are drawn but not read out ("puce", "point médian", or a dash said as
 * nothing): screen readers hear a comma for "•" and "·", and `to` for the "–" between two times.
 */
const spoken = (line: string, to: string) =>
  line
    .split(/( [•·–] )/)
    .map((text, i) => (i % 2 ? html`<span aria-hidden="true">${text}</span><span class="visually-hidden">${text === ' – ' ? to : ', '}</span>` : text));

/** The links of the "Ajouter à mon agenda" menus (`./calendar-menu.ts`), loaded on interaction. */
type CalendarMenuModule = typeof import('./calendar-menu.js');
/**
 * What shows interest in a calendar button, so that the menu's code is usually there by the click:
 * focus, touch, the pointer moving on it (`pointermove`: `pointerover` was not seen when the pointer
 * came from another element of the list in Chromium under test; removed once the code has arrived).
 */
const CALENDAR_INTENT = ['focusin', 'pointermove', 'touchstart'];

interface Selection {
  category: string;
  format: string;
  attendance: string;
}

const NO_SELECTION: Selection = { category: '', format: '', attendance: '' };

/** The properties that decide which events are listed. */
const CRITERIA = ['category', 'format', 'attendance', 'from', 'until', 'filters', 'selection', 'now'] as const;

/** `set` with `id` added, or removed when it was there. */
function toggled(set: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(set);
  if (!next.delete(id)) next.add(id);
  return next;
}

interface Computed {
  /** Upcoming events in the editor's scope, sorted. */
  scoped: RoseUpEvent[];
  /** Those the visitor's filters keep. */
  matching: RoseUpEvent[];
  /** Whether the attributes narrow the list (for the empty message). */
  narrowed: boolean;
}


/**
 * RoseUp's upcoming workshops, talks and support groups, grouped by day and shown in Paris time,
 * each with its place, status in words, remaining places, practical information, a description
 * behind a disclosure button, a registration link and "add to my calendar" (an `.ics` file made
 * in the browser, or Google Calendar). With `filters`, the visitor gets native selects for the
 * topic, format and place; the number of results is announced politely after each change.
 *
 * A cancelled event stays listed with its status, but offers neither registration nor
 * "add to my calendar". A full event (or one with no place left) offers no registration.
 *
 * @tag roseup-event-list
 * @summary Upcoming RoseUp events, by day, in Paris time.
 *
 * @fires roseup-load - The feed was loaded (`detail: { url, stale, fetchedAt, skipped }`).
 * @fires roseup-error - The feed could not be loaded (`detail: { url, reason, status?, message }`),
 *   or the links of an "Ajouter à mon agenda" menu the visitor opened could not be loaded
 *   (`detail: { url: '', reason: 'network', message }`; the menu says so, opening it again tries again).
 *
 * @csspart filters - The `<fieldset>` of filters (with the `filters` attribute).
 * @csspart day - A day: its heading and list of events.
 * @csspart day-heading - The heading of a day ("Aujourd’hui", "Demain", "Vendredi 30 janvier 2026").
 * @csspart event - One event's `<article>`.
 * @csspart labels - The format and category labels.
 * @csspart title - The event's heading, holding the link.
 * @csspart status - The status badge ("Annulé", "Complet", "Reporté").
 * @csspart when - The date line in Paris time.
 * @csspart where - Where it happens.
 * @csspart places - Remaining places, when few are left.
 * @csspart practical-info - The list of practical information.
 * @csspart description - The long description revealed by "En savoir plus".
 * @csspart register - The "S'inscrire" link.
 * @csspart calendar - The "Ajouter à mon agenda" button.
 * @csspart calendar-error - The message shown under it when the menu's links could not be loaded.
 * @csspart empty - The message shown when no event matches.
 * @csspart agenda-link - The link to RoseUp's full agenda.
 * @csspart error - The error message shown when the feed fails.
 * @csspart retry - The retry button inside the error message.
 * @csspart stale - The notice above a copy kept from an earlier visit.
 *
 * @cssprop [--roseup-color-accent=#a3134f] - Brand colour: category labels, links, buttons, icons.
 * @cssprop [--roseup-color-text=inherit] - Text colour (inherited from the page).
 * @cssprop [--roseup-color-muted=#5c5666] - Secondary text: summaries, dates, places.
 * @cssprop [--roseup-color-surface=#ffffff] - Background of cards, lists and menus.
 * @cssprop [--roseup-color-on-accent=#ffffff] - Text of filled buttons, drawn on the accent colour.
 * @cssprop [--roseup-color-border=#d6d0d8] - Borders of cards and fields.
 * @cssprop [--roseup-font-family=inherit] - Font (inherited from the page).
 * @cssprop [--roseup-font-size=medium] - Base text size; everything else is in em.
 * @cssprop [--roseup-radius=0.5rem] - Corner radius.
 * @cssprop [--roseup-space=1rem] - Inner spacing and gaps.
 * @cssprop [--roseup-focus-ring=3px solid #1a5fb4] - Keyboard focus outline (always visible).
 */
export class RoseUpEventList extends FeedElement<EventListMessages> {
  static override styles = [baseStyles, eventListStyles];

  static override get properties(): PropertyDeclarations {
    return {
      category: { reflect: true },
      format: { reflect: true },
      attendance: { reflect: true },
      limit: { type: Number, reflect: true },
      from: { reflect: true },
      until: { reflect: true },
      filters: { type: Boolean, reflect: true },
      headingLevel: { attribute: 'heading-level', type: Number },
      now: { attribute: false },
      selection: { state: true, attribute: false },
      openDescriptions: { state: true, attribute: false },
      openCalendars: { state: true, attribute: false },
      calendarFailed: { state: true, attribute: false },
    };
  }


  /** Only events of this category id (e.g. `activite-physique`); several ids may be separated by commas. */
  declare category?: string;

  /** Only events of this format id (e.g. `atelier`, `groupe-de-parole`); commas for several. */
  declare format?: string;

  /**
   * `offline` (can be attended on site), `online` (can be attended remotely) or `mixed` (both).
   * Events that are both on site and remote match `offline` and `online` too.
   */
  declare attendance?: string;

  /** Largest number of events shown, after filtering (default 5, at most 50). */
  declare limit: number;

  /** First Paris day of events to show, e.g. `2026-02-01` (inclusive). */
  declare from?: string;

  /** Last Paris day of events to show, e.g. `2026-02-28` (inclusive). */
  declare until?: string;

  /** Shows filters (native selects) the visitor can use. */
  declare filters: boolean;

  /** Level of the day headings, 2 to 6; each event's title is one level below (at most 6). */
  declare headingLevel: number;

  /** The current time, for tests and previews. Default: the real clock at each render. */
  declare now?: Date;

  declare private selection: Selection;
  declare private openDescriptions: ReadonlySet<string>;
  /** Events whose "Ajouter à mon agenda" menu is open. */
  declare private openCalendars: ReadonlySet<string>;
  /** The event whose menu says its links could not be loaded. */
  declare private calendarFailed?: string;

  constructor() {
    super(eventListMessages, (english) => english.eventList);
    this.limit = 5; // DEFAULT_LIMIT, written out for the custom-elements manifest
    this.filters = false;
    this.headingLevel = 3;
    this.selection = NO_SELECTION;
    this.openDescriptions = this.openCalendars = new Set();
    for (const type of CALENDAR_INTENT) this.addEventListener(type, this.onCalendarIntent, { passive: true });
  }

  private readonly live = new LiveRegionController(this);
  /** The menus' links, once their module has arrived. */
  private calendar?: InstanceType<CalendarMenuModule['CalendarLinks']>;
  /** The menus' module on its way. */
  private calendarArriving?: Promise<void>;
  /** The event whose menu was opened last: the one told when the module could not be loaded. */
  private lastOpened?: string;
  /** What the list shows, worked out in `willUpdate` when its inputs change, not on every render. */
  private computed?: Computed;
  /** The inputs Lit does not track (the feed, the language, the clock's period) that `computed` was made from. */
  private computedFrom: unknown[] = [];
  private warnedDates = new Set<string>();

  private get clock(): Date {
    const now = this.now;
    return now instanceof Date && !Number.isNaN(now.getTime()) ? now : new Date();
  }

  private get effectiveLimit(): number {
    return clampedInt(this.limit, DEFAULT_LIMIT, MAX_LIMIT);
  }

  private validDay(name: 'from' | 'until'): string | undefined {
    const raw = this[name];
    const key = dayKey(raw);
    if (raw && !key && !this.warnedDates.has(`${name}=${raw}`)) {
      this.warnedDates.add(`${name}=${raw}`);
      console.warn(`[roseup] <roseup-event-list> ${name}="${raw.slice(0, 40)}" is not a date like 2026-02-01; ignored.`);
    }
    return key;
  }

  private get visitorFiltering(): boolean {
    const { category, format, attendance } = this.selection;
    return this.filters && !!(category || format || attendance);
  }

  /** The editor's scope, from the attributes. */
  private get scope(): EventCriteria {
    return {
      categories: idList(this.category),
      formats: idList(this.format),
      attendance: idList(this.attendance),
      from: this.validDay('from'),
      until: this.validDay('until'),
    };
  }

  /** Filters and sorts the feed's events for the attributes and the visitor's filters. */
  private compute(result: FeedResult, now: Date): Computed {
    const { category, format, attendance } = this.selection;
    const scope = this.scope;
    const scoped = upcomingEvents(result.feed.items.events(), now, scope);
    const one = (id: string) => (id ? [id] : []);
    const visitor = { categories: one(category), formats: one(format), attendance: one(attendance) };
    return {
      scoped,
      matching: this.filters ? scoped.filter((e) => matches(e, visitor)) : scoped,
      narrowed: Object.values(scope).some((v) => (Array.isArray(v) ? v.length > 0 : !!v)),
    };
  }

  /**
   * How often a list on the real clock looks again (ms): events that end drop off, and
   * "Demain" becomes "Aujourd’hui" at midnight, without a reload.
   */
  static refreshMs = 60_000;
  private refreshTimer?: ReturnType<typeof setInterval>;

  override connectedCallback(): void {
    super.connectedCallback();
    this.refreshTimer = setInterval(() => {
      if (!this.now) this.requestUpdate();
    }, (this.constructor as typeof RoseUpEventList).refreshMs);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.refreshTimer);
  }

  /** The upcoming-events document when the feed has one, else the entry feed. */
  protected override loadResource(url: string, options: LoadFeedOptions): Promise<FeedResult> {
    // Enough events when the list can be filled (a page of the events document holds every
    // category: a narrow scope may need the next pages).
    const scope = this.scope;
    const wanted = this.effectiveLimit;
    return loadEventsFeed(url, options, (items) => upcomingEvents(items, this.clock, scope).length >= wanted);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('feed')) {
      this.openDescriptions = this.openCalendars = new Set();
      this.calendarFailed = undefined;
      this.live.clear();
    }
    // Filters and sorts again when a criterion, the feed, the language or the clock's period
    // changed: not on a disclosure toggle, and once per period for a list on the real clock.
    const result = this.feedTask.value;
    const now = this.clock;
    const untracked = [result?.feed, this.language, Math.floor(now.getTime() / (this.constructor as typeof RoseUpEventList).refreshMs)];
    const criteria = CRITERIA.some((name) => (changed as Map<PropertyKey, unknown>).has(name));
    if (!result) this.computed = undefined;
    else if (criteria || !this.computed || untracked.some((value, i) => value !== this.computedFrom[i])) {
      this.computed = this.compute(result, now);
      this.computedFrom = untracked;
    }
  }

  /** Also waits for the menus' module while an open menu needs it, so the menu is complete. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const arriving = this.openCalendars.size && !this.calendar && this.calendarArriving;
    if (!arriving) return done;
    await arriving;
    return super.getUpdateComplete();
  }

  protected override render(): TemplateResult {
    return this.renderFeed({ loading: () => this.renderPlaceholder(), content: (result) => this.renderResult(result) });
  }

  private renderPlaceholder(): TemplateResult {
    return html`<div class="placeholder" aria-busy="true">
      <span class="visually-hidden">${this.messages.loading}</span>
      ${this.filters ? html`<div class="skeleton block filters-block"></div>` : nothing}
      <div class="skeleton block heading-block"></div>
      ${Array.from({ length: Math.min(this.effectiveLimit, 8) }, () => html`<div class="skeleton block card-block"></div>`)}
    </div>`;
  }

  private renderResult(result: FeedResult): TemplateResult {
    const lang = this.language;
    const m = this.messages;
    const now = this.clock;
    const { scoped, matching, narrowed } = this.computed ?? this.compute(result, now);
    const shown = matching.slice(0, this.effectiveLimit);
    const agendaUrl = result.feed.agendaUrl;
    const agendaLink = agendaUrl && html`<a part="agenda-link" href=${agendaUrl}>${m.fullAgenda}</a>`;
    const filtering = this.visitorFiltering;
    return html`
      ${this.filters ? this.renderFilters(scoped, m) : nothing}
      ${shown.length
        ? html`${this.renderDays(shown, m, lang, now, result.feed.language)}
          ${matching.length > shown.length && agendaLink ? html`<p class="more">${agendaLink}</p>` : nothing}`
        : html`<div class="empty" part="empty">
            <p>${narrowed || filtering ? m.emptyFiltered : m.emptyNone}</p>
            ${agendaLink ? html`<p>${agendaLink}</p>` : nothing}
            ${filtering
              ? html`<p><button type="button" class="button secondary" @click=${this.resetFilters}>${m.resetFilters}</button></p>`
              : nothing}
          </div>`}`;
  }

  // ---- filters ----

  private renderFilters(scoped: RoseUpEvent[], m: EventListMessages): TemplateResult {
    const places = [
      ...(scoped.some((e) => e.attendance !== 'online') ? [{ id: 'offline', label: m.onSite }] : []),
      ...(scoped.some((e) => e.attendance !== 'offline') ? [{ id: 'online', label: m.remote([]) }] : []),
    ];
    // A select with a single choice is no choice: it is left out (e.g. category="..." fixes it).
    const select = (name: keyof Selection, label: string, all: string, options: { id: string; label: string }[]) => {
      const value = this.selection[name];
      return options.length > 1 || value
        ? html`<div class="field">
            <label for="filter-${name}">${label}</label>
            <select id="filter-${name}" name=${name} @change=${this.onFilterChange}>
              <option value="" ?selected=${!value}>${all}</option>
              ${options.map((o) => html`<option value=${o.id} ?selected=${o.id === value}>${o.label}</option>`)}
            </select>
          </div>`
        : nothing;
    };
    return html`<fieldset class="filters" part="filters">
        <legend>${m.filtersLegend}</legend>
        <div class="fields">
          ${select('category', m.categoryLabel, m.allCategories, distinctTerms(scoped, (e) => e.category))}
          ${select('format', m.formatLabel, m.allFormats, distinctTerms(scoped, (e) => e.format))}
          ${select('attendance', m.attendanceLabel, m.allPlaces, places)}
        </div>
      </fieldset>
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.live.text}</p>`;
  }

  private onFilterChange(event: Event): void {
    const target = event.currentTarget as HTMLSelectElement;
    this.selection = { ...this.selection, [target.name]: target.value };
    // Arrow keys on a closed select fire "change" at every step: say the count once the visitor
    // stops, not over the screen reader reading each option.
    this.live.sayLater(() => this.countText(), FILTER_ANNOUNCE_DELAY_MS);
  }

  private resetFilters(): void {
    this.selection = NO_SELECTION;
    void this.updateComplete.then(() => {
      const text = this.countText();
      if (text) this.live.say(text);
      this.renderRoot.querySelector<HTMLSelectElement>('.filters select')?.focus();
    });
  }

  /** The count the live region says after a change of filters (never on first load); '' without a feed. */
  private countText(): string {
    if (!this.computed) return '';
    const { matching } = this.computed;
    return this.messages.count(matching.length, Math.min(matching.length, this.effectiveLimit));
  }

  // ---- the list ----

  private renderDays(events: RoseUpEvent[], m: EventListMessages, lang: Lang, now: Date, feedLanguage?: string): TemplateResult {
    const dayLevel = headingLevel(this.headingLevel, 3);
    let index = 0;
    return html`<div class="days">
      ${groupByDay(events, now).map((group) => {
        const headingId = `day-${group.key}`;
        const dayStart = parisDayStart(group.key) ?? group.events[0].start;
        return html`<div class="day" part="day">
          ${heading(
            dayLevel,
            { class: 'day-heading', part: 'day-heading', id: headingId },
            html`<time datetime=${group.key}>${formatDayHeading(dayStart, lang, now)}</time>`,
          )}
          <ul class="events" role="list" aria-labelledby=${headingId}>
            ${repeat(
              group.events,
              (e) => e.id,
              (e) => html`<li>${this.renderEvent(e, `event-${index++}`, dayLevel + 1, m, lang, feedLanguage)}</li>`,
            )}
          </ul>
        </div>`;
      })}
    </div>`;
  }

  private renderEvent(
    event: RoseUpEvent,
    id: string,
    level: number,
    m: EventListMessages,
    lang: Lang,
    feedLanguage?: string,
  ): TemplateResult {
    const { capacity, registration, title } = event;
    // The event's own words carry its language (see the article card).
    const contentLang = event.language ?? feedLanguage;
    const remaining = capacity?.remaining;
    // A scheduled event with no place left is full, whatever its status says.
    const status = event.status === 'scheduled' && remaining === 0 ? 'full' : event.status;
    const fewPlaces = status === 'scheduled' && remaining! > 0 && remaining! <= FEW_PLACES;
    const description = event.contentText?.trim();
    const descriptionOpen = this.openDescriptions.has(event.id);
    const access = [
      ...(registration?.free ? [m.free] : []),
      ...(registration && !registration.required ? [registration.url ? m.registrationOptional : m.noRegistration] : []),
    ].join(' · ');
    const place = placeText(event.location, 'short');
    const where =
      event.attendance === 'online'
        ? m.remote(event.remoteChannels)
        : event.attendance === 'mixed'
          ? m.mixed(place, event.remoteChannels)
          : place || m.onSite;

    // "Annulé", "Complet", "Reporté": also said with each link and button of the event, for a
    // visitor who moves from control to control rather than reading the heading.
    const statusId = status !== 'scheduled' ? `${id}-status` : undefined;
    return html`<article class="event status-${status}" part="event" aria-labelledby="${id}-title">
      ${heading(
        level,
        { class: 'title', part: 'title', id: `${id}-title` },
        html`${event.url
          ? html`<a href=${event.url} lang=${ifDefined(contentLang)} aria-describedby=${ifDefined(statusId)}>${title}</a>`
          : html`<span lang=${ifDefined(contentLang)}>${title}</span>`}${status !== 'scheduled'
          ? html`<span class="visually-hidden">, </span><span class="status" part="status" id="${id}-status"
                >${STATUS_ICONS[status]}${m.status[status]}</span
              >`
          : nothing}`,
      )}
      ${event.format || event.category
        ? html`<p class="labels" part="labels" lang=${ifDefined(contentLang)}>
            ${event.format ? html`<span class="format">${event.format.label}</span>` : nothing}
            ${event.format && event.category ? html`<span class="visually-hidden">, </span>` : nothing}
            ${event.category ? html`<span class="category">${event.category.label}</span>` : nothing}
          </p>`
        : nothing}
      <p class="when" part="when">
        ${CALENDAR_ICON}<span
          ><time datetime=${toIsoDateTimeAttr(event.start)}
            >${spoken(formatEventDateLine(event.start, event.end, lang), m.timeTo)}</time
          >${visitorZoneDiffersFromParis(event.start)
            ? html` <span class="zone">${m.parisTime}</span>`
            : nothing}</span
        >
      </p>
      <p class="where" part="where">${PLACE_ICON}<span>${where}</span></p>
      ${fewPlaces ? html`<p class="places" part="places">${m.fewPlaces(remaining!)}</p>` : nothing}
      ${access ? html`<p class="access">${spoken(access, '')}</p>` : nothing}
      ${event.summary ? html`<p class="summary">${event.summary}</p>` : nothing}
      ${event.practicalInfo.length
        ? html`<div class="info" part="practical-info">
            <p class="info-title" id="${id}-info">${m.practicalInfo}</p>
            <ul aria-labelledby="${id}-info">
              ${event.practicalInfo.map((line) => html`<li>${line}</li>`)}
            </ul>
          </div>`
        : nothing}
      ${description && description !== event.summary?.trim()
        ? html`<div class="disclosure">
            <button
              type="button"
              class="toggle"
              aria-expanded=${descriptionOpen ? 'true' : 'false'}
              aria-controls="${id}-description"
              aria-describedby=${ifDefined(statusId)}
              @click=${() => this.toggleDescription(event.id)}
            >
              ${m.readMore}<span class="visually-hidden">${m.aboutTitle(title)}</span>${CHEVRON}
            </button>
            <div class="description" part="description" id="${id}-description" lang=${ifDefined(contentLang)} ?hidden=${!descriptionOpen}>
              ${descriptionOpen ? description.split(/\n{2,}/).map((p) => html`<p>${p}</p>`) : nothing}
            </div>
          </div>`
        : nothing}
      ${status !== 'cancelled' ? this.renderActions(event, id, status !== 'full', m, lang, statusId) : nothing}
    </article>`;
  }

  /**
   * Registration and "add to my calendar". A cancelled event gets neither (it would only mislead),
   * so this is not called for it; a full one offers no registration.
   */
  private renderActions(event: RoseUpEvent, id: string, open: boolean, m: EventListMessages, lang: Lang, statusId?: string): TemplateResult {
    const registration = open && event.registration?.url;
    const menuOpen = this.openCalendars.has(event.id);
    const links = menuOpen && this.calendar?.render(event, lang, m);
    return html`<div class="actions">
      ${registration
        ? html`<a class="button" part="register" href=${registration} aria-describedby=${ifDefined(statusId)}
            >${m.register}<span class="visually-hidden">${m.forTitle(event.title)}</span></a
          >`
        : nothing}
      <div class="calendar" @keydown=${(e: KeyboardEvent) => this.onCalendarKeydown(e, event.id)}>
        <button
          type="button"
          class="button secondary toggle"
          part="calendar"
          aria-expanded=${menuOpen ? 'true' : 'false'}
          aria-controls="${id}-calendar"
          aria-describedby=${ifDefined(statusId)}
          @click=${() => this.toggleCalendar(event.id)}
        >
          ${m.addToCalendar}<span class="visually-hidden">${m.calendarFor(event.title)}</span>${CHEVRON}
        </button>
        <ul class="calendar-menu" role="list" id="${id}-calendar" ?hidden=${!links}>
          ${links || nothing}
        </ul>
        ${menuOpen && this.calendarFailed === event.id
          ? html`<p part="calendar-error" role="alert">${this.messages.calendarFailed} ${this.common.errorNetwork}</p>`
          : nothing}
      </div>
    </div>`;
  }

  private toggleDescription(eventId: string): void {
    this.openDescriptions = toggled(this.openDescriptions, eventId);
  }

  // ---- "Ajouter à mon agenda" ----

  /**
   * Loads the menus' module (`./calendar-menu.ts`). Internal, not part of the public API.
   * @internal
   * @ignore
   */
  static loadCalendarMenu = (): Promise<CalendarMenuModule> => import('./calendar-menu.js');

  /**
   * Opens or closes a menu at once, whether its links have arrived or not: they show when they
   * arrive, and a failure is said in the menu just opened. Opening asks for them again after a failure.
   */
  private toggleCalendar(eventId: string): void {
    this.openCalendars = toggled(this.openCalendars, eventId);
    if (!this.openCalendars.has(eventId)) return;
    this.lastOpened = eventId;
    this.calendarFailed = undefined;
    this.loadCalendar();
  }

  /** The menus' module, unless it is loaded or on its way. */
  private loadCalendar(): void {
    this.calendarArriving ??= (this.constructor as typeof RoseUpEventList).loadCalendarMenu().then(
      (module) => {
        this.calendar ??= new module.CalendarLinks(this);
        // Interest no longer matters (pointermove would otherwise run it on every move over the list).
        for (const type of CALENDAR_INTENT) this.removeEventListener(type, this.onCalendarIntent);
      },
      (error: unknown) => {
        // Nothing is lost: opening a menu again tries again.
        this.calendarArriving = undefined;
        console.error('[roseup] <roseup-event-list>: the calendar links could not be loaded.', error);
        const opened = this.lastOpened;
        // Interest alone (focus, pointer) is nobody's concern yet: only an open menu is told.
        if (!opened || !this.openCalendars.has(opened)) return;
        this.calendarFailed = opened;
        emit(this, 'roseup-error', { url: '', reason: 'network', message: 'The calendar links could not be loaded.' });
      },
    );
  }

  /** Focus, pointer or touch on an "Ajouter à mon agenda" button: its menu's code is fetched now. */
  private readonly onCalendarIntent = (event: Event): void => {
    if (!this.calendar && (event.composedPath()[0] as Element).closest?.('.calendar')) this.loadCalendar();
  };

  /** Escape closes an open menu and gives focus back to its button (bound on the menu's container). */
  private onCalendarKeydown(event: KeyboardEvent, eventId: string): void {
    if (event.key !== 'Escape' || !this.openCalendars.has(eventId)) return;
    event.preventDefault();
    this.toggleCalendar(eventId);
    (event.currentTarget as HTMLElement).querySelector('button')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'roseup-event-list': RoseUpEventList;
  }
}
