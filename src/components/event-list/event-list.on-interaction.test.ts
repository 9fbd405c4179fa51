// The event list before the links of its "Ajouter à mon agenda" menus have arrived: their module
// (calendar-menu.ts, with the calendar code) is fetched on interaction only. This file must not
// import it: the first test checks, from the page's own request log and the server's, that
// nothing has fetched it. The module is held back at the HTTP level (test/server/mock-feed-server.mjs,
// /mock/gate), never replaced. The tests run in order, in one page, and share its one load of the
// module: the second holds it back, then lets it through. A failed load is tested in
// event-list.calendar-failure.test.ts, in a page of its own.
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { resetFeedClient } from '../../data/feed-client.js';
import type { RoseUpEventList } from './event-list.js';
import './define.js';
import { gateModule, jsonFeed, moduleHits, serveFeed, until } from '../../../test/helpers/feeds.js';

const MENU_MODULE = '/src/components/event-list/calendar-menu.ts';
/** The menus' modules: none may be imported before an interaction (gateModule's own `fetch` aside). */
const MENU_MODULES = /\/(calendar-menu|calendar)\.ts/;
const menuRequests = () =>
  (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .filter((entry) => entry.initiatorType !== 'fetch')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => MENU_MODULES.test(path));

// Thursday 29 January 2026, noon in Paris.
const NOW = new Date('2026-01-29T12:00:00+01:00');

const event = (slug: string, title: string, start: string, end: string) => ({
  id: `https://www.rose-up.fr/agenda/${slug}/#${start.slice(0, 16)}`,
  url: `https://www.rose-up.fr/agenda/${slug}/`,
  title,
  summary: `Résumé : ${title}.`,
  _roseup: {
    kind: 'event',
    category: { id: 'activite-physique', label: 'Activité physique' },
    format: { id: 'atelier', label: 'Atelier' },
    event: { start, end, time_zone: 'Europe/Paris', status: 'scheduled', attendance: 'offline', location: { name: 'Maison RoseUp Paris', locality: 'Paris' } },
  },
});
const FEED = jsonFeed([
  event('qi-gong', 'Qi Gong adapté', '2026-01-30T10:00:00+01:00', '2026-01-30T11:00:00+01:00'),
  event('yoga', 'Yoga doux', '2026-02-10T10:00:00+01:00', '2026-02-10T11:15:00+01:00'),
]);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function showList(name: string): Promise<RoseUpEventList> {
  const { url } = await serveFeed(name, FEED);
  const el = await fixture<RoseUpEventList>(html`<roseup-event-list feed=${url} .now=${NOW}></roseup-event-list>`);
  await until(() => !!el.shadowRoot?.querySelector('[part="calendar"]'), 'the list');
  return el;
}

const buttons = (el: RoseUpEventList) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="calendar"]')];
const menuOf = (el: RoseUpEventList, button: HTMLButtonElement) => el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
const linksOf = (el: RoseUpEventList, button: HTMLButtonElement) => [...menuOf(el, button).querySelectorAll('a')];

describe('<roseup-event-list> before its calendar menus have their links', () => {
  let errors: Event[] = [];
  const onError = (e: Event) => errors.push(e);
  before(() => document.addEventListener('roseup-error', onError));
  after(async () => {
    document.removeEventListener('roseup-error', onError);
    await gateModule(MENU_MODULE, 'open');
  });
  beforeEach(() => {
    resetFeedClient();
    errors = [];
  });
  afterEach(() => resetMouse());

  it('shows every "Ajouter à mon agenda" button, closed and accessible, without requesting the menus’ code', async () => {
    await gateModule(MENU_MODULE, 'hold');
    const el = await showList('calendar-untouched');
    const [first] = buttons(el);
    expect(buttons(el)).to.have.length(2);
    expect(first.getAttribute('aria-expanded')).to.equal('false');
    expect(menuOf(el, first).hidden).to.equal(true);
    await expect(el).to.be.accessible();
    // Still nothing once the page is idle.
    await pause(300);
    expect(menuRequests()).to.deep.equal([]);
    expect(await moduleHits(MENU_MODULE)).to.equal(0);
  });

  it('opens the menu at once from the keyboard while its links are on their way, once; they appear when they arrive', async () => {
    await gateModule(MENU_MODULE, 'hold');
    const el = await showList('calendar-held');
    const [first, second] = buttons(el);
    // Focus alone asks for the links, ahead of the key.
    first.focus();
    await until(async () => (await moduleHits(MENU_MODULE)) === 1, 'the request on focus');

    await sendKeys({ press: 'Enter' });
    await until(() => first.getAttribute('aria-expanded') === 'true', 'the menu opened at once');
    expect(menuOf(el, first).hidden, 'no empty menu shown').to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(first);
    // The second menu: opened and closed again while waiting (Space, then Escape).
    second.focus();
    await sendKeys({ press: 'Space' });
    await until(() => second.getAttribute('aria-expanded') === 'true', 'the second menu opened');
    await sendKeys({ press: 'Escape' });
    await until(() => second.getAttribute('aria-expanded') === 'false', 'the second menu closed by Escape');
    expect(el.shadowRoot!.activeElement).to.equal(second);
    first.focus();
    await pause(100);
    expect(first.getAttribute('aria-expanded')).to.equal('true');
    expect(linksOf(el, first)).to.have.length(0);

    await gateModule(MENU_MODULE, 'open');
    await until(() => linksOf(el, first).length === 2, 'the links, once arrived');
    await el.updateComplete;
    // Applied once: the first menu stays open, the second stays closed, focus has not moved.
    expect(first.getAttribute('aria-expanded')).to.equal('true');
    expect(menuOf(el, first).hidden).to.equal(false);
    expect(second.getAttribute('aria-expanded')).to.equal('false');
    expect(menuOf(el, second).hidden).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(first);
    const [ics, google] = linksOf(el, first);
    expect(ics.href).to.match(/^blob:/);
    expect(await (await fetch(ics.href)).text()).to.contain('SUMMARY:Qi Gong adapté');
    expect(google.href.startsWith('https://calendar.google.com/calendar/render?')).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="calendar-error"]')).to.equal(null);
    expect(errors).to.deep.equal([]);
    await expect(el).to.be.accessible();

    // Requested once for the whole page.
    expect(await moduleHits(MENU_MODULE)).to.equal(1);
    // The next key goes the usual way: Tab reaches the first link.
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(ics);
  });

  it('once the page has the links’ code, a click opens a new list’s menu with its links', async () => {
    const el = await showList('calendar-loaded');
    const [first] = buttons(el);
    const box = first.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await el.updateComplete;
    expect(first.getAttribute('aria-expanded')).to.equal('true');
    expect(linksOf(el, first)).to.have.length(2);
  });
});
