// The event list when the links of its "Ajouter à mon agenda" menus cannot be loaded: the test
// server answers 404 for their module (test/server/mock-feed-server.mjs, /mock/gate), in a page of
// its own (a module that failed to load may stay failed for the page). This file must not
// import calendar-menu.ts.
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { resetFeedClient } from '../../data/feed-client.js';
import type { RoseUpErrorDetail } from '../internal/events.js';
import type { RoseUpEventList } from './event-list.js';
import './define.js';
import { gateModule, jsonFeed, moduleHits, serveFeed, until } from '../../../test/helpers/feeds.js';

const MENU_MODULE = '/src/components/event-list/calendar-menu.ts';
const NOW = new Date('2026-01-29T12:00:00+01:00');
const FEED = jsonFeed([
  {
    id: 'https://www.rose-up.fr/agenda/qi-gong/#2026-01-30T10:00',
    url: 'https://www.rose-up.fr/agenda/qi-gong/',
    title: 'Qi Gong adapté',
    summary: 'Initiation au Qi Gong.',
    _roseup: {
      kind: 'event',
      format: { id: 'atelier', label: 'Atelier' },
      event: { start: '2026-01-30T10:00:00+01:00', end: '2026-01-30T11:00:00+01:00', time_zone: 'Europe/Paris', status: 'scheduled', attendance: 'offline' },
    },
  },
]);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const centre = (element: Element): [number, number] => {
  const box = element.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
};

describe('<roseup-event-list> when its calendar menus’ links cannot be loaded', () => {
  const consoleError = console.error;
  after(async () => {
    console.error = consoleError;
    await resetMouse();
    await gateModule(MENU_MODULE, 'open');
  });

  it('says so under the opened menu’s button, keeps the focus there, fires roseup-error, and tries again when opened again', async () => {
    resetFeedClient();
    await gateModule(MENU_MODULE, 'fail');
    const logged: unknown[][] = [];
    console.error = (...args: unknown[]) => void logged.push(args);
    const errors: RoseUpErrorDetail[] = [];
    document.addEventListener('roseup-error', (e) => errors.push((e as CustomEvent<RoseUpErrorDetail>).detail));

    const { url } = await serveFeed('calendar-404', FEED);
    const el = await fixture<RoseUpEventList>(html`<roseup-event-list feed=${url} .now=${NOW}></roseup-event-list>`);
    await until(() => !!el.shadowRoot?.querySelector('[part="calendar"]'), 'the list');
    const root = el.shadowRoot!;
    const button = root.querySelector<HTMLButtonElement>('[part="calendar"]')!;
    const message = () => root.querySelector('[part="calendar-error"]');

    // The pointer over the event's text asks for nothing; over the button, for the links.
    await sendMouse({ type: 'move', position: centre(root.querySelector('[part="where"]')!) });
    await pause(100);
    expect(await moduleHits(MENU_MODULE)).to.equal(0);
    await sendMouse({ type: 'move', position: centre(button) });
    await until(async () => (await moduleHits(MENU_MODULE)) === 1, 'the request when the pointer comes over the button');
    // Nobody asked for a menu yet: the failure is not the visitor's concern.
    await pause(100);
    expect(message()).to.equal(null);
    expect(errors).to.deep.equal([]);

    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => message() !== null, 'the failure message');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(message()!.getAttribute('role')).to.equal('alert');
    expect(message()!.textContent!.trim()).to.equal('Les liens d’agenda n’ont pas pu être chargés. Vérifiez votre connexion internet, puis réessayez.');
    expect(errors).to.deep.equal([{ url: '', reason: 'network', message: 'The calendar links could not be loaded.' }]);
    expect(String(logged.at(-1)?.[0])).to.contain('could not be loaded');
    expect(root.activeElement).to.equal(button);
    expect(root.getElementById(button.getAttribute('aria-controls')!)!.hidden).to.equal(true);
    await expect(el).to.be.accessible();

    // Closing takes the message away; opening again tries again, and says it again.
    await sendKeys({ press: 'Enter' });
    await until(() => message() === null, 'the message gone with the menu');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await until(() => errors.length === 2, 'a second roseup-error');
    await el.updateComplete;
    expect(message()).to.not.equal(null);
    expect(root.activeElement).to.equal(button);
    // Escape closes the menu and its message.
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(message()).to.equal(null);
  });
});
