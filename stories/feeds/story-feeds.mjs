// Fixture feeds for Storybook and for the stories' tests. Node only: Storybook's dev server and
// @web/test-runner mount `storyFeedsMiddleware()`, and the static build writes the files that
// `storyFeedFiles()` returns next to iframe.html. Stories themselves never import this module;
// they only know the URLs (`story-feeds/<name>.json`, relative to the preview page).
//
// Every body is the same whatever the origin it is served from: URLs inside the documents are
// either absolute rose-up.fr permalinks or relative to the feed (`sample-page-2.json`,
// `images/activite.svg`), which the elements resolve against the feed's own URL.

import { readFileSync, readdirSync } from 'node:fs';
import { buildSampleFeed } from '../../sample/sample-feed.mjs';
import { addDays, parisDay, parisTime } from '../../sample/paris-time.mjs';

/** Where the feeds live, under the preview page's directory. */
export const STORY_FEEDS_PATH = 'story-feeds';

const IMAGES_DIR = new URL('../../demo/images/', import.meta.url);
const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';
const SITE = 'https://www.rose-up.fr/';
// buildSampleFeed needs an absolute URL; the links it derives from it are then made relative.
const PLACEHOLDER_BASE = 'https://story-feeds.invalid/story-feeds/';

const SLOW_MS = 60_000;

const term = (id, label) => ({ id, label });
const CATEGORY = {
  activite: term('activite-physique', 'Activité physique'),
  beaute: term('beaute', 'Beauté'),
  droits: term('droits-et-demarches', 'Droits et démarches'),
  proches: term('vie-affective-et-proches', 'Vie affective et proches'),
  alimentation: term('alimentation', 'Alimentation'),
};
const FORMAT = {
  atelier: term('atelier', 'Atelier'),
  groupe: term('groupe-de-parole', 'Groupe de parole'),
  conference: term('conference', 'Conférence'),
  toutSavoir: term('tout-savoir-sur', 'Tout savoir sur'),
  temoignages: term('temoignages', 'Témoignages'),
};
const ASSOCIATION = { name: 'RoseUp Association', url: SITE };

const shell = (title, items, extra = {}) => ({
  version: JSON_FEED_VERSION,
  title,
  home_page_url: SITE,
  language: 'fr-FR',
  ...extra,
  items,
});

function samplePage(now, page) {
  const name = page === 1 ? 'sample.json' : 'sample-page-2.json';
  const feed = buildSampleFeed({ now, feedUrl: new URL(name, PLACEHOLDER_BASE).href, page });
  feed.feed_url = name;
  if (page === 1) feed.next_url = 'sample-page-2.json';
  else delete feed.next_url;
  return feed;
}

/** An event on the Paris day `delta` days after `now`, from `from` to `to` (hours, minutes). */
function storyEvent(now, { slug, delta, from, to, title, summary, status, attendance, location, channels, capacity, category, format, practical, image }) {
  const day = addDays(parisDay(now), delta);
  const start = parisTime(day, from[0], from[1]);
  const end = parisTime(day, to[0], to[1]);
  const page = `${SITE}agenda/${slug}/`;
  const item = {
    id: `${page}#${start.local}`,
    url: page,
    title,
    summary,
    content_text: `${summary} Animé par une professionnelle formée à l’accompagnement des personnes touchées par un cancer.`,
    date_published: parisTime(addDays(parisDay(now), -7), 9, 0).iso,
    authors: [ASSOCIATION],
    _roseup: {
      kind: 'event',
      category,
      format,
      event: {
        start: start.iso,
        end: end.iso,
        time_zone: 'Europe/Paris',
        status,
        attendance,
        registration: { url: `${page}inscription/`, required: true, free: true },
      },
    },
  };
  if (image) {
    item.image = image;
    item._roseup.image_alt = '';
  }
  const event = item._roseup.event;
  if (location) event.location = location;
  if (channels) event.remote = { channels };
  if (capacity) event.capacity = capacity;
  if (practical) event.practical_info = practical;
  return item;
}

const MAISON_PARIS = { name: 'Maison RoseUp Paris', street_address: '4 rue de la Roquette', locality: 'Paris', postal_code: '75011', country: 'FR' };
const MAISON_BORDEAUX = { name: 'Maison RoseUp Bordeaux', locality: 'Bordeaux', postal_code: '33000', country: 'FR' };

