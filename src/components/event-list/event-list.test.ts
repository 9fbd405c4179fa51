import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { configureFeedClient, resetFeedClient } from '../../data/feed-client.js';
import type { RoseUpEventList } from './event-list.js';
import './define.js';
import { hits, jsonFeed, serveFeed, stickingOut, until } from '../../../test/helpers/feeds.js';
import { buildSampleFeed } from '../../../sample/sample-feed.mjs';
import { buildSyntheticFeed } from '../../../sample/synthetic-feed.mjs';

// Thursday 29 January 2026, noon in Paris.
const NOW = new Date('2026-01-29T12:00:00+01:00');
const AGENDA = 'https://www.rose-up.fr/agenda/';

const PARIS_HOUSE = { name: 'Maison RoseUp Paris', locality: 'Paris', postal_code: '75011', country: 'FR' };
const term = (id: string, label: string) => ({ id, label });
const ACTIVITE = term('activite-physique', 'Activité physique');
const ANGOISSE = term('angoisse-et-stress', 'Angoisse et stress');
const BEAUTE = term('beaute', 'Beauté');
const METASTASES = term('cancers-metastatiques', 'Cancers métastatiques');
const ALIMENTATION = term('alimentation', 'Alimentation');
const ATELIER = term('atelier', 'Atelier');
const ECHANGE = term('temps-d-echange', "Temps d'échange");
const GROUPE = term('groupe-de-parole', 'Groupe de parole');

interface EventSpec {
  slug: string;
  title: string;
  start: string;
  end?: string;
  category?: { id: string; label: string };
  format?: { id: string; label: string };
  status?: string;
  attendance?: string;
  location?: Record<string, string>;
  channels?: string[];
  registration?: Record<string, unknown> | null;
  capacity?: Record<string, number>;
  practicalInfo?: string[];
  summary?: string;
  text?: string;
  url?: string;
}

function rawEvent(spec: EventSpec) {
  const url = spec.url ?? `https://www.rose-up.fr/agenda/${spec.slug}/`;
  const event: Record<string, unknown> = {
    start: spec.start,
    time_zone: 'Europe/Paris',
    status: spec.status ?? 'scheduled',
    attendance: spec.attendance ?? 'offline',
  };
  if (spec.end) event.end = spec.end;
  if (spec.location) event.location = spec.location;
  if (spec.channels) event.remote = { channels: spec.channels };
  if (spec.registration !== null) event.registration = spec.registration ?? { url: `${url}inscription/`, required: true, free: true };
  if (spec.capacity) event.capacity = spec.capacity;
  if (spec.practicalInfo) event.practical_info = spec.practicalInfo;
  return {
    id: `${url}#${spec.start.slice(0, 16)}`,
    url,
    title: spec.title,
    summary: spec.summary ?? `Résumé : ${spec.title}.`,
    content_text: spec.text ?? `Description détaillée de « ${spec.title} ».`,
    _roseup: { kind: 'event', category: spec.category ?? ACTIVITE, format: spec.format ?? ATELIER, event },
  };
}

const EVENTS: EventSpec[] = [
  { slug: 'hier', title: 'Atelier d’hier', start: '2026-01-28T14:00:00+01:00', end: '2026-01-28T16:00:00+01:00', location: PARIS_HOUSE },
  { slug: 'ce-matin', title: 'Atelier de ce matin', start: '2026-01-29T09:00:00+01:00', end: '2026-01-29T10:00:00+01:00', location: PARIS_HOUSE },
  { slug: 'sans-fin', title: 'Début passé sans fin', start: '2026-01-29T11:30:00+01:00', location: PARIS_HOUSE },
  {
    slug: 'en-cours',
    title: 'Sophrologie en cours',
    start: '2026-01-29T11:00:00+01:00',
    end: '2026-01-29T13:00:00+01:00',
    category: ANGOISSE,
    location: PARIS_HOUSE,
  },
  {
    slug: 'qi-gong-adapte',
    title: 'Qi Gong adapté aux personnes touchées par un cancer',
    start: '2026-01-30T10:00:00+01:00',
    end: '2026-01-30T11:00:00+01:00',
    location: PARIS_HOUSE,
    capacity: { maximum: 12, remaining: 4 },
    practicalInfo: ['Certificat médical obligatoire', 'Atelier en extérieur'],
    summary: 'Initiation au Qi Gong avec Dorothée.',
    text: 'Bouger pendant et après les traitements aide à lutter contre la fatigue.\n\nPrévoyez une tenue souple.',
  },
  {
    slug: 'a-votre-ecoute',
    title: 'À votre écoute',
    start: '2026-01-30T10:00:00+01:00',
    end: '2026-01-30T10:30:00+01:00',
    category: ANGOISSE,
    format: ECHANGE,
    attendance: 'online',
    channels: ['phone', 'video'],
  },
  {
    slug: 'ongles',
    title: 'Prendre soin de ses ongles',
    start: '2026-02-03T14:00:00+01:00',
    end: '2026-02-03T16:00:00+01:00',
    category: BEAUTE,
    status: 'full',
    location: { name: 'Maison RoseUp Bordeaux', locality: 'Bordeaux' },
    capacity: { maximum: 8, remaining: 0 },
  },
  {
    slug: 'groupe-metastases',
    title: 'Groupe de parole : vivre avec un cancer métastatique',
    start: '2026-02-05T18:00:00+01:00',
    end: '2026-02-05T19:30:00+01:00',
    category: METASTASES,
    format: GROUPE,
    attendance: 'mixed',
    location: PARIS_HOUSE,
    channels: ['video'],
    capacity: { maximum: 15, remaining: 6 },
  },
  {
    slug: 'marche-nordique',
    title: 'Marche nordique au parc',
    start: '2026-02-06T09:30:00+01:00',
    end: '2026-02-06T11:00:00+01:00',
    status: 'cancelled',
    location: PARIS_HOUSE,
  },
  {
    slug: 'cuisine',
    title: 'Atelier cuisine',
    start: '2026-02-08T11:00:00+01:00',
    end: '2026-02-08T13:30:00+01:00',
    category: ALIMENTATION,
    status: 'postponed',
    location: { name: 'Maison RoseUp Bordeaux', locality: 'Bordeaux' },
    capacity: { maximum: 10, remaining: 3 },
  },
  {
    slug: 'derniere-place',
    title: 'Yoga doux',
    start: '2026-02-10T10:00:00+01:00',
    end: '2026-02-10T11:15:00+01:00',
    location: PARIS_HOUSE,
    capacity: { maximum: 14, remaining: 1 },
  },
  {
    slug: 'plein-de-places',
    title: 'Atelier d’écriture',
    start: '2026-02-12T14:00:00+01:00',
    end: '2026-02-12T16:30:00+01:00',
    category: ANGOISSE,
    location: PARIS_HOUSE,
    capacity: { maximum: 10, remaining: 10 },
    registration: { url: 'https://www.rose-up.fr/agenda/ecriture/inscription/', required: false, free: true },
  },
];

