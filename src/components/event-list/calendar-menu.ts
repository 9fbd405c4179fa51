import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '../internal/i18n.js';
import type { RoseUpEvent } from '../../data/types.js';

/** `.ics` and Google Calendar links: loaded when an "Ajouter à mon agenda" menu first opens. */
export type Calendar = typeof import('../../data/calendar.js');

/**
 * The "Ajouter à mon agenda" disclosure menus of an event list: which are open, the calendar
 * module they need (loaded on first opening, tried again on the next one after a failure), the
 * `blob:` URL of each event's `.ics` file (revoked when the element leaves the page), and Escape.
 */
export class CalendarMenuController implements ReactiveController {
  private readonly opened = new Set<string>();
  private readonly objectUrls = new Map<RoseUpEvent, string>();
  private module?: Calendar;
  private loading?: Promise<void>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  isOpen(eventId: string): boolean {
    return this.opened.has(eventId);
  }

  /** The calendar module for an open menu, once it has arrived. */
  calendarFor(eventId: string): Calendar | undefined {
    return this.opened.has(eventId) ? this.module : undefined;
  }

  /** Settles when the module an open menu waits for has arrived (undefined: nothing to wait for). */
  get arriving(): Promise<void> | undefined {
    return this.module ? undefined : this.loading;
  }

  toggle(eventId: string): void {
    if (!this.opened.delete(eventId)) this.opened.add(eventId);
    this.host.requestUpdate();
    this.loading ??= import('../../data/calendar.js').then(
      (module) => {
        this.module = module;
        this.host.requestUpdate();
      },
      (error) => {
        this.loading = undefined;
        console.error('[roseup] <roseup-event-list>: the calendar module could not be loaded.', error);
      },
    );
  }

  /** A new feed: every menu closes. */
  closeAll(): void {
    this.opened.clear();
  }

  /** A `blob:` URL for the event's iCalendar file, made when its menu first opens. */
  icsUrl(cal: Calendar, event: RoseUpEvent, lang: Lang): string {
    let url = this.objectUrls.get(event);
    if (!url) this.objectUrls.set(event, (url = URL.createObjectURL(cal.icsBlob(cal.buildIcs(event, { lang })))));
    return url;
  }

  /** Escape closes the menu and returns focus to its button (bind on the menu's container). */
  onKeydown(event: KeyboardEvent, eventId: string): void {
    if (event.key !== 'Escape' || !this.opened.has(eventId)) return;
    event.preventDefault();
    const container = event.currentTarget as HTMLElement;
    this.toggle(eventId);
    container.querySelector<HTMLButtonElement>('button')?.focus();
  }

  hostConnected(): void {
    // Object URLs were revoked when the element left the page: open menus need new ones.
    if (this.opened.size) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    for (const url of this.objectUrls.values()) URL.revokeObjectURL(url);
    this.objectUrls.clear();
  }
}