function statusesFeed(now) {
  return shell('RoseUp : statuts des événements', [
    storyEvent(now, {
      slug: 'yoga-doux', delta: 1, from: [10, 0], to: [11, 0],
      title: 'Yoga doux pendant les traitements', summary: 'Une séance adaptée, sur chaise ou sur tapis, pour retrouver souffle et mobilité.',
      status: 'scheduled', attendance: 'offline', location: MAISON_PARIS, capacity: { maximum: 12, remaining: 2 },
      category: CATEGORY.activite, format: FORMAT.atelier, practical: ['Tenue souple', 'Certificat médical obligatoire'],
      image: 'images/activite.svg',
    }),
    storyEvent(now, {
      slug: 'socio-esthetique-mains', delta: 1, from: [14, 0], to: [15, 30],
      title: 'Soin des mains et des ongles fragilisés', summary: 'Les gestes simples d’une socio-esthéticienne pour protéger des ongles abîmés par la chimiothérapie.',
      status: 'cancelled', attendance: 'offline', location: MAISON_PARIS,
      category: CATEGORY.beaute, format: FORMAT.atelier,
    }),
    storyEvent(now, {
      slug: 'marche-nordique', delta: 2, from: [9, 30], to: [11, 0],
      title: 'Marche nordique au parc de la Villette', summary: 'Une marche encadrée, à son rythme, bâtons fournis.',
      status: 'full', attendance: 'offline', location: { name: 'Parc de la Villette', locality: 'Paris', postal_code: '75019', country: 'FR' },
      capacity: { maximum: 10, remaining: 0 }, category: CATEGORY.activite, format: FORMAT.atelier,
    }),
    storyEvent(now, {
      slug: 'droit-a-l-oubli', delta: 3, from: [18, 0], to: [19, 30],
      title: 'Droit à l’oubli et assurance emprunteur', summary: 'Une juriste répond à vos questions sur la loi Lemoine et vos recours.',
      status: 'postponed', attendance: 'offline', location: MAISON_BORDEAUX,
      category: CATEGORY.droits, format: FORMAT.conference,
    }),
    storyEvent(now, {
      slug: 'groupe-de-parole-proches', delta: 4, from: [12, 30], to: [13, 30],
      title: 'Groupe de parole pour les proches', summary: 'Un temps d’échange à distance, par téléphone ou en visioconférence.',
      status: 'scheduled', attendance: 'online', channels: ['phone', 'video'],
      category: CATEGORY.proches, format: FORMAT.groupe,
    }),
    storyEvent(now, {
      slug: 'cuisine-et-gout', delta: 5, from: [17, 0], to: [18, 30],
      title: 'Cuisiner quand le goût change', summary: 'Une diététicienne partage des recettes, sur place ou en vidéo.',
      status: 'scheduled', attendance: 'mixed', location: MAISON_BORDEAUX, channels: ['video'],
      capacity: { maximum: 20, remaining: 9 }, category: CATEGORY.alimentation, format: FORMAT.atelier,
      practical: ['Lien de connexion envoyé la veille'],
    }),
  ]);
}

const LONG = {
  article:
    'Reprendre le travail après un cancer du sein : temps partiel thérapeutique, aménagement du poste, visite de pré-reprise avec la médecine du travail et reconnaissance de la qualité de travailleur handicapé, tout ce qu’il faut savoir avant de se lancer',
  article2:
    'Socio-esthétique, activité physique adaptée, sophrologie, accompagnement psychologique et diététique : comment obtenir la prise en charge des soins de support proposés par votre établissement de santé',
  category: 'Vie professionnelle, droits et démarches administratives',
  format: 'Tout savoir sur',
  author: 'Marie-Christine de La Rochefoucauld-Montbazon',
  event:
    'Atelier d’initiation à la marche nordique et au renforcement musculaire doux pour les personnes en cours de traitement ou en rémission, suivi d’un temps d’échange convivial autour d’une collation',
  word: 'Anticonstitutionnellement-intergouvernementalisation',
};

function longTitlesFeed(now) {
  const article = (slug, title, summary, minutes) => ({
    id: `${SITE}magazine/${slug}/`,
    url: `${SITE}magazine/${slug}/`,
    title,
    summary,
    content_text: summary,
    date_published: '2025-11-18T09:00:00+01:00',
    date_modified: '2026-01-12T10:00:00+01:00',
    authors: [{ name: LONG.author }, { name: 'La rédaction de Rose magazine' }],
    _roseup: { kind: 'article', category: term('vie-professionnelle', LONG.category), format: FORMAT.toutSavoir, reading_minutes: minutes },
  });
  return shell('RoseUp : titres longs', [
    article(
      'reprendre-le-travail',
      LONG.article,
      'Le retour au travail se prépare : voici les étapes, les interlocuteurs et les droits qui permettent de reprendre à son rythme, sans se mettre en danger ni renoncer à ses projets professionnels.',
      14,
    ),
    article('soins-de-support', LONG.article2, 'Ces soins améliorent la qualité de vie pendant et après les traitements ; beaucoup sont gratuits, encore faut-il savoir à qui les demander.', 9),
    article('mot-tres-long', `${LONG.word} : un mot sans espace ne doit pas déborder de la carte`, 'Un titre fait d’un seul très long mot ne doit jamais faire défiler la page horizontalement.', 2),
    storyEvent(now, {
      slug: 'marche-nordique-longue', delta: 2, from: [9, 30], to: [12, 0],
      title: LONG.event, summary: 'Bâtons fournis. Prévoir une tenue confortable, des chaussures de marche et une bouteille d’eau.',
      status: 'scheduled', attendance: 'offline',
      location: { name: 'Centre régional de lutte contre le cancer, pavillon des soins de support', street_address: '229 cours de l’Argonne', locality: 'Bordeaux', postal_code: '33000', country: 'FR' },
      capacity: { maximum: 15, remaining: 3 }, category: term('activite-physique-adaptee', 'Activité physique adaptée et bien-être'), format: FORMAT.atelier,
      practical: ['Certificat médical de non contre-indication à la pratique sportive obligatoire, à apporter le jour même', 'Rendez-vous devant l’entrée principale, côté parking visiteurs'],
    }),
  ]);
}