/** The titles of the upcoming events above, in order. */
const UPCOMING = [
  'Sophrologie en cours',
  // Same start: the shorter first.
  'À votre écoute',
  'Qi Gong adapté aux personnes touchées par un cancer',
  'Prendre soin de ses ongles',
  'Groupe de parole : vivre avec un cancer métastatique',
  'Marche nordique au parc',
  'Atelier cuisine',
  'Yoga doux',
  'Atelier d’écriture',
];

const agendaFeed = (events: EventSpec[] = EVENTS, extra: Record<string, unknown> = {}) =>
  jsonFeed(events.map(rawEvent), { _roseup: { schema: 1, agenda_url: AGENDA }, ...extra });

const shadow = (el: Element) => el.shadowRoot!;
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const linkTitles = (el: Element) => [...shadow(el).querySelectorAll('article [part="title"] a')].map((a) => squash(a.textContent));
const articleByTitle = (el: Element, title: string) =>
  [...shadow(el).querySelectorAll('article')].find((a) => squash(a.querySelector('[part="title"] a')?.textContent) === title)!;
const liveRegion = (el: Element) => shadow(el).querySelector('[role="status"]')!;
/** The text a sighted reader sees: without what is there for screen readers only. */
const seen = (node: Element) => {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return copy.textContent;
};
/** What a screen reader is given under the element with that id, one node a line ("text: …"). */
const heard = async (id: string) => (await executeServerCommand('accessibility-text', { id })) as string[];

async function loaded(el: RoseUpEventList) {
  await until(() => !!shadow(el) && !shadow(el).querySelector('[aria-busy="true"]'), 'the list to load');
  await el.updateComplete;
}

async function showList(attrs: Partial<Record<'category' | 'format' | 'attendance' | 'from' | 'until' | 'limit', string>> = {}, options: { filters?: boolean; events?: EventSpec[] } = {}) {
  const { url } = await serveFeed('events', agendaFeed(options.events));
  const el = await fixture<RoseUpEventList>(html`<roseup-event-list
    feed=${url}
    .now=${NOW}
    limit=${Number(attrs.limit ?? 50)}
    category=${attrs.category ?? ''}
    format=${attrs.format ?? ''}
    attendance=${attrs.attendance ?? ''}
    from=${attrs.from ?? ''}
    until=${attrs.until ?? ''}
    ?filters=${options.filters ?? false}
  ></roseup-event-list>`);
  await loaded(el);
  return el;
}

async function focusAndPress(element: HTMLElement, key: string) {
  element.focus();
  await sendKeys({ press: key });
}

