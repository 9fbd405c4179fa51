/**
 * What an open "Ajouter à mon agenda" menu holds: the `.ics` file made in the browser and the
 * Google Calendar link. Loaded on interaction only (`RoseUpEventList.loadCalendarMenu`), with the
 * calendar code (`data/calendar.ts`) it brings: the list itself keeps which menus are open, their
 * buttons and Escape, so that nothing the visitor does waits for this module.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { buildIcs, googleCalendarUrl, icsBlob, icsFileName } from '../../data/calendar.js';
import type { RoseUpEvent } from '../../data/types.js';
import type { Lang } from '../internal/i18n.js';
import type { EventListMessages } from './messages.js';

const icon = (path: string) =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${path} /></svg>`;
const DOWNLOAD = 'M12 4v11M7 10l5 5 5-5M5 20h14';
const EXTERNAL = 'M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5';

/**
 * The menus' links for one list: the `blob:` URL of each event's `.ics` file, made when its menu
 * first shows, and revoked when the list leaves the page (made again if it comes back).
 */
export class CalendarLinks implements ReactiveController {
  private readonly urls = new Map<RoseUpEvent, string>();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The items of an open menu. */
  render(event: RoseUpEvent, lang: Lang, m: EventListMessages): TemplateResult {
    let url = this.urls.get(event);
    if (!url) this.urls.set(event, (url = URL.createObjectURL(icsBlob(buildIcs(event, { lang })))));
    return html`<li><a href=${url} download=${icsFileName(event, lang)}>${icon(DOWNLOAD)}${m.downloadIcs}</a></li>
      <li>
        <a href=${googleCalendarUrl(event, lang)} target="_blank" rel="noopener noreferrer"
          >${icon(EXTERNAL)}${m.googleCalendar}<span class="visually-hidden">${m.newWindow}</span></a
        >
      </li>`;
  }

  hostConnected(): void {
    // Back on the page: open menus need new URLs (the old ones were revoked).
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    for (const url of this.urls.values()) URL.revokeObjectURL(url);
    this.urls.clear();
  }
}