function brokenItemsFeed() {
  const good = (slug, title, summary) => ({
    id: `${SITE}magazine/${slug}/`,
    url: `${SITE}magazine/${slug}/`,
    title,
    summary,
    date_published: '2026-01-20T09:00:00+01:00',
    _roseup: { kind: 'article', category: CATEGORY.beaute, format: FORMAT.toutSavoir, reading_minutes: 4 },
  });
  return shell('RoseUp : éléments défectueux', [
    good('perte-de-cheveux', 'Perte de cheveux : les solutions', 'Foulards, perruques, casques réfrigérants : ce qui existe et ce qui est remboursé.'),
    { title: 'Un élément sans identifiant est ignoré' },
    42,
    {
      id: `${SITE}agenda/sans-date/`,
      title: 'Un événement sans date de début est ignoré',
      _roseup: { kind: 'event', event: { status: 'scheduled', attendance: 'offline' } },
    },
    {
      // Hostile text and URLs: shown as inert text, the link is dropped.
      id: `${SITE}magazine/texte-hostile/`,
      url: 'javascript:alert(1)',
      image: 'javascript:alert(2)',
      title: '<script>alert("titre")</script> Un titre avec du balisage affiché tel quel',
      summary: '<img src=x onerror=alert(3)> Ce résumé contient du HTML qui doit rester du texte.',
      date_published: '2026-01-19T09:00:00+01:00',
      _roseup: { kind: 'article', category: CATEGORY.droits, format: FORMAT.temoignages },
    },
    good('ongles-fragilises', 'Ongles fragilisés par le cancer', 'Vernis au silicium, gants en coton : les bons réflexes pendant la chimiothérapie.'),
  ]);
}

/**
 * A long archive in four pages: the first three hold only beauty articles, the last one article
 * of rights. A list filtered on rights reads two more pages by itself, finds nothing among the
 * most recent, and offers to look further.
 */
function archivePage(page) {
  const beaute = (n) => ({
    id: `${SITE}magazine/archive-beaute-${page}-${n}/`,
    url: `${SITE}magazine/archive-beaute-${page}-${n}/`,
    title: `Soins de beauté pendant les traitements (${page}.${n})`,
    summary: 'Des gestes simples pour la peau et les ongles, validés par des soignants.',
    date_published: `2025-${String(13 - page * 3 + n).padStart(2, '0')}-10T09:00:00+01:00`,
    _roseup: { kind: 'article', category: CATEGORY.beaute, format: FORMAT.toutSavoir, reading_minutes: 4 },
  });
  const items =
    page < 4
      ? [beaute(3), beaute(2), beaute(1)]
      : [
          {
            id: `${SITE}magazine/droit-a-l-oubli/`,
            url: `${SITE}magazine/droit-a-l-oubli/`,
            title: 'Droit à l’oubli : ce qui a changé pour emprunter',
            summary: 'Depuis 2022, plus besoin de déclarer un cancer guéri depuis cinq ans pour un prêt immobilier.',
            date_published: '2024-06-04T09:00:00+01:00',
            _roseup: { kind: 'article', category: CATEGORY.droits, format: FORMAT.toutSavoir, reading_minutes: 6 },
          },
        ];
  return shell('RoseUp : archives', items, page < 4 ? { next_url: `archive-page-${page + 1}.json` } : {});
}

const BUILDERS = {
  archive: () => archivePage(1),
  'archive-page-2': () => archivePage(2),
  'archive-page-3': () => archivePage(3),
  'archive-page-4': () => archivePage(4),
  sample: (now) => samplePage(now, 1),
  'sample-page-2': (now) => samplePage(now, 2),
  empty: () => shell('RoseUp : flux vide', [], { _roseup: { schema: 1, suggestions: [] } }),
  'long-titles': longTitlesFeed,
  statuses: statusesFeed,
  'broken-items': brokenItemsFeed,
  'not-a-feed': () => ({ message: 'Ceci est un document JSON, mais pas un flux JSON Feed.' }),
};