describe('<roseup-event-list>', () => {
  beforeEach(async () => {
    resetFeedClient();
    configureFeedClient({ retryBaseMs: 10, timeoutMs: 2000 });
    localStorage.clear();
    await executeServerCommand('emulate-timezone', { timezoneId: 'Europe/Paris' });
  });

  after(async () => {
    await executeServerCommand('emulate-timezone', { timezoneId: null });
  });

  it('wraps unbreakable text (a pasted URL, a very long label or place) inside a 320 px column', async () => {
    const long = 'Rejoignez-nous : https://www.facebook.com/groups/roseup-association-paris-ateliers-bien-etre';
    const word = 'Supercalifragilistique'.repeat(12);
    const { url } = await serveFeed(
      'events-long-words',
      agendaFeed([
        {
          ...EVENTS.find((e) => e.title === 'Yoga doux')!,
          title: long,
          category: { id: 'long', label: word },
          format: { id: 'long-format', label: word },
          location: { name: word, locality: word },
          practicalInfo: [word],
        },
      ]),
    );
    const el = await fixture<RoseUpEventList>(
      html`<roseup-event-list style="width: 320px" feed=${url} .now=${NOW}></roseup-event-list>`,
    );
    await loaded(el);
    expect(squash(shadow(el).querySelector('article [part="title"]')!.textContent)).to.equal(long);
    expect(stickingOut(el)).to.deep.equal([]);
  });

  it('groups upcoming events by Paris day under "Aujourd’hui", "Demain" and full dates, in order of start', async () => {
    const el = await showList();
    const root = shadow(el);
    const days = [...root.querySelectorAll('[part="day"]')];
    const headings = days.map((d) => d.querySelector('h3[part="day-heading"]')!);
    expect(headings.map((h) => squash(h.textContent))).to.deep.equal([
      'Aujourd’hui',
      'Demain',
      'Mardi 3 février 2026',
      'Jeudi 5 février 2026',
      'Vendredi 6 février 2026',
      'Dimanche 8 février 2026',
      'Mardi 10 février 2026',
      'Jeudi 12 février 2026',
    ]);
    expect(headings[1].querySelector('time')!.getAttribute('datetime')).to.equal('2026-01-30');
    // Each day is a list named by its heading; each event an article in a list item, titled one level down.
    const tomorrow = days[1].querySelector('ul')!;
    expect(tomorrow.getAttribute('aria-labelledby')).to.equal(headings[1].id);
    const items = [...tomorrow.children];
    expect(items.every((li) => li.tagName === 'LI' && li.querySelector('article h4'))).to.equal(true);
    expect(items.map((li) => squash(li.querySelector('h4 a')!.textContent))).to.deep.equal([
      'À votre écoute',
      'Qi Gong adapté aux personnes touchées par un cancer',
    ]);
    expect(linkTitles(el)).to.deep.equal(UPCOMING);
    await expect(el).to.be.accessible();
  });

  it('lists an event that began days ago and is still going on under "Aujourd’hui", not under its first day', async () => {
    const el = await showList({}, {
      events: [
        { slug: 'expo', title: 'Exposition photo « Après »', start: '2026-01-20T10:00:00+01:00', end: '2026-03-31T18:00:00+02:00', location: PARIS_HOUSE },
        { slug: 'demain', title: 'Atelier de demain', start: '2026-01-30T10:00:00+01:00', end: '2026-01-30T11:00:00+01:00', location: PARIS_HOUSE },
      ],
    });
    const headings = [...shadow(el).querySelectorAll('[part="day-heading"]')].map((h) => squash(h.textContent));
    expect(headings).to.deep.equal(['Aujourd’hui', 'Demain']);
    expect(linkTitles(el)).to.deep.equal(['Exposition photo « Après »', 'Atelier de demain']);
    // Its own dates are still given in full.
    expect(squash(shadow(el).querySelector('article')!.textContent)).to.contain('20 janvier');
  });

  it('switches to English when the element is given lang="en" after it rendered', async () => {
    const el = await showList();
    expect(squash(shadow(el).querySelector('[part="day-heading"]')!.textContent)).to.equal('Aujourd’hui');
    el.setAttribute('lang', 'en');
    await until(() => squash(shadow(el).querySelector('[part="day-heading"]')!.textContent) === 'Today', 'the English heading');
    expect(squash(shadow(el).textContent)).not.to.contain('Demain');
  });

  it('marks each event’s own words with the feed’s language, so French titles are read as French on an English page', async () => {
    const { url } = await serveFeed('events-lang', agendaFeed(EVENTS, { language: 'fr' }));
    const el = await fixture<RoseUpEventList>(html`<roseup-event-list lang="en" feed=${url} .now=${NOW}></roseup-event-list>`);
    await loaded(el);
    const event = shadow(el).querySelector('article')!;
    expect(event.querySelector('[part="title"] a')!.getAttribute('lang')).to.equal('fr');
    expect(event.querySelector('[part="labels"]')?.getAttribute('lang') ?? 'fr').to.equal('fr');
    expect(event.querySelector('[part="when"]')!.hasAttribute('lang')).to.equal(false);
  });

  it('says a cancelled, full or postponed status with each link and button of the event, not only in its heading', async () => {
    const el = await showList();
    const root = shadow(el);
    const described = (control: Element | null) => {
      const ids = control?.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
      return ids.map((i) => squash(root.getElementById(i)?.textContent)).join(' ');
    };
    const eventTitled = (title: string) =>
      [...root.querySelectorAll('article')].find((a) => squash(a.querySelector('[part="title"] a')?.textContent) === title)!;
    const cancelled = eventTitled('Marche nordique au parc');
    expect(described(cancelled.querySelector('[part="title"] a'))).to.equal('Annulé');
    const full = eventTitled('Prendre soin de ses ongles');
    expect(described(full.querySelector('[part="calendar"]'))).to.equal('Complet');
    const postponed = eventTitled('Atelier cuisine');
    expect(described(postponed.querySelector('[part="register"]'))).to.equal('Reporté');
    expect(described(postponed.querySelector('[part="calendar"]'))).to.equal('Reporté');
    const scheduled = eventTitled('Yoga doux');
    expect(scheduled.querySelector('[part="title"] a')!.hasAttribute('aria-describedby')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('hides past events at a fixed clock: ended, or started without an end; keeps one still going', async () => {
    const el = await showList();
    const all = squash(shadow(el).textContent);
    expect(all).not.to.contain('Atelier d’hier');
    expect(all).not.to.contain('Atelier de ce matin');
    expect(all).not.to.contain('Début passé sans fin');
    expect(all).to.contain('Sophrologie en cours');
    // One hour later, the ongoing one is over too.
    el.now = new Date('2026-01-29T13:00:01+01:00');
    await el.updateComplete;
    expect(linkTitles(el)[0]).to.equal('À votre écoute');
    expect(squash(shadow(el).querySelector('[part="day-heading"]')!.textContent)).to.equal('Demain');
  });

  it('shows each event: labels, linked title, date line in Paris time with <time>, place, remaining places, practical info', async () => {
    const el = await showList();
    const qi = articleByTitle(el, 'Qi Gong adapté aux personnes touchées par un cancer');
    expect(qi.getAttribute('aria-labelledby')).to.equal(qi.querySelector('[part="title"]')!.id);
    const labels = squash(qi.querySelector('[part="labels"]')!.textContent);
    expect(labels).to.contain('Atelier').and.to.contain('Activité physique');
    const link = qi.querySelector<HTMLAnchorElement>('[part="title"] a')!;
    expect(link.getAttribute('href')).to.equal('https://www.rose-up.fr/agenda/qi-gong-adapte/');
    const time = qi.querySelector('[part="when"] time')!;
    expect(seen(time)).to.equal('30 janvier 2026 • 10h00 – 11h00');
    expect(time.getAttribute('datetime')).to.equal('2026-01-30T10:00:00+01:00');
    // The browser is in Paris here: no "(heure de Paris)".
    expect(qi.querySelector('[part="when"]')!.textContent).not.to.contain('heure de Paris');
    expect(squash(qi.querySelector('[part="where"]')!.textContent)).to.equal('Maison RoseUp Paris');
    expect(squash(qi.querySelector('[part="places"]')!.textContent)).to.equal('Plus que 4 places');
    const info = qi.querySelector('[part="practical-info"]')!;
    const list = info.querySelector('ul')!;
    expect(squash(info.querySelector(`#${list.getAttribute('aria-labelledby')}`)!.textContent)).to.equal('Infos pratiques');
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
      'Certificat médical obligatoire',
      'Atelier en extérieur',
    ]);
    expect(squash(qi.textContent)).to.contain('Gratuit');
    expect(squash(qi.textContent)).to.contain('Initiation au Qi Gong avec Dorothée.');
  });

  it('says where remote and mixed events happen, in words', async () => {
    const el = await showList();
    const where = (title: string) => squash(articleByTitle(el, title).querySelector('[part="where"]')!.textContent);
    expect(where('À votre écoute')).to.equal('À distance, par téléphone ou en visio');
    expect(where('Groupe de parole : vivre avec un cancer métastatique')).to.equal(
      'Sur place ou à distance : Maison RoseUp Paris ou en visio',
    );
    expect(where('Prendre soin de ses ongles')).to.equal('Maison RoseUp Bordeaux');
  });

  it('shows remaining places only when few are left', async () => {
    const el = await showList();
    const places = (title: string) => articleByTitle(el, title).querySelector('[part="places"]')?.textContent ?? null;
    expect(places('Yoga doux')).to.equal('Plus qu’une place');
    expect(places('Groupe de parole : vivre avec un cancer métastatique')).to.equal(null); // 6 left
    expect(places('Atelier d’écriture')).to.equal(null); // 10 left
    expect(places('Prendre soin de ses ongles')).to.equal(null); // full
    expect(places('Atelier cuisine')).to.equal(null); // postponed: the places may change
  });

  it('states every status in words, in the title, and offers no registration when cancelled or full', async () => {
    const el = await showList();
    const heading = (title: string) => squash(articleByTitle(el, title).querySelector('[part="title"]')!.textContent);
    const register = (title: string) => articleByTitle(el, title).querySelector<HTMLAnchorElement>('[part="register"]');
    const calendar = (title: string) => articleByTitle(el, title).querySelector('[part="calendar"]');

    expect(heading('Marche nordique au parc')).to.equal('Marche nordique au parc, Annulé');
    expect(heading('Prendre soin de ses ongles')).to.equal('Prendre soin de ses ongles, Complet');
    expect(heading('Atelier cuisine')).to.equal('Atelier cuisine, Reporté');
    expect(heading('Yoga doux')).to.equal('Yoga doux');
    // The status has an icon beside the word, not a colour alone.
    const badge = articleByTitle(el, 'Marche nordique au parc').querySelector('[part="status"]')!;
    expect(badge.querySelector('svg[aria-hidden="true"]')).to.exist;
    expect(squash(badge.textContent)).to.equal('Annulé');

    expect(register('Marche nordique au parc')).to.equal(null);
    expect(register('Prendre soin de ses ongles')).to.equal(null);
    expect(register('Atelier cuisine')).to.exist;
    // A cancelled event is not offered for a calendar; a full one is (for those already registered).
    expect(calendar('Marche nordique au parc')).to.equal(null);
    expect(calendar('Prendre soin de ses ongles')).to.exist;

    const yoga = register('Yoga doux')!;
    expect(squash(yoga.textContent)).to.equal('S’inscrire à « Yoga doux »');
    expect(yoga.querySelector('.visually-hidden')!.textContent).to.equal(' à «\u00a0Yoga doux\u00a0»');
    expect(yoga.getAttribute('href')).to.equal('https://www.rose-up.fr/agenda/derniere-place/inscription/');
    await expect(el).to.be.accessible();
  });

  it('treats a scheduled event with no place left as full', async () => {
    const el = await showList({}, {
      events: [{ slug: 'zero', title: 'Plus de place', start: '2026-02-02T10:00:00+01:00', location: PARIS_HOUSE, capacity: { maximum: 5, remaining: 0 } }],
    });
    const article = articleByTitle(el, 'Plus de place');
    expect(squash(article.querySelector('[part="status"]')!.textContent)).to.equal('Complet');
    expect(article.querySelector('[part="register"]')).to.equal(null);
  });

  it('says the date line and the access line in words: no "puce", "point médian" or silent dash', async () => {
    const el = await showList();
    el.id = 'said';
    const qi = articleByTitle(el, 'Qi Gong adapté aux personnes touchées par un cancer');
    const writing = articleByTitle(el, 'Atelier d’écriture');
    // Seen as before...
    expect(seen(qi.querySelector('[part="when"] time')!)).to.equal('30 janvier 2026 • 10h00 – 11h00');
    expect(squash(seen(writing.querySelector('.access')!))).to.equal('Gratuit · Inscription facultative');
    // ...heard as words.
    const said = (await heard('said')).filter((line) => line.startsWith('text: ')).map((line) => line.slice(6).trim());
    expect(said.join(' ')).to.contain('30 janvier 2026 , 10h00 à 11h00');
    expect(said.join(' ')).to.contain('Gratuit , Inscription facultative');
    expect(said.filter((text) => /^[•·–-]$/.test(text))).to.deep.equal([]);
    // Names of controls: the visible words, then the title, with single spaces (braille shows every one).
    const names = (await heard('said')).filter((line) => /^(button|link): /.test(line));
    expect(names).to.include('button: Ajouter à mon agenda «\u00a0Qi Gong adapté aux personnes touchées par un cancer\u00a0»');
    expect(names.filter((line) => /[\s\u00a0]{2}/.test(line)), names.join('\n')).to.deep.equal([]);
  });

  it('says the English date line in words too', async () => {
    const { url } = await serveFeed('events-en-said', agendaFeed());
    const wrapper = await fixture(html`<div lang="en"><roseup-event-list id="said-en" feed=${url} .now=${NOW} limit="20"></roseup-event-list></div>`);
    const el = wrapper.querySelector('roseup-event-list')!;
    await loaded(el);
    const qi = articleByTitle(el, 'Qi Gong adapté aux personnes touchées par un cancer');
    expect(seen(qi.querySelector('[part="when"] time')!)).to.equal('30 January 2026 • 10:00 – 11:00');
    const said = (await heard('said-en')).filter((line) => line.startsWith('text: ')).map((line) => line.slice(6).trim());
    expect(said.join(' ')).to.contain('30 January 2026 , 10:00 to 11:00');
    const names = (await heard('said-en')).filter((line) => /^(button|link): /.test(line));
    expect(names).to.include('button: Add to my calendar “Qi Gong adapté aux personnes touchées par un cancer”');
    expect(names.filter((line) => /[\s\u00a0]{2}/.test(line)), names.join('\n')).to.deep.equal([]);
  });

  it('adds "(heure de Paris)" when the visitor is in another time zone, and still shows Paris times', async () => {
    await executeServerCommand('emulate-timezone', { timezoneId: 'America/New_York' });
    const el = await showList();
    const when = articleByTitle(el, 'Qi Gong adapté aux personnes touchées par un cancer').querySelector('[part="when"]')!;
    expect(squash(seen(when))).to.equal('30 janvier 2026 • 10h00 – 11h00 (heure de Paris)');
    // One unbreakable phrase: a phone never leaves "Paris)" alone on a line.
    expect(when.querySelector('.zone')!.textContent).to.equal('(heure\u00a0de\u00a0Paris)');
    // Days are Paris days too: in New York it is still the 29th at 6 a.m.
    expect(squash(shadow(el).querySelectorAll('[part="day-heading"]')[1].textContent)).to.equal('Demain');
    await expect(el).to.be.accessible();
  });

  it('opens and closes the long description by keyboard (Enter, Space), with aria-expanded and aria-controls', async () => {
    const el = await showList();
    const qi = articleByTitle(el, 'Qi Gong adapté aux personnes touchées par un cancer');
    const button = qi.querySelector<HTMLButtonElement>('.disclosure button')!;
    expect(squash(button.textContent)).to.equal('En savoir plus sur « Qi Gong adapté aux personnes touchées par un cancer »');
    const panel = shadow(el).getElementById(button.getAttribute('aria-controls')!)!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hidden).to.equal(true);

    await focusAndPress(button, 'Enter');
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.hidden).to.equal(false);
    expect([...panel.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal([
      'Bouger pendant et après les traitements aide à lutter contre la fatigue.',
      'Prévoyez une tenue souple.',
    ]);
    expect(shadow(el).activeElement).to.equal(button);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hidden).to.equal(true);
  });

  it('offers an .ics file made in the browser and a Google Calendar link, by keyboard; Escape closes', async () => {
    const el = await showList();
    const qi = articleByTitle(el, 'Qi Gong adapté aux personnes touchées par un cancer');
    const button = qi.querySelector<HTMLButtonElement>('[part="calendar"]')!;
    expect(squash(button.textContent)).to.equal('Ajouter à mon agenda « Qi Gong adapté aux personnes touchées par un cancer »');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    await focusAndPress(button, 'Enter');
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const menu = shadow(el).getElementById(button.getAttribute('aria-controls')!)!;
    expect(menu.hidden).to.equal(false);

    const ics = menu.querySelector<HTMLAnchorElement>('a[download]')!;
    expect(squash(ics.textContent)).to.equal('Télécharger le fichier .ics');
    expect(ics.getAttribute('download')).to.equal('qi-gong-adapte-aux-personnes-touchees-par-un-cancer-2026-01-30.ics');
    expect(ics.href).to.match(/^blob:/);
    const file = await (await fetch(ics.href)).text();
    expect(file).to.contain('BEGIN:VEVENT');
    expect(file).to.contain('DTSTART:20260130T090000Z\r\n');
    expect(file).to.contain('DTEND:20260130T100000Z\r\n');
    expect(file).to.contain('SUMMARY:Qi Gong adapté aux personnes touchées par un cancer');

    const google = [...menu.querySelectorAll('a')].find((a) => a.textContent!.includes('Google'))!;
    expect(squash(google.textContent)).to.equal('Google Agenda (nouvelle fenêtre)');
    expect(google.getAttribute('target')).to.equal('_blank');
    expect(google.getAttribute('rel')).to.equal('noopener noreferrer');
    const params = new URL(google.href).searchParams;
    expect(google.href.startsWith('https://calendar.google.com/calendar/render?')).to.equal(true);
    expect(params.get('action')).to.equal('TEMPLATE');
    expect(params.get('text')).to.equal('Qi Gong adapté aux personnes touchées par un cancer');
    expect(params.get('dates')).to.equal('20260130T090000Z/20260130T100000Z');
    await expect(el).to.be.accessible();

    // Escape from inside the menu closes it and gives focus back to the button.
    ics.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(menu.hidden).to.equal(true);
    expect(shadow(el).activeElement).to.equal(button);

    // The object URL is released when the element leaves the page.
    const href = ics.href;
    el.remove();
    let failed = false;
    try {
      await fetch(href);
    } catch {
      failed = true;
    }
    expect(failed, 'the blob: URL is revoked').to.equal(true);
  });

  it('filters by keyboard and announces the count politely after a change only', async () => {
    const el = await showList({}, { filters: true });
    const root = shadow(el);
    const fieldset = root.querySelector('fieldset')!;
    expect(squash(fieldset.querySelector('legend')!.textContent)).to.equal('Filtrer les ateliers');
    const category = root.querySelector<HTMLSelectElement>('#filter-category')!;
    expect(squash(root.querySelector('label[for="filter-category"]')!.textContent)).to.equal('Thématique');
    expect([...category.options].map((o) => o.textContent)).to.deep.equal([
      'Toutes les thématiques',
      'Activité physique',
      'Alimentation',
      'Angoisse et stress',
      'Beauté',
      'Cancers métastatiques',
    ]);
    const region = liveRegion(el);
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.textContent).to.equal('');
    await expect(el).to.be.accessible();

    const recorded: string[] = [];
    const watcher = new MutationObserver(() => recorded.push(region.textContent ?? ''));
    watcher.observe(region, { childList: true, characterData: true, subtree: true });
    await focusAndPress(category, 'ArrowDown');
    await el.updateComplete;
    expect(category.value).to.equal('activite-physique');
    expect(linkTitles(el)).to.deep.equal(['Qi Gong adapté aux personnes touchées par un cancer', 'Marche nordique au parc', 'Yoga doux']);
    // Each arrow step changes the list at once, but the count is said only once the visitor stops.
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(linkTitles(el)).to.deep.equal(['Atelier cuisine']);
    expect(region.textContent).to.equal('');
    await until(() => region.textContent === '1 atelier à venir', 'the count after the pause');
    watcher.disconnect();
    expect(recorded.filter(Boolean)).to.deep.equal(['1 atelier à venir']);

    // Place: "À distance" keeps remote and mixed events.
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    const attendance = root.querySelector<HTMLSelectElement>('#filter-attendance')!;
    expect([...attendance.options].map((o) => o.textContent)).to.deep.equal(['Sur place et à distance', 'Sur place', 'À distance']);
    await focusAndPress(attendance, 'ArrowDown');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(attendance.value).to.equal('online');
    expect(linkTitles(el)).to.deep.equal(['À votre écoute', 'Groupe de parole : vivre avec un cancer métastatique']);
    await until(() => region.textContent === '2 ateliers à venir', 'the count');
    await expect(el).to.be.accessible();
  });

  it('announces how many are shown when the limit cuts the results', async () => {
    const el = await showList({ limit: '2' }, { filters: true });
    const format = shadow(el).querySelector<HTMLSelectElement>('#filter-format')!;
    await focusAndPress(format, 'ArrowDown'); // Atelier
    await el.updateComplete;
    expect(linkTitles(el)).to.have.length(2);
    await until(() => liveRegion(el).textContent === '7 ateliers à venir, les 2 premiers sont affichés.', 'the announced count');
    const more = shadow(el).querySelector<HTMLAnchorElement>('.more a')!;
    expect(more.textContent).to.equal('Voir tout l’agenda de RoseUp');
    expect(more.getAttribute('href')).to.equal(AGENDA);
  });

  it('shows an empty state with a link to the agenda and a way to clear the filters', async () => {
    const el = await showList({}, { filters: true });
    const root = shadow(el);
    const category = root.querySelector<HTMLSelectElement>('#filter-category')!;
    await focusAndPress(category, 'ArrowDown'); // Activité physique
    const format = root.querySelector<HTMLSelectElement>('#filter-format')!;
    await focusAndPress(format, 'ArrowDown');
    await sendKeys({ press: 'ArrowDown' }); // Groupe de parole: none in Activité physique
    await el.updateComplete;
    expect(format.selectedOptions[0].textContent).to.equal('Groupe de parole');
    expect(root.querySelectorAll('article')).to.have.length(0);
    const empty = root.querySelector('[part="empty"]')!;
    expect(squash(empty.textContent)).to.contain('Aucun atelier à venir pour ces critères.');
    expect(empty.querySelector('a')!.getAttribute('href')).to.equal(AGENDA);
    await until(() => liveRegion(el).textContent === 'Aucun atelier à venir pour ces critères.', 'the announced count');
    await expect(el).to.be.accessible();

    const clear = empty.querySelector('button')!;
    expect(clear.textContent).to.equal('Effacer les filtres');
    await focusAndPress(clear, 'Enter');
    await el.updateComplete;
    await until(() => root.activeElement === category, 'focus to go back to the first filter');
    expect(category.value).to.equal('');
    expect(linkTitles(el)).to.deep.equal(UPCOMING);
    await until(() => liveRegion(el).textContent === '9 ateliers à venir', 'the announced count');
  });

  it('filters declaratively: category, format, attendance', async () => {
    expect(linkTitles(await showList({ category: 'activite-physique' }))).to.deep.equal([
      'Qi Gong adapté aux personnes touchées par un cancer',
      'Marche nordique au parc',
      'Yoga doux',
    ]);
    expect(linkTitles(await showList({ category: 'beaute, alimentation' }))).to.deep.equal(['Prendre soin de ses ongles', 'Atelier cuisine']);
    expect(linkTitles(await showList({ format: 'groupe-de-parole' }))).to.deep.equal(['Groupe de parole : vivre avec un cancer métastatique']);
    expect(linkTitles(await showList({ attendance: 'online' }))).to.deep.equal([
      'À votre écoute',
      'Groupe de parole : vivre avec un cancer métastatique',
    ]);
    expect(linkTitles(await showList({ attendance: 'mixed' }))).to.deep.equal(['Groupe de parole : vivre avec un cancer métastatique']);
    const offline = linkTitles(await showList({ attendance: 'offline' }));
    expect(offline).not.to.include('À votre écoute');
    expect(offline).to.include('Groupe de parole : vivre avec un cancer métastatique');
  });

  it('filters declaratively by Paris days (from, until) and cuts to limit after filtering (default 5)', async () => {
    expect(linkTitles(await showList({ from: '2026-02-05', until: '2026-02-08' }))).to.deep.equal([
      'Groupe de parole : vivre avec un cancer métastatique',
      'Marche nordique au parc',
      'Atelier cuisine',
    ]);
    expect(linkTitles(await showList({ until: '2026-01-30' }))).to.deep.equal(UPCOMING.slice(0, 3));
    expect(linkTitles(await showList({ category: 'angoisse-et-stress', limit: '2' }))).to.deep.equal([
      'Sophrologie en cours',
      'À votre écoute',
    ]);
    // An invalid date is ignored rather than hiding everything.
    expect(linkTitles(await showList({ from: '2026-02-30' }))).to.deep.equal(UPCOMING);

    const { url } = await serveFeed('events-default-limit', agendaFeed());
    const el = await fixture<RoseUpEventList>(html`<roseup-event-list feed=${url} .now=${NOW}></roseup-event-list>`);
    await loaded(el);
    expect(linkTitles(el)).to.deep.equal(UPCOMING.slice(0, 5));
  });

  it('says so, with a link to the full agenda, when nothing matches the attributes', async () => {
    const el = await showList({ category: 'inconnue' }, { filters: true });
    const empty = shadow(el).querySelector('[part="empty"]')!;
    expect(squash(empty.textContent)).to.contain('Aucun atelier à venir pour ces critères.');
    const link = empty.querySelector('a')!;
    expect(link.textContent).to.equal('Voir tout l’agenda de RoseUp');
    expect(link.getAttribute('href')).to.equal(AGENDA);
    await expect(el).to.be.accessible();
  });

  it('says there is nothing planned, without speaking of criteria, when every event is past', async () => {
    const el = await showList({}, { events: EVENTS.slice(0, 3) });
    const empty = shadow(el).querySelector('[part="empty"]')!;
    expect(squash(empty.textContent)).to.contain('Aucun atelier à venir pour le moment.');
    expect(empty.querySelector('a')!.getAttribute('href')).to.equal(AGENDA);
    expect(empty.querySelector('button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('honours heading-level for day headings and event titles', async () => {
    const { url } = await serveFeed('events-h2', agendaFeed());
    const el = await fixture<RoseUpEventList>(html`<roseup-event-list feed=${url} .now=${NOW} heading-level="2"></roseup-event-list>`);
    await loaded(el);
    expect(shadow(el).querySelectorAll('h2[part="day-heading"]').length).to.be.greaterThan(0);
    expect(shadow(el).querySelectorAll('h3[part="title"]')).to.have.length(5);
  });

  it('renders only `limit` events of a 500-event feed', async () => {
    const { url } = await serveFeed('events-500', buildSyntheticFeed({ articles: 0, events: 500, now: NOW, seed: 7 }));
    const el = await fixture<RoseUpEventList>(html`<roseup-event-list feed=${url} .now=${NOW} limit="5" filters></roseup-event-list>`);
    await loaded(el);
    const root = shadow(el);
    expect(root.querySelectorAll('article')).to.have.length(5);
    // Nothing else was built for the other 495: 5 event items, no hidden copies.
    expect(root.querySelectorAll('[part="day"] ul[role="list"] > li')).to.have.length(5);
    const category = root.querySelector<HTMLSelectElement>('#filter-category')!;
    await focusAndPress(category, 'ArrowDown');
    await el.updateComplete;
    expect(root.querySelectorAll('article')).to.have.length(5);
    await until(() => /^\d+ ateliers à venir, les 5 premiers sont affichés\.$/.test(liveRegion(el).textContent ?? ''), 'the announced count');
    await expect(el).to.be.accessible();
  });

  it('shows at most 50 events whatever limit says, then the link to the full agenda', async () => {
    // Each event is a few dozen elements: limit="500" on a feed with hundreds of upcoming events
    // rendered them all in one task (300 of them: about 150 ms here). As for the article list,
    // more than 50 at once is a page of its own: the agenda.
    const { url } = await serveFeed('events-many', buildSyntheticFeed({ articles: 0, events: 500, now: NOW, seed: 7 }));
    const el = await fixture<RoseUpEventList>(html`<roseup-event-list feed=${url} .now=${NOW} limit="500"></roseup-event-list>`);
    await loaded(el);
    expect(shadow(el).querySelectorAll('article')).to.have.length(50);
    expect(shadow(el).querySelector('.more [part="agenda-link"]'), 'the link to the rest').to.exist;
  });

  it('lists the sample feed: upcoming only, grouped by day, Paris time', async () => {
    const now = new Date('2026-01-29T12:00:00+01:00');
    const { url } = await serveFeed('events-sample', buildSampleFeed({ now }));
    const el = await fixture<RoseUpEventList>(html`<roseup-event-list feed=${url} .now=${now} limit="4"></roseup-event-list>`);
    await loaded(el);
    expect(squash(shadow(el).textContent)).not.to.contain('prothèse capillaire');
    expect(squash(shadow(el).querySelector('[part="day-heading"]')!.textContent)).to.equal('Demain');
    const times = [...shadow(el).querySelectorAll('[part="when"] time')].map(seen);
    expect(times).to.deep.equal([
      '30 janvier 2026 • 10h00 – 10h30',
      '30 janvier 2026 • 10h00 – 11h00',
      '30 janvier 2026 • 10h00 – 13h00',
      '30 janvier 2026 • 10h45 – 11h15',
    ]);
    await expect(el).to.be.accessible();
  });

  it('shows a busy skeleton that reserves space while loading', async () => {
    const { url } = await serveFeed('events-slow', agendaFeed(), '&delay=400');
    const el = await fixture<RoseUpEventList>(html`<roseup-event-list feed=${url} .now=${NOW}></roseup-event-list>`);
    const placeholder = shadow(el).querySelector<HTMLElement>('[aria-busy="true"]')!;
    expect(placeholder).to.exist;
    expect(placeholder.getBoundingClientRect().height).to.be.greaterThan(300);
    expect(squash(placeholder.textContent)).to.equal('Chargement des ateliers…');
    await expect(el).to.be.accessible();
    await loaded(el);
  });

  it('shows an alert with a retry button when the feed fails, and recovers on retry', async () => {
    const { key, url } = await serveFeed('events-error', agendaFeed(), '&fail=3&failStatus=503');
    const el = document.createElement('roseup-event-list');
    el.feed = url;
    el.now = NOW;
    const failed = oneEvent(el, 'roseup-error');
    document.body.append(el);
    expect((await failed).detail).to.include({ reason: 'http', status: 503 });
    await el.updateComplete;
    const alert = shadow(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Le contenu de RoseUp n’a pas pu être chargé.');
    await expect(el).to.be.accessible();
    const reloaded = oneEvent(el, 'roseup-load');
    await focusAndPress(shadow(el).querySelector<HTMLButtonElement>('[part="retry"]')!, 'Enter');
    await reloaded;
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
    expect(linkTitles(el)).to.deep.equal(UPCOMING.slice(0, 5));
    // The retry button is gone: focus is on the start of what arrived, not lost to the page.
    expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('[part="day-heading"]'));
    expect(await hits(key)).to.equal(4);
    el.remove();
  });

  it('shows the last good copy with a discreet notice when the feed is down', async () => {
    const { url } = await serveFeed('events-stale', agendaFeed(), '&failAfter=1');
    const first = await fixture<RoseUpEventList>(html`<roseup-event-list feed=${url} .now=${NOW}></roseup-event-list>`);
    await loaded(first);
    first.remove();
    resetFeedClient();
    configureFeedClient({ retryBaseMs: 10, timeoutMs: 2000 });
    const el = await fixture<RoseUpEventList>(html`<roseup-event-list feed=${url} .now=${NOW}></roseup-event-list>`);
    await loaded(el);
    const notice = shadow(el).querySelector('[part="stale"]')!;
    expect(notice.textContent).to.contain('Contenu mis à jour le');
    expect(linkTitles(el)).to.deep.equal(UPCOMING.slice(0, 5));
    await expect(el).to.be.accessible();
  });

  it('speaks English under lang="en"', async () => {
    const { url } = await serveFeed('events-en', agendaFeed());
    const wrapper = await fixture(html`<div lang="en"><roseup-event-list feed=${url} .now=${NOW} limit="20" filters></roseup-event-list></div>`);
    const el = wrapper.querySelector('roseup-event-list')!;
    await loaded(el);
    const root = shadow(el);
    expect([...root.querySelectorAll('[part="day-heading"]')].slice(0, 3).map((h) => squash(h.textContent))).to.deep.equal([
      'Today',
      'Tomorrow',
      'Tuesday 3 February 2026',
    ]);
    const qi = articleByTitle(el, 'Qi Gong adapté aux personnes touchées par un cancer');
    expect(seen(qi.querySelector('[part="when"] time')!)).to.equal('30 January 2026 • 10:00 – 11:00');
    expect(squash(qi.querySelector('[part="places"]')!.textContent)).to.equal('Only 4 places left');
    expect(squash(qi.querySelector('[part="register"]')!.textContent)).to.equal(
      'Register for “Qi Gong adapté aux personnes touchées par un cancer”',
    );
    expect(squash(articleByTitle(el, 'Marche nordique au parc').querySelector('[part="status"]')!.textContent)).to.equal('Cancelled');
    expect(squash(articleByTitle(el, 'À votre écoute').querySelector('[part="where"]')!.textContent)).to.equal('Remote, by phone or video');
    expect(squash(root.querySelector('legend')!.textContent)).to.equal('Filter workshops');
    await focusAndPress(root.querySelector<HTMLSelectElement>('#filter-category')!, 'ArrowDown');
    await el.updateComplete;
    await until(() => liveRegion(el).textContent === '3 upcoming workshops', 'the announced count');
    await expect(el).to.be.accessible();
  });

  it('renders hostile feed text as inert text and lets no javascript: URL through', async () => {
    const hostile = rawEvent({
      slug: 'x',
      title: '<img src=x onerror="window.__pwned=1">Atelier piégé',
      start: '2026-02-02T10:00:00+01:00',
      location: { name: '<script>window.__pwned=2</script>' },
      practicalInfo: ['<b onmouseover="window.__pwned=3">gras</b>'],
      text: '<iframe src="javascript:window.__pwned=4"></iframe>',
      registration: { url: 'javascript:window.__pwned=5', required: true },
    });
    hostile.url = 'javascript:window.__pwned=6';
    const { url } = await serveFeed('events-hostile', jsonFeed([hostile]));
    const el = await fixture<RoseUpEventList>(html`<roseup-event-list feed=${url} .now=${NOW}></roseup-event-list>`);
    await loaded(el);
    const root = shadow(el);
    expect(squash(root.querySelector('[part="title"]')!.textContent)).to.equal('<img src=x onerror="window.__pwned=1">Atelier piégé');
    expect(squash(root.querySelector('[part="where"]')!.textContent)).to.contain('<script>');
    root.querySelector<HTMLButtonElement>('.disclosure button')!.click();
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('[part="calendar"]')!.click();
    await el.updateComplete;
    expect(root.querySelector('img, script, b, iframe')).to.equal(null);
    expect(root.querySelector('[href^="javascript"], [src^="javascript"]')).to.equal(null);
    expect(root.querySelector('[part="register"]')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('on the real clock, drops an event from the list once it has ended, without a reload', async () => {
    const List = customElements.get('roseup-event-list') as unknown as { refreshMs: number };
    const previous = List.refreshMs;
    List.refreshMs = 50;
    try {
      const soon = new Date(Date.now() + 600).toISOString();
      const start = new Date(Date.now() - 3_600_000).toISOString();
      const later = new Date(Date.now() + 86_400_000).toISOString();
      const { url } = await serveFeed(
        'events-refresh',
        agendaFeed([
          { slug: 'finit-bientot', title: 'Se termine bientôt', start, end: soon },
          { slug: 'demain', title: 'Plus tard', start: later },
        ]),
      );
      const el = await fixture<RoseUpEventList>(html`<roseup-event-list feed=${url}></roseup-event-list>`);
      await loaded(el);
      expect(linkTitles(el)).to.deep.equal(['Se termine bientôt', 'Plus tard']);
      await until(() => linkTitles(el).length === 1, 'the ended event to drop off', 5000);
      expect(linkTitles(el)).to.deep.equal(['Plus tard']);
    } finally {
      List.refreshMs = previous;
    }
  });
});