/** Names with a body; any other name answers 404 (the error state). `slow` answers after 60 s. */
export const STORY_FEED_NAMES = Object.freeze(Object.keys(BUILDERS));

/** The JSON text served for `name`, or undefined when there is none (404). */
export function storyFeedBody(name, { now = new Date() } = {}) {
  const build = BUILDERS[name];
  return build ? JSON.stringify(build(now), null, 2) : undefined;
}

const IMAGE_NAME = /^[a-z0-9-]+\.svg$/;
const STORIES_DIR = new URL('../', import.meta.url);

/** `stories/*.stories.ts`, as paths from the repository root. */
export function storyModules() {
  return readdirSync(STORIES_DIR)
    .filter((name) => name.endsWith('.stories.ts'))
    .sort()
    .map((name) => `stories/${name}`);
}

function imageNames() {
  return readdirSync(IMAGES_DIR).filter((name) => IMAGE_NAME.test(name));
}

/**
 * Every file of the static build, relative to the preview's directory: one JSON file per feed
 * and the sample feed's illustrations. The `slow` feed has no static counterpart.
 */
export function storyFeedFiles({ now = new Date() } = {}) {
  return [
    ...STORY_FEED_NAMES.map((name) => ({ path: `${STORY_FEEDS_PATH}/${name}.json`, body: storyFeedBody(name, { now }) })),
    ...imageNames().map((name) => ({ path: `${STORY_FEEDS_PATH}/images/${name}`, body: readFileSync(new URL(name, IMAGES_DIR)) })),
  ];
}

/**
 * What a request for `pathname` gets: `{ status, type, body, delayMs }`, or undefined when the
 * path is not under `/story-feeds/`.
 */
export function storyFeedResponse(pathname, { now = new Date() } = {}) {
  const prefix = `/${STORY_FEEDS_PATH}/`;
  if (!pathname.startsWith(prefix)) return undefined;
  const rest = pathname.slice(prefix.length);
  if (rest === '_stories.json') {
    // For the stories' tests: which modules to import, so that a new stories file is never missed.
    return { status: 200, type: 'application/json; charset=utf-8', body: JSON.stringify(storyModules()) };
  }
  const image = /^images\/([^/]+)$/.exec(rest);
  if (image) {
    if (!IMAGE_NAME.test(image[1]) || !imageNames().includes(image[1])) return notFound();
    return { status: 200, type: 'image/svg+xml', body: readFileSync(new URL(image[1], IMAGES_DIR)) };
  }
  const feed = /^([a-z0-9-]+)\.json$/.exec(rest);
  if (feed?.[1] === 'slow') return { status: 200, type: 'application/feed+json; charset=utf-8', body: storyFeedBody('sample', { now }), delayMs: SLOW_MS };
  const body = feed ? storyFeedBody(feed[1], { now }) : undefined;
  return body === undefined ? notFound() : { status: 200, type: 'application/feed+json; charset=utf-8', body };
}

function notFound() {
  return { status: 404, type: 'text/plain; charset=utf-8', body: 'Flux de démonstration introuvable' };
}

const HEADERS = { 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' };

/** Resolves after `ms`, or as soon as the client goes away (story changed, test ended). */
function delay(ms, req) {
  return new Promise((resolve) => {
    if (!ms) return resolve();
    const timer = setTimeout(resolve, ms);
    req.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Serves the fixture feeds at `/story-feeds/<name>.json` (and their images). Works as a
 * connect middleware `(req, res, next)` (Vite, Storybook) and as a Koa middleware
 * `(ctx, next)` (@web/dev-server, @web/test-runner).
 */
export function storyFeedsMiddleware() {
  return async function storyFeeds(first, second, third) {
    const koa = typeof third !== 'function' && first && typeof first === 'object' && 'req' in first && 'res' in first;
    const req = koa ? first.req : first;
    const next = koa ? second : third;
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    const answer = req.method === 'GET' || req.method === 'HEAD' ? storyFeedResponse(pathname) : undefined;
    if (!answer) return next();
    await delay(answer.delayMs, req);
    if (koa) {
      const ctx = first;
      ctx.set(HEADERS);
      ctx.status = answer.status;
      ctx.type = answer.type;
      ctx.body = answer.body;
      return undefined;
    }
    const res = second;
    if (res.writableEnded || res.destroyed) return undefined;
    res.writeHead(answer.status, { ...HEADERS, 'Content-Type': answer.type });
    res.end(req.method === 'HEAD' ? undefined : answer.body);
    return undefined;
  };
}
